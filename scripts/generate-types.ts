/**
 * `npm run generate:types`: schemas/*.schema.json → src/state/generated/*.ts (types) and
 * src/state/generated/validate-*.js + .d.ts (precompiled validators); the confd response schemas of
 * src/xivo/client/schema.ts → src/xivo/client/generated/validate-responses.js + .d.ts.
 * The schemas are the source of truth; test/state/generated-types.test.ts and
 * test/xivo/client/generated-validators.test.ts fail when the committed output differs from what
 * this produces, so run it after every schema change.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { createAjv } from '../src/state/create-ajv.ts';
import { listSchema, schemas as responseSchemas } from '../src/xivo/client/schema.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Schema file (in schemas/) → generated module (in src/state/generated/). */
export const generatedTypes: readonly { schema: string; output: string }[] = [
  { schema: 'schemas/user.schema.json', output: 'src/state/generated/user.ts' },
  { schema: 'schemas/mapping.schema.json', output: 'src/state/generated/mapping.ts' },
  { schema: 'schemas/quarantine.schema.json', output: 'src/state/generated/quarantine.ts' },
];

/** Compiles one schema to TypeScript source, exactly as committed under src/state/generated/. */
export async function generateTypes(schemaFile: string): Promise<string> {
  const schema = JSON.parse(await readFile(path.resolve(repoRoot, schemaFile), 'utf8')) as JSONSchema;
  const source = await compile(schema, path.basename(schemaFile, '.schema.json'), {
    bannerComment: [
      '/* eslint-disable */',
      '/**',
      ` * Generated from ${schemaFile} by \`npm run generate:types\` (json-schema-to-typescript).`,
      ' * Do not edit: change the schema and regenerate.',
      ' */',
    ].join('\n'),
    // Formatting with prettier would make the output depend on the local prettier config and
    // version; the raw output is deterministic, and the folder is excluded from format checks.
    format: false,
    additionalProperties: false,
    unreachableDefinitions: false,
    cwd: path.resolve(repoRoot, 'schemas'),
    $refOptions: { resolve: { external: false } },
  });
  return source.endsWith('\n') ? source : `${source}\n`;
}

export interface GeneratedValidators {
  /** The ESM module; its declarations go beside it, `.d.ts` for `.js`. */
  output: string;
  /** Exported validator name → schema file and the generated type it checks. */
  validators: Record<string, { schema: string; type: string; typeModule: string }>;
}

/**
 * Validators compiled ahead of time with ajv's standalone code generation: compiling the schemas
 * took 200-300 ms at the start of every command. The options are createAjv's, so the validators
 * and their error objects are those ajv.compile would produce.
 */
export const generatedValidators: readonly GeneratedValidators[] = [
  {
    output: 'src/state/generated/validate-state.js',
    validators: {
      validateUser: { schema: 'schemas/user.schema.json', type: 'UserState', typeModule: './user.ts' },
      validateQuarantine: {
        schema: 'schemas/quarantine.schema.json',
        type: 'QuarantineFile',
        typeModule: './quarantine.ts',
      },
    },
  },
  {
    output: 'src/state/generated/validate-mapping.js',
    validators: {
      validateMapping: {
        schema: 'schemas/mapping.schema.json',
        type: 'MappingConfig',
        typeModule: './mapping.ts',
      },
    },
  },
];

/** The standalone validator module and its declarations, exactly as committed under src/state/generated/. */
export async function generateValidators(
  entry: GeneratedValidators,
): Promise<{ code: string; declarations: string }> {
  const ajv = createAjv({ standalone: true });
  const refs: Record<string, string> = {};
  for (const [name, { schema }] of Object.entries(entry.validators)) {
    ajv.addSchema(JSON.parse(await readFile(path.resolve(repoRoot, schema), 'utf8')) as object, schema);
    refs[name] = schema;
  }
  const schemas = Object.values(entry.validators).map((v) => v.schema);
  const banner = [
    '/* eslint-disable */',
    '/**',
    ` * Generated from ${schemas.join(', ')} by \`npm run generate:types\``,
    ' * (ajv standalone code, with the options of src/state/create-ajv.ts).',
    ' * Do not edit: change the schema and regenerate.',
    ' */',
  ].join('\n');

  const code = standaloneModule(banner, standalone.default(ajv, refs));

  const typeImports = Object.values(entry.validators).map(
    (v) => `import type { ${v.type} } from ${JSON.stringify(v.typeModule)};`,
  );
  const declarations = [
    banner,
    "import type { ErrorObject } from 'ajv';",
    ...typeImports,
    '',
    ...Object.entries(entry.validators).map(
      ([name, v]) =>
        `export declare const ${name}: { (data: unknown): data is ${v.type}; errors?: ErrorObject[] | null };`,
    ),
    '',
  ].join('\n');
  return { code, declarations };
}

