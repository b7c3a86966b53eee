import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';
import { git } from '../helpers/git.ts';

// `export --commit` against a real git repository: one commit on xivo-sync/export per export that
// changed state/, on top of the commit checked out, and none when nothing changed.

const LDIF = path.join(repoRoot, 'test/fixtures/directory/example-company.ldif');

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

  it('--push creates the branch on a bare remote, replaces the previous export, and rebases onto commits of others', async () => {
    const repo = await exampleCopy();
    const bare = await testdir('remote');
    git(bare, 'init', '-q', '--bare', '-b', 'main');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'remote', 'add', 'origin', bare);
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'initial');
    git(repo, 'push', '-q', 'origin', 'main');
    const edited = path.join(await testdir('ldif'), 'directory.ldif');
    await writeFile(
      edited,
      (await readFile(LDIF, 'utf8')).replace('title: Directrice générale', 'title: Présidente'),
    );
    const run = async (source = edited) => {
      const { ctx, err } = captureCli({
        cwd: repo,
        env: { XIVO_SYNC_GIT_AUTHOR: 'Export Bot <bot@example.com>' },
      });
      const code = await runExportChecked(['--source', `ldif:${source}`, '--commit', '--push'], ctx);
      return { code, err: err() };
    };

    const created = await run();
    const replaced = await run();
    // A reviewer pushes a commit of their own on the export branch.
    const other = await testdir('reviewer');
    git(other, 'clone', '-q', '--branch', 'xivo-sync/export', bare, '.');
    await writeFile(path.join(other, 'REVIEW.md'), 'checked\n');
    git(other, 'add', 'REVIEW.md');
    git(other, '-c', 'user.name=r', '-c', 'user.email=r@example.com', 'commit', '-q', '-m', 'review notes');
    git(other, 'push', '-q', 'origin', 'xivo-sync/export');
    // The directory changes again: the new export goes on top of the reviewer's commit.
    const later = path.join(path.dirname(edited), 'later.ldif');
    await writeFile(
      later,
      (await readFile(edited, 'utf8')).replace('title: Comptable', 'title: Chef comptable'),
    );
    const rebased = await run(later);

    expect(created.code, created.err).toBe(0);
    expect(created.err).toMatch(/\npushed xivo-sync\/export to origin \(created\)\n$/);
    expect(replaced.err).toMatch(/\npushed xivo-sync\/export to origin \(replaced\)\n$/);
    expect(rebased.code, rebased.err).toBe(0);
    expect(rebased.err).toMatch(/\npushed xivo-sync\/export to origin \(rebased\)\n$/);
    expect(git(bare, 'log', '--format=%s', 'main..xivo-sync/export').split('\n')).toEqual([
      'export: 2 updated',
      'review notes',
      'export: 1 updated',
    ]);
    expect(git(bare, 'show', 'xivo-sync/export:REVIEW.md')).toBe('checked');
    expect(git(bare, 'show', 'xivo-sync/export:state/users/1102.json')).toContain(
      '"title": "Chef comptable"',
    );
    expect(git(bare, 'log', '-1', '--format=%an', 'xivo-sync/export')).toBe('Export Bot');
  });
});
