// Public surface of src/apply: other folders import only this file.
export { type ApplyResult, type NewUserSecrets, applyPlan } from './apply-plan.ts';
export type { ApplyPort, ConfdPort } from './confd-port.ts';
export {
  LockHeldError,
  LockLostError,
  acquireApplyLock,
  inspectApplyLock,
  keepRenewed,
} from './apply-lock.ts';
export { type ApplyRun, type RunApplyOptions, runApply } from './run-apply.ts';
export { renderApplyReport } from './render-apply-report.ts';
export { unlockApply } from './unlock.ts';
export { generatePassword, generatePin } from './generate-secrets.ts';
