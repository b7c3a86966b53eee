import userSchema from '../../schemas/user.schema.json' with { type: 'json' };
import quarantineSchema from '../../schemas/quarantine.schema.json' with { type: 'json' };
import type { UserState } from './generated/user.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
import { collectSchemaIssues, createAjv, type Issue } from './validate-ajv.ts';

export type ValidationResult<T> = { ok: true; state: T } | { ok: false; issues: Issue[] };

// Compiled once at module load: validating thousands of state files must not recompile.
const ajv = createAjv({ useDefaults: false });
const validateUser = ajv.compile(userSchema);
const validateQuarantine = ajv.compile(quarantineSchema);

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
