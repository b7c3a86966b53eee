// Public surface of src/notify: the onboarding e-mail, sent exactly once per user this tool creates.
export { MailError, type Mailer, type OnboardingMessage, dirMailer, smtpMailer } from './mailer.ts';
export { type OnboardingOutcome, ensureOnboardingMarker, onboard, pendingOnboarding } from './onboard.ts';
export {
  type OnboardingData,
  type OnboardingTemplates,
  type RenderedMail,
  renderOnboarding,
} from './render-onboarding.ts';
export {
  type OnboardingStageOptions,
  loadOnboardingTemplates,
  prepareOnboarding,
  runOnboarding,
} from './run-onboarding.ts';
