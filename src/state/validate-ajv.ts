import type { ErrorObject } from 'ajv';

/**
 * One problem found in a state or mapping file. `pointer` is a JSON pointer into the file's content
 * ('' for the whole document); `rule` names what was violated: `schema:<keyword>` for a schema rule,
 * or the name of a cross-file rule such as `unique-extension`.
 */
export interface Issue {
  file: string;
  pointer: string;
  message: string;
  /** 1-based line in the file, when known (YAML mapping files). */
  line?: number;
  /** The offending value, when there is one (absent for a missing field). */
  value?: unknown;
  rule: string;
  /** For a uniqueness rule: the file that holds the value first. */
  holder?: string;
}

/**
 * Schemas can attach a human message to a composite rule (`not`, `oneOf`, `if`/`then`) whose ajv
 * message ("must NOT be valid") would tell the reader nothing, or to a pattern a person cannot read.
 * It is an annotation only: ajv ignores it when validating and json-schema-to-typescript ignores it
 * when generating types.
 */
export const MESSAGE_KEYWORD = 'x-message';
const CUSTOM_MESSAGE_KEYWORDS = new Set([
  'not',
  'oneOf',
  'anyOf',
  'required',
  'pattern',
  'minProperties',
  'maxProperties',
]);

/** A validator ajv compiled (ahead of time, src/state/generated/validate-*.js, or with createAjv). */
export interface SchemaValidator {
  (json: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Runs a compiled validator and converts every ajv error into an Issue (all of them, deduplicated). */
export function collectSchemaIssues(validate: SchemaValidator, json: unknown, file: string): Issue[] {
  if (validate(json)) return [];
  return toIssues(validate.errors ?? [], file);
}

function toIssues(errors: readonly ErrorObject[], file: string): Issue[] {
  // Errors beneath a composite rule that has its own message are noise once that message is shown.
  const explained = errors.filter((e) => hasCustomMessage(e)).map((e) => schemaBase(e));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // A nullable resource is `anyOf: [object, null]`: when the object is wrong, "must be null" and
  // "must match a schema in anyOf" only hide the real problem reported inside the object.
  const relevant = errors.filter((e) => !(e.keyword === 'type' && e.params['type'] === 'null'));
  for (const error of relevant) {
    // `if` only reports "must match then schema"; the `then` error beside it says what is wrong.
    if (error.keyword === 'if') continue;
    if (
      error.keyword === 'anyOf' &&
      relevant.some((e) => e !== error && isSameOrBelow(e.instancePath, error.instancePath))
    ) {
      continue;
    }
    const base = schemaBase(error);
    if (!hasCustomMessage(error) && explained.some((b) => base !== b && base.startsWith(`${b}/`))) continue;
    const issue = toIssue(error, file);
    const id = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

/** For `not: { required: [field] }` (a forbidden field), the pointer should name that field. */
function forbiddenField(error: ErrorObject): string {
  const schema: unknown = error.schema;
  if (error.keyword !== 'not' || typeof schema !== 'object' || schema === null) return '';
  const required = (schema as { required?: unknown }).required;
  return Array.isArray(required) && required.length === 1 ? `/${escapePointer(String(required[0]))}` : '';
}

function isSameOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function hasCustomMessage(error: ErrorObject): boolean {
  return CUSTOM_MESSAGE_KEYWORDS.has(error.keyword) && typeof customMessage(error) === 'string';
}

function customMessage(error: ErrorObject): unknown {
  const parent: unknown = error.parentSchema;
  return typeof parent === 'object' && parent !== null
    ? (parent as Record<string, unknown>)[MESSAGE_KEYWORD]
    : undefined;
}

/** Schema path of the subschema holding the failing keyword (the path without its last segment). */
function schemaBase(error: ErrorObject): string {
  return error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'));
}

function toIssue(error: ErrorObject, file: string): Issue {
  const rule = `schema:${error.keyword}`;
  const custom = customMessage(error);
  const params = error.params as Record<string, unknown>;
  if (CUSTOM_MESSAGE_KEYWORDS.has(error.keyword) && typeof custom === 'string') {
    return error.keyword === 'required'
      ? {
          file,
          pointer: `${error.instancePath}/${escapePointer(String(params['missingProperty']))}`,
          message: custom,
          rule,
        }
      : withValue(
          { file, pointer: `${error.instancePath}${forbiddenField(error)}`, message: custom, rule },
          error.data,
        );
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const parent = error.data as Record<string, unknown>;
      return withValue(
        {
          file,
          pointer: `${error.instancePath}/${escapePointer(name)}`,
          message: `unknown field '${name}'${knownFieldsHint(error.parentSchema)}`,
          rule,
        },
        parent[name],
      );
    }
    case 'required': {
      const name = String(params['missingProperty']);
      return {
        file,
        pointer: `${error.instancePath}/${escapePointer(name)}`,
        message: `required field '${name}' is missing`,
        rule,
      };
    }
    case 'enum':
      return withValue(
        {
          file,
          pointer: error.instancePath,
          message: `must be one of: ${(params['allowedValues'] as unknown[]).map((v) => String(v)).join(', ')}`,
          rule,
        },
        error.data,
      );
    case 'pattern':
      return withValue(
        { file, pointer: error.instancePath, message: `must match ${String(params['pattern'])}`, rule },
        error.data,
      );
    default:
      return withValue(
        { file, pointer: error.instancePath, message: error.message ?? `fails ${rule}`, rule },
        error.data,
      );
  }
}

function withValue(issue: Issue, value: unknown): Issue {
  // Objects and arrays are summarised by their pointer; repeating them would flood the output.
  return value === undefined || (typeof value === 'object' && value !== null) ? issue : { ...issue, value };
}

function knownFieldsHint(parentSchema: unknown): string {
  const properties =
    typeof parentSchema === 'object' && parentSchema !== null
      ? (parentSchema as { properties?: unknown }).properties
      : undefined;
  if (typeof properties !== 'object' || properties === null) return '';
  const names = Object.keys(properties).filter((n) => n !== '$schema');
  return names.length > 0 && names.length <= 30 ? ` (allowed: ${names.join(', ')})` : '';
}

/** RFC 6901 escaping of one reference token. */
export function escapePointer(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
