// Public surface of src/state: other folders import only this file.
export type {
  UserState,
  XivoUserFields,
  LineAssignment,
  DidAssignment,
  VoicemailAssignment,
  AgentAssignment,
  ContactFields,
} from './generated/user.ts';
export type { QuarantineFile, QuarantinedNumber } from './generated/quarantine.ts';
export { type Issue, collectSchemaIssues, escapePointer } from './validate-ajv.ts';
export { type ValidationResult, validateUserState, validateQuarantineFile } from './validate-user.ts';
export { type ParseResult, parseJsonText } from './validate-json.ts';
export { type StateFileRef, checkStateConsistency } from './validate-consistency.ts';
export {
  renderStateFile,
  renderQuarantineFile,
  USER_SCHEMA_REF,
  QUARANTINE_SCHEMA_REF,
} from './render-state.ts';
export { type FileReadResult, readBoundedFile, MAX_FILE_BYTES } from './read-file.ts';
export { type StateDir, type StateFileEntry, readStateDir } from './read-state.ts';
export { type StateChanges, type StateWriteResult, writeStateDir } from './write-state.ts';
export { StateError } from './errors.ts';
export { jsonEqual } from './json-equal.ts';
