// Public surface of src/state: other folders import only this file.
export type { UserState } from './generated/user.ts';

export { type Issue, collectSchemaIssues, escapePointer } from './validate-ajv.ts';
export { validateUserState, validateQuarantineFile } from './validate-user.ts';
export { parseJsonText } from './validate-json.ts';
export { checkStateConsistency, truncate } from './validate-consistency.ts';
export { escapeText } from './control-characters.ts';
export { renderStateFile } from './render-state.ts';
export { readBoundedFile } from './read-file.ts';
export { type StateDir, readStateDir } from './read-state.ts';
export { writeStateDir } from './write-state.ts';
export { StateError } from './errors.ts';
export { jsonEqual } from './json-equal.ts';
