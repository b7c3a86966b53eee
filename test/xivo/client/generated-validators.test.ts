import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generatedResponseValidators, generateResponseValidators } from '../../../scripts/generate-types.ts';
import * as generated from '../../../src/xivo/client/generated/validate-responses.js';
import { listSchema, schemas, type Schema } from '../../../src/xivo/client/schema.ts';
import { repoRoot } from '../../helpers/tmp-dir.ts';

type Validator = { (data: unknown): boolean; errors?: ErrorObject[] | null };

describe('src/xivo/client/generated', () => {
  it('validate-responses.js and its declarations are what schema.ts compiles to (run npm run generate:types)', async () => {
    const code = await readFile(path.join(repoRoot, generatedResponseValidators), 'utf8');
    const declarations = await readFile(
      path.join(repoRoot, generatedResponseValidators.replace(/\.js$/, '.d.ts')),
      'utf8',
    );

    const expected = generateResponseValidators();

    expect(expected.code).toBe(code);
    expect(expected.declarations).toBe(declarations);
    expect(code).toMatch(/Do not edit/);
  });

  // The client compiled these schemas at start-up with these options; the precompiled code must
  // accept and refuse the same bodies, with the same errors.
  const ajv = new Ajv({ allErrors: false, strict: false });
  const cases = Object.entries(schemas).flatMap(([name, schema]) => [
    { name: `${name}Item`, schema: schema },
    { name: `${name}List`, schema: listSchema(schema) },
  ]);

  it.each(cases)('$name accepts and refuses what ajv.compile of its schema does', ({ name, schema }) => {
    const compiled = ajv.compile(schema);
    const precompiled = (generated as Record<string, Validator>)[name];
    expect(precompiled).toBeTypeOf('function');

    const bodies = [valid(schema), ...broken(schema), null, {}, [], 'text', 7];
    for (const body of bodies) {
      const ok = compiled(body);
      expect(precompiled!(body), JSON.stringify(body)).toBe(ok);
      expect(precompiled!.errors ?? null).toEqual(compiled.errors ?? null);
    }
    expect(precompiled!(valid(schema))).toBe(true);
  });
});

/** The smallest body the schema accepts: every required property, arrays of one item. */
function valid(schema: Schema): unknown {
  const type = schema['type'];
  const first = Array.isArray(type) ? (type[0] as string) : (type as string);
  switch (first) {
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      return Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, valid(sub)]));
    }
    case 'array':
      return [valid(schema['items'] as Schema)];
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return 'x';
  }
}

/** The valid body with one value wrong at a time (a wrong type, a missing property), at every depth. */
function broken(schema: Schema): unknown[] {
  const base = valid(schema);
  const out: unknown[] = [];
  const visit = (node: unknown, replace: (value: unknown) => unknown, remove?: () => unknown): void => {
    out.push(replace(typeof node === 'string' ? 12 : 'wrong'));
    if (remove) out.push(remove());
    if (Array.isArray(node)) {
      const items = node as unknown[];
      items.forEach((item, i) => visit(item, (value) => replace(items.map((x, j) => (j === i ? value : x)))));
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const rec = node as Record<string, unknown>;
        visit(
          rec[key],
          (value) => replace({ ...rec, [key]: value }),
          () => replace(Object.fromEntries(Object.entries(rec).filter(([k]) => k !== key))),
        );
      }
    }
  };
  visit(base, (value) => value);
  return out;
}
