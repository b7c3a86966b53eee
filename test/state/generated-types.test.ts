import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedTypes, generateTypes } from '../tools/generate-types.ts';
import { repoRoot } from './tmp-dir.ts';

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
});
