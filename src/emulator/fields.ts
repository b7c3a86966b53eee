import { errors } from './errors.ts';
import type { JsonBody } from './types.ts';

/**
 * Body validation in the manner of confd's marshmallow schemas: unknown fields are ignored, types
 * are strict (no `"true"` for a boolean, no `"5"` for an integer), and every failing field yields
 * `Input Error - <field>: ['<marshmallow message>']`.
 */
export type FieldSpec =
  | {
      kind: 'string';
      max?: number;
      min?: number;
      pattern?: RegExp;
      oneOf?: readonly string[];
      nullable?: boolean;
    }
  | { kind: 'int'; min?: number; max?: number; nullable?: boolean }
  | { kind: 'number'; nullable?: boolean }
  | { kind: 'bool'; nullable?: boolean }
  | { kind: 'pairs' }
  | { kind: 'strings'; pattern?: RegExp }
  | { kind: 'ranges'; incall: boolean }
  | { kind: 'object' };

export type Schema = Record<string, FieldSpec>;

const isObject = (value: unknown): value is JsonBody =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const list = (...messages: string[]): string => `[${messages.map((m) => `'${m}'`).join(', ')}]`;

function lengthMessage(spec: { min?: number; max?: number }, length: number): string | undefined {
  const { min, max } = spec;
  if (min !== undefined && max !== undefined && (length < min || length > max)) {
    return `Length must be between ${min} and ${max}.`;
  }
  if (max !== undefined && length > max) return `Longer than maximum length ${max}.`;
  if (min !== undefined && length < min) return `Shorter than minimum length ${min}.`;
  return undefined;
}

function rangeMessage(spec: { min?: number; max?: number }, value: number): string | undefined {
  const { min, max } = spec;
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return `Must be between ${min} and ${max}.`;
  }
  if (min !== undefined && value < min) return `Must be at least ${min}.`;
  if (max !== undefined && value > max) return `Must be at most ${max}.`;
  return undefined;
}

const DIGITS = /^[0-9]{1,16}$/;

function checkRanges(value: unknown, incall: boolean): string | undefined {
  if (!Array.isArray(value)) return list('Not a valid list.');
  for (const [index, item] of value.entries()) {
    if (!isObject(item)) return `{${index}: {'_schema': ${list('Invalid input type.')}}}`;
    const problems: string[] = [];
    const { start, end } = item;
    if (start === undefined || start === null)
      problems.push(`'start': ${list('Missing data for required field.')}`);
    else if (typeof start !== 'string') problems.push(`'start': ${list('Not a valid string.')}`);
    else if (!DIGITS.test(start))
      problems.push(`'start': ${list('String does not match expected pattern.')}`);
    if (end !== undefined && end !== null) {
      if (typeof end !== 'string') problems.push(`'end': ${list('Not a valid string.')}`);
      else if (!DIGITS.test(end)) problems.push(`'end': ${list('String does not match expected pattern.')}`);
    }
    if (incall && item['did_length'] !== undefined) {
      const didLength = item['did_length'];
      if (typeof didLength !== 'number' || !Number.isInteger(didLength)) {
        problems.push(`'did_length': ${list('Not a valid integer.')}`);
      } else if (didLength < 0) problems.push(`'did_length': ${list('Must be at least 0.')}`);
    }
    if (problems.length > 0) return `{${index}: {${problems.join(', ')}}}`;
  }
  return undefined;
}

function checkField(spec: FieldSpec, value: unknown): string | undefined {
  if (value === null) {
    const nullable = 'nullable' in spec && spec.nullable === true;
    return nullable ? undefined : list('Field may not be null.');
  }
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string') return list('Not a valid string.');
      if (spec.oneOf && !spec.oneOf.includes(value)) return list('Not a valid choice.');
      const length = lengthMessage(spec, value.length);
      if (length) return list(length);
      if (spec.pattern && !spec.pattern.test(value)) return list('String does not match expected pattern.');
      return undefined;
    }
    case 'int': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return list('Not a valid integer.');
      const range = rangeMessage(spec, value);
      return range ? list(range) : undefined;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : list('Not a valid number.');
    case 'bool':
      return typeof value === 'boolean' ? undefined : list('Not a valid boolean.');
    case 'pairs':
      if (!Array.isArray(value)) return list('Not a valid list.');
      for (const [index, pair] of value.entries()) {
        if (!Array.isArray(pair) || pair.some((part) => typeof part !== 'string')) {
          return `{${index}: ${list('Not a valid list.')}}`;
        }
        if (pair.length !== 2) return `{${index}: ${list('Length must be 2.')}}`;
      }
      return undefined;
    case 'strings':
      if (!Array.isArray(value)) return list('Not a valid list.');
      for (const [index, item] of value.entries()) {
        if (typeof item !== 'string') return `{${index}: ${list('Not a valid string.')}}`;
        if (spec.pattern && !spec.pattern.test(item)) {
          return `{${index}: ${list('String does not match expected pattern.')}}`;
        }
      }
      return undefined;
    case 'ranges':
      return checkRanges(value, spec.incall);
    case 'object':
      return isObject(value) ? undefined : list('Not a valid mapping type.');
  }
}

const schemaEntries = new WeakMap<Schema, Array<[string, FieldSpec]>>();

/**
 * Validates `body` against `schema` and returns only the known fields that were sent. With
 * `partial` (PUT), required fields may be absent. Throws a 400 listing every failing field.
 */
export function parseBody(
  body: unknown,
  schema: Schema,
  required: readonly string[],
  partial: boolean,
): JsonBody {
  if (!isObject(body)) throw errors.fields([['_schema', list('Invalid input type.')]]);
  const problems: Array<[string, string]> = [];
  const parsed: JsonBody = {};
  let entries = schemaEntries.get(schema);
  if (!entries) {
    entries = Object.entries(schema);
    schemaEntries.set(schema, entries);
  }
  for (const [name, spec] of entries) {
    const value = body[name];
    if (value === undefined) {
      if (!partial && required.includes(name))
        problems.push([name, list('Missing data for required field.')]);
      continue;
    }
    const problem = checkField(spec, value);
    if (problem) problems.push([name, problem]);
    else parsed[name] = value;
  }
  if (problems.length > 0) throw errors.fields(problems);
  return parsed;
}

export { isObject };
