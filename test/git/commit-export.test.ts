import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSummary } from '../../src/git/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';

// `export --commit` against a real git repository: one commit on xivo-sync/export per export that
// changed state/, on top of the commit checked out, and none when nothing changed.

const LDIF = path.join(repoRoot, 'test/fixtures/directory/example-company.ldif');

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

describe('export --commit', () => {
  it('commits what changed on xivo-sync/export with a summary, never piles up, and commits nothing when nothing changed', async () => {
    const repo = await exampleCopy();
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'initial');
    const edited = path.join(await testdir('ldif'), 'directory.ldif');
    await writeFile(
      edited,
      (await readFile(LDIF, 'utf8')).replace('title: Directrice générale', 'title: Présidente'),
    );
    const run = async (source: string, extra: string[] = []) => {
      const { ctx, out, err } = captureCli({
        cwd: repo,
        env: { XIVO_SYNC_GIT_AUTHOR: 'Export Bot <bot@example.com>' },
      });
      const code = await runExportChecked(['--source', `ldif:${source}`, '--commit', ...extra], ctx);
      return { code, out: out(), err: err() };
    };

    const unchanged = await run(LDIF);
    const first = await run(edited);
    const second = await run(edited);

    expect(unchanged.code).toBe(0);
    expect(unchanged.err).toBe('nothing to commit: state/ did not change\n');
    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(/^committed [0-9a-f]{12} on xivo-sync\/export: export: 1 updated\n$/);
    expect(git(repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'log', '-1', '--format=%s|%an <%ae>', 'xivo-sync/export')).toBe(
      'export: 1 updated|Export Bot <bot@example.com>',
    );
    expect(git(repo, 'show', 'xivo-sync/export:state/users/1101.json')).toContain('"title": "Présidente"');
    // Exported again from main: the branch is reset onto main with one fresh commit, not two.
    expect(second.err).toMatch(/^committed [0-9a-f]{12} on xivo-sync\/export/);
    expect(git(repo, 'rev-list', '--count', 'main..xivo-sync/export')).toBe('1');
  });

  it('summarises the counts that are not zero', () => {
    expect(exportSummary({ created: 3, updated: 2, disabled: 1, removed: 0, rejected: 1 })).toBe(
      '3 new, 1 disabled, 2 updated, 1 rejected',
    );
    expect(exportSummary({ created: 0, updated: 0, disabled: 0, removed: 0, rejected: 0 })).toBe('no change');
  });
});
