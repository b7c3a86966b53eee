import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { captureCli } from '../helpers/cli.ts';
import { testdir } from '../helpers/tmp-dir.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

describe('createProgress', () => {
  it('redraws one line in place at most every 100 ms, and ends it with the final count', () => {
    const io = captureCli({ isTty: true });
    let clock = 1_000;
    const progress = createProgress(io.ctx, 'reading the directory', () => clock);

    progress.update(1);
    clock += 50;
    progress.update(500);
    clock += 60;
    progress.update(12_500);
    progress.done(20_000);

    expect(io.err()).toBe(
      '\rreading the directory: 1 entries' +
        '\rreading the directory: 12,500 entries' +
        '\rreading the directory: 20,000 entries\n',
    );
  });

  it('prints nothing when not on a terminal', () => {
    const io = captureCli({ isTty: false });
    const progress = createProgress(io.ctx, 'reading the directory');

    progress.update(10);
    progress.done(10);

    expect(io.err()).toBe('');
  });
});

describe('xivo-sync export progress', () => {
  it('counts the entries on stderr on a terminal, and keeps stdout for the report', async () => {
    const repo = await testdir('progress');
    cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(repo, 'mappings'), { recursive: true });
    const io = captureCli({ cwd: repo, isTty: true });

    const code = await runCli(
      ['export', '--json', '--source', `ldif:${path.join(FIXTURES, 'ldap-base/01-people.ldif')}`],
      io.ctx,
    );

    expect(code).toBe(0);
    const report = JSON.parse(io.out()) as { entries: number };
    expect(report.entries).toBeGreaterThan(0);
    expect(io.err()).toMatch(new RegExp(`\\rreading the directory: ${report.entries} entries\\n$`));
  });
});