/** Where the confd response validators go (their declarations beside, `.d.ts` for `.js`). */
export const generatedResponseValidators = 'src/xivo/client/generated/validate-responses.js';

/**
 * The confd response validators, `<name>Item` and `<name>List` for each schema of
 * src/xivo/client/schema.ts, as ajv's standalone code for the options the client compiled them with
 * (so the same checks and the same errors): compiling them took about 10 MB at every plan's start.
 */
export function generateResponseValidators(): { code: string; declarations: string } {
  const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true, esm: true, lines: true } });
  const refs: Record<string, string> = {};
  for (const [name, schema] of Object.entries(responseSchemas)) {
    ajv.addSchema(schema, `${name}Item`);
    ajv.addSchema(listSchema(schema), `${name}List`);
    refs[`${name}Item`] = `${name}Item`;
    refs[`${name}List`] = `${name}List`;
  }
  const banner = [
    '/* eslint-disable */',
    '/**',
    ' * Generated from the schemas of src/xivo/client/schema.ts by `npm run generate:types`',
    ' * (ajv standalone code, with the options of scripts/generate-types.ts).',
    ' * Do not edit: change the schema and regenerate.',
    ' */',
  ].join('\n');
  const declarations = [
    banner,
    "import type { ErrorObject } from 'ajv';",
    '',
    ...Object.keys(refs).map(
      (name) => `export declare const ${name}: { (data: unknown): boolean; errors?: ErrorObject[] | null };`,
    ),
    '',
  ].join('\n');
  return { code: standaloneModule(banner, standalone.default(ajv, refs)), declarations };
}

/** ajv's standalone code as an ES module of ours: banner, then the code. */
function standaloneModule(banner: string, standaloneCode: string): string {
  const body = standaloneCode.replace(/^"use strict";\n?/, '');
  // ajv's standalone code loads its runtime helpers (ucs2length, ajv-formats' date) with CommonJS
  // `require` even in ESM mode. A require of our own resolves them exactly as ajv intends; an ESM
  // default import of those CommonJS modules would not: Node hands over module.exports where
  // vitest hands over exports.default.
  const prelude = /\brequire\(/.test(body)
    ? [
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);\n',
      ].join('\n')
    : '';
  return `${banner}\n${prelude}${body.endsWith('\n') ? body : `${body}\n`}`;
}

if (import.meta.main) {
  for (const { schema, output } of generatedTypes) {
    const target = path.resolve(repoRoot, output);
    await writeFile(target, await generateTypes(schema), 'utf8');
    console.log(`${schema} → ${output}`);
  }
  for (const entry of generatedValidators) {
    const { code, declarations } = await generateValidators(entry);
    await writeFile(path.resolve(repoRoot, entry.output), code, 'utf8');
    await writeFile(path.resolve(repoRoot, entry.output.replace(/\.js$/, '.d.ts')), declarations, 'utf8');
    console.log(
      `${Object.values(entry.validators)
        .map((v) => v.schema)
        .join(', ')} → ${entry.output}`,
    );
  }
  const { code, declarations } = generateResponseValidators();
  await mkdir(path.dirname(path.resolve(repoRoot, generatedResponseValidators)), { recursive: true });
  await writeFile(path.resolve(repoRoot, generatedResponseValidators), code, 'utf8');
  await writeFile(
    path.resolve(repoRoot, generatedResponseValidators.replace(/\.js$/, '.d.ts')),
    declarations,
    'utf8',
  );
  console.log(`src/xivo/client/schema.ts → ${generatedResponseValidators}`);
}
