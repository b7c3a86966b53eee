import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReview, readChangedStates } from '../../src/review/index.ts';
import { renderStateFile } from '../../src/state/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { git } from '../helpers/git.ts';
import { runCli } from '../../src/cli/index.ts';
import { buildUser } from '../helpers/builders.ts';
import { exampleCopy, testdir } from '../helpers/tmp-dir.ts';

async function write(repo: string, key: string, text: string): Promise<void> {
  await mkdir(path.join(repo, 'state/users'), { recursive: true });
  await writeFile(path.join(repo, `state/users/${key}.json`), text);
}

describe('reading two revisions of state/ from git', () => {
  it('finds added, changed, removed and untracked files with both texts, between commits and against the working tree', async () => {
    const repo = await testdir('review-git');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Telephony Admin');
    git(repo, 'config', 'user.email', 'admin@example.com');
    await write(repo, '1', renderStateFile(buildUser('1')));
    await write(repo, '2', renderStateFile(buildUser('2')));
    await writeFile(path.join(repo, 'README.md'), 'not state\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'one');
    const first = git(repo, 'rev-parse', 'HEAD');
    // A file saved without its final newline must still read back exactly.
    await write(repo, '1', renderStateFile(buildUser('1', { site: 'lyon' })).trimEnd());
    await rm(path.join(repo, 'state/users/2.json'));
    await write(repo, '3', renderStateFile(buildUser('3')));
    await writeFile(path.join(repo, 'README.md'), 'still not state\n');

    const worktree = await readChangedStates(repo, 'HEAD');
    expect(worktree.map((f) => [f.file, f.before !== undefined, f.after !== undefined]).sort()).toEqual([
      ['state/users/1.json', true, true],
      ['state/users/2.json', true, false],
      ['state/users/3.json', false, true],
    ]);
    const one = worktree.find((f) => f.file === 'state/users/1.json')!;
    expect(one.before?.text).toBe(renderStateFile(buildUser('1')));
    expect(one.after?.text).toBe(renderStateFile(buildUser('1', { site: 'lyon' })).trimEnd());

    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'two');
    const review = await buildReview({ repoDir: repo, from: first, to: 'HEAD' });
    expect(review.changes.map((c) => [c.key, c.kind]).sort()).toEqual([
      ['1', 'updated'],
      ['2', 'removed'],
      ['3', 'new'],
    ]);
    expect(review.changes.find((c) => c.key === '1')!.details).toContain('site paris → lyon (moved)');
    expect(await readChangedStates(repo, 'HEAD')).toEqual([]);
  });

  it('names a revision git does not know', async () => {
    const repo = await testdir('review-bad-rev');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Telephony Admin');
    git(repo, 'config', 'user.email', 'admin@example.com');
    await write(repo, '1', renderStateFile(buildUser('1')));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'one');
    await expect(readChangedStates(repo, 'no-such-branch')).rejects.toThrow(
      /no-such-branch: not a commit of the repository/,
    );
  });

  it('xivo-sync diff: the export of a changed directory, with its rejections and validate, in each format', async () => {
    const repo = await exampleCopy();
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Telephony Admin');
    git(repo, 'config', 'user.email', 'admin@example.com');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'initial');
    const state = JSON.parse(await readFile(path.join(repo, 'state/users/1101.json'), 'utf8')) as ReturnType<
      typeof buildUser
    >;
    await write(
      repo,
      '1101',
      renderStateFile({
        ...state,
        line: { context: 'default', extension: '6800' },
        voicemail: { ...state.voicemail!, number: '6800' },
      }),
    );
    const report = path.join(repo, 'report.json');
    await writeFile(
      report,
      JSON.stringify({
        rejected: [
          {
            dn: 'uid=bad,ou=people,dc=example,dc=com',
            attribute: 'mail',
            value: 'x',
            rule: 'fields.email',
            message: 'not an e-mail address',
          },
        ],
      }),
    );
    const run = async (...args: string[]) => {
      const cli = captureCli({ cwd: repo });
      const code = await runCli(['diff', ...args], cli.ctx);
      return { code, out: cli.out(), err: cli.err() };
    };
    const text = await run('--export-report', 'report.json', '--validate');
    expect(text.code).toBe(0);
    expect(text.out).toContain('~ Amélie Dupont-Lefèvre (paris): ext 6701 → 6800 (renumbered)');
    expect(text.out).toContain('! rejected uid=bad,ou=people,dc=example,dc=com: not an e-mail address');
    // 6800 is outside Paris's extension range (6700–6799): validate says so.
    expect(text.out).toMatch(/! invalid state\/users\/1101\.json/);
    const markdown = await run('--format', 'markdown');
    expect(markdown.out).toContain('### Renumbered');
    const json = await run('--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ summary: '1 renumbered', counts: { renumbered: 1 } });
    const bad = await run('--export-report', 'state/users/1102.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/state\/users\/1102\.json#\/rejected: not the list of an export report/);
  });
});
