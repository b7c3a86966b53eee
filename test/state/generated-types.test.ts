import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generatedTypes,
  generatedValidators,
  generateTypes,
  generateValidators,
} from '../../scripts/generate-types.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';

describe('src/state/generated', () => {
  it.each(generatedTypes)(
    '$output is what $schema generates (run npm run generate:types)',
    async ({ schema, output }) => {
      const committed = await readFile(path.join(repoRoot, output), 'utf8');

      const generated = await generateTypes(schema);

      expect(generated).toBe(committed);
      expect(committed).toMatch(/Do not edit/);
    },
  );

  it.each(generatedValidators)(
    '$output and its declarations are what the schemas compile to (run npm run generate:types)',
    async (entry) => {
      const code = await readFile(path.join(repoRoot, entry.output), 'utf8');
      const declarations = await readFile(
        path.join(repoRoot, entry.output.replace(/\.js$/, '.d.ts')),
        'utf8',
      );

      const generated = await generateValidators(entry);

      expect(generated.code).toBe(code);
      expect(generated.declarations).toBe(declarations);
      expect(code).toMatch(/Do not edit/);
    },
  );
});
