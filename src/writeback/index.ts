// Public surface of src/writeback: what XiVO holds, written back to the directory.
export {
  type AttributeChange,
  type DirectoryRecord,
  type EntryChange,
  type PersonOutcome,
  type WriteBackPlan,
  type WriteBackProblem,
  computeWriteBack,
  outcomesFrom,
} from './compute-writeback.ts';
export { renderLdifChanges } from './render-ldif-changes.ts';
export {
  type RunWriteBackOptions,
  type WriteBackFailure,
  type WriteBackResult,
  runWriteBack,
} from './run-writeback.ts';
