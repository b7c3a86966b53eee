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
export { type ConfdPort, type HttpMethod, ConfdRequestError } from './confd-port.ts';
export { liveInventoryFrom } from './live-inventory-from.ts';
export {
  type HeldLock,
  type LockOptions,
  LOCK_NAME,
  LockHeldError,
  LockLostError,
  acquireApplyLock,
} from './apply-lock.ts';
export {
  type PrepareOptions,
  type PreparedPlan,
  connect,
  preparePlan,
  readLiveInventory,
} from './prepare-plan.ts';
export { renderApplyReport } from './render-apply-report.ts';
