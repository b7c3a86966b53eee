// Public surface of src/apply: other folders import only this file.
export {
  type ApplyOptions,
  type ApplyResult,
  type NewUserSecrets,
  type PersonOutcome,
  type StepOutcome,
  type StepStatus,
  applyPlan,
} from './apply-plan.ts';
export type { ConfdPort } from './confd-port.ts';
export {
  type HeldLock,
  type LockOptions,
  LockHeldError,
  LockLostError,
  acquireApplyLock,
} from './apply-lock.ts';
export { type ApplyRun, type RunApplyOptions, runApply } from './run-apply.ts';
export { renderApplyReport } from './render-apply-report.ts';
