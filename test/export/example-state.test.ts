import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { exampleCopy, repoRoot } from '../helpers/tmp-dir.ts';

const LDIF = path.join(repoRoot, 'test/fixtures/directory/example-company.ldif');

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sub of ['users', 'numbers']) {
    for (const name of (await readdir(path.join(dir, sub))).sort())
      out[`${sub}/${name}`] = await readFile(path.join(dir, sub, name), 'utf8');
  }
  return out;
}

describe('the example state/', () => {
  it('is exactly what export writes from the example company directory', async () => {
    const repo = await exampleCopy();
    const { ctx, err } = captureCli({ cwd: repo, now: () => new Date('2026-11-26T12:00:00Z') });

    const code = await runExportChecked(['--source', `ldif:${LDIF}`], ctx);

    expect(err()).toBe('');
    expect(code).toBe(0);
    expect(await files(path.join(repo, 'state'))).toEqual(await files(path.join(repoRoot, 'state')));
  });
});
