// Public surface of src/git: the apply record as a git note, and the history read back from git.
export {
  type ApplyRecord,
  GitRecordError,
  NOTES_REF,
  type RecordedPerson,
  appliedCommit,
  readApplyRecords,
  recordApply,
  stateFileHistory,
} from './apply-record.ts';
export { buildApplyRecord, failedApplyRecord } from './build-record.ts';
export { type AppliedCommit, renderApplyHistory, renderPersonHistory } from './render-history.ts';
export { EXPORT_BRANCH, commitExport, pushExport } from './commit-export.ts';
