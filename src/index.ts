// The library API (docs/architecture.md): one orchestrator per stage, the pure cores they are built
// on, and the adapters. The CLI (`runCli`) is a thin layer over these named exports.
export * from './errors.ts';
export { runCli, ExitCode, type CliContext } from './cli/index.ts';

// Configuration: mappings/ and the environment, every default filled in.
export {
  type ConnectionContext,
  type Env,
  type MappingsRead,
  type ResolvedConfig,
  MAPPING_DEFAULTS,
  XIVO_PAGE_SIZE,
  readMappings,
  resolveConfig,
  resolveLdapConnection,
  resolveSmtpConnection,
  resolveXivoConnection,
  validateMapping,
} from './config/index.ts';

// Stages.
export { type RepositoryCheck, checkRepository } from './validate/index.ts';
export {
  type ExplainedExport,
  type ExportReport,
  type RunExportOptions,
  explainExport,
  runExport,
} from './export/index.ts';
// Review: the telephony-aware diff of state/ (the pull-request body) and `explain`.
export {
  type BuildReviewOptions,
  type ChangeKind,
  type ExplainInput,
  type ExplainedField,
  type Owner,
  type PersonChange,
  type Review,
  ReviewError,
  buildPullRequestReview,
  buildReview,
  explainFields,
  personChanges,
  renderExplainText,
  renderReviewMarkdown,
  renderReviewText,
  reviewJson,
} from './review/index.ts';
export { type PrepareOptions, type PreparedPlan, preparePlan, readLiveInventory } from './prepare/index.ts';
export {
  type ApplyResult,
  type ApplyRun,
  type NewUserSecrets,
  type RunApplyOptions,
  acquireApplyLock,
  applyPlan,
  renderApplyReport,
  runApply,
} from './apply/index.ts';

// Pure cores.
export { type ExportInput, type ExportResult, computeExport, mapEntry } from './mapping/index.ts';
// The plan is data (docs/plan-and-apply.md): its types are part of the API.
export type {
  DeletionCheck,
  FieldChange,
  GeneratedSecret,
  JsonScalar,
  PersonKind,
  PersonPlan,
  PlanSafety,
  PlanSummary,
  Renumbering,
  ResourceChange,
  ResourceKind,
} from './plan/index.ts';
export {
  type Plan,
  type PlanOptions,
  comparePlans,
  computePlan,
  parsePlan,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText,
} from './plan/index.ts';
export {
  type UserState,
  checkStateConsistency,
  readStateDir,
  validateUserState,
  writeStateDir,
} from './state/index.ts';
export {
  type AttributeChange,
  type DirectoryRecord,
  type EntryChange,
  type PersonOutcome,
  type RunWriteBackOptions,
  type WriteBackFailure,
  type WriteBackPlan,
  type WriteBackProblem,
  type WriteBackResult,
  computeWriteBack,
  outcomesFrom,
  renderLdifChanges,
  runWriteBack,
} from './writeback/index.ts';
export {
  type AppliedCommit,
  type ApplyRecord,
  GitRecordError,
  NOTES_REF,
  type RecordedPerson,
  buildApplyRecord,
  readApplyRecords,
  recordApply,
} from './git/index.ts';
export {
  MailError,
  type Mailer,
  type OnboardingData,
  type OnboardingMessage,
  type OnboardingOutcome,
  type OnboardingStageOptions,
  type OnboardingTemplates,
  type RenderedMail,
  dirMailer,
  ensureOnboardingMarker,
  loadOnboardingTemplates,
  onboard,
  pendingOnboarding,
  prepareOnboarding,
  renderOnboarding,
  runOnboarding,
  smtpMailer,
} from './notify/index.ts';

// Adapters.
export { type Directory, type DirectoryModification, openDirectory, openLdifSource } from './ldap/index.ts';
// LDIF files as data (pure): the demo changes its example directory between cycles with a change file.
export {
  type DirectoryEntry,
  type LdifChange,
  type LdifModification,
  type RenderLdifOptions,
  applyLdifChanges,
  parseLdif,
  parseLdifChanges,
  renderLdifContent,
} from './ldap/index.ts';
export { type XivoClient, createXivoClient, fetchInventory } from './xivo/index.ts';
export {
  APPLY_FAILURE_MARKER,
  BODY_LIMITS,
  type Forge,
  ForgeError,
  type ForgeName,
  type GitHubForgeOptions,
  type GitLabForgeOptions,
  PLAN_MARKER,
  createGitHubForge,
  createGitLabForge,
  resolveForge,
} from './forge/index.ts';
