import type { UserState } from './generated/user.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
// Compiled by `npm run generate:types` (ajv standalone code), not at every start.
import { validateQuarantine, validateUser } from './generated/validate-state.js';
import { collectSchemaIssues, type Issue } from './validate-ajv.ts';

export type ValidationResult<T> = { ok: true; state: T } | { ok: false; issues: Issue[] };

/** Checks one parsed state/users/*.json document against schemas/user.schema.json. */
export function validateUserState(json: unknown, file: string): ValidationResult<UserState> {
  const issues = collectSchemaIssues(validateUser, json, file);
  return issues.length === 0 ? { ok: true, state: json as UserState } : { ok: false, issues };
}

/** Checks a parsed state/numbers/quarantine.json against schemas/quarantine.schema.json. */
export function validateQuarantineFile(json: unknown, file: string): ValidationResult<QuarantineFile> {
  const issues = collectSchemaIssues(validateQuarantine, json, file);
  return issues.length === 0 ? { ok: true, state: json as QuarantineFile } : { ok: false, issues };
}
