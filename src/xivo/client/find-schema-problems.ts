import type { ErrorObject } from 'ajv';
import * as validators from './generated/validate-responses.js';
import type { SchemaName } from './schema.ts';

/**
 * Validates `body` against the named schema (or a `{total, items}` list of it); returns problems,
 * empty if valid. The validators are precompiled (schema.ts → generated/validate-responses.js):
 * compiling the 34 of them with ajv at start-up cost about 10 MB of memory, and loaded ajv itself.
 */
export function findSchemaProblems(name: SchemaName, body: unknown, list: boolean): string[] {
  const validate = validators[`${name}${list ? 'List' : 'Item'}`];
  if (validate(body)) return [];
  return (validate.errors ?? []).map(describe);
}

function describe(error: ErrorObject): string {
  return `response body${error.instancePath === '' ? '' : ` ${error.instancePath}`} ${error.message ?? 'is invalid'}`;
}
