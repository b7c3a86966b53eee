/**
 * `npm run generate:types`: schemas/*.schema.json → src/state/generated/*.ts.
 * The schemas are the source of truth; test/state/generated-types.test.ts fails when the committed
 * output differs from what this produces, so run it after every schema change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const repoRoot = path.resolve(import.meta.dirname, '../..');

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

if (import.meta.main) {
  for (const { schema, output } of generatedTypes) {
    const target = path.resolve(repoRoot, output);
    await writeFile(target, await generateTypes(schema), 'utf8');
    console.log(`${schema} → ${output}`);
  }
}
