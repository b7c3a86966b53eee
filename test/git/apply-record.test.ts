import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { ApplyRecord } from '../../src/git/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

// The state repository is a real git repository: each apply attaches its record to the commit it
// applied, under refs/notes/xivo-sync.

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      // Before the tests' clock (2026-11-26T12:00Z), as an export precedes its apply.
      GIT_AUTHOR_DATE: '2026-11-26T09:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-26T09:00:00Z',
    },
  });
}

async function stateRepository() {
  const emu = await startTestEmulator({ seed: 'example' });
  const repo = await exampleCopy();
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Export Bot');
  git(repo, 'config', 'user.email', 'export@example.com');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'export: 7 new, 1 disabled');
  const cli = async (argv: string[]) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env: xivoEnv(emu) });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  const records = (commit = 'HEAD'): ApplyRecord[] =>
    git(repo, 'notes', '--ref=xivo-sync', 'show', commit)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as ApplyRecord);
  return { repo, cli, records };
}

describe('the apply record in git', () => {
  it('attaches each apply to the applied commit and appends re-runs; git log --notes=xivo-sync shows them', async () => {
    const { repo, cli, records } = await stateRepository();

    const first = await cli(['apply', '--auto-approve', '--no-writeback', '--no-notify']);
    const second = await cli(['apply', '--auto-approve', '--no-writeback', '--no-notify']);

    expect(first.code, first.err).toBe(0);
    expect(second.code, second.err).toBe(0);
    const [applied, inSync] = records();
    expect(records()).toHaveLength(2);
    expect(applied).toMatchObject({
      version: 1,
      status: 'applied',
      plan: { create: 7, problems: 0 },
      steps: { failed: 0, blocked: 0 },
    });
    expect(applied?.steps?.ok).toBe(applied?.steps?.total);
    expect(applied?.people?.map((p) => [p.key, p.kind, p.status])).toEqual([
      ['1101', 'create', 'ok'],
      ['1102', 'create', 'ok'],
      ['1103', 'create', 'ok'],
      ['1104', 'create', 'ok'],
      ['1201', 'create', 'ok'],
      ['1202', 'create', 'ok'],
      ['1203', 'create', 'ok'],
    ]);
    expect(inSync).toMatchObject({ status: 'in-sync', plan: { create: 0 } });
    expect(inSync).not.toHaveProperty('people');
    expect(git(repo, 'log', '--notes=xivo-sync', '-1')).toContain('"status":"applied"');
    expect(git(repo, 'notes', '--ref=xivo-sync', 'show', 'HEAD')).not.toMatch(/password|"pin"/i);

    const all = await cli(['history']);
    const amelie = await cli(['history', '1101']);
    const commit = git(repo, 'rev-parse', '--short=12', 'HEAD').trim();
    expect(all.code).toBe(0);
    expect(all.out).toMatch(
      new RegExp(
        `^${commit} \\S+ export: 7 new, 1 disabled\n  \\S+ applied: (\\d+) ok, 0 failed, 0 blocked of \\1 steps\n  \\S+ in-sync\n$`,
      ),
    );
    expect(amelie.out).toMatch(
      new RegExp(
        `^History of 1101\n  \\S+ ${commit} state changed: export: 7 new, 1 disabled\n  \\S+ ${commit} applied: create ok\n$`,
      ),
    );
  });

  it('records a refused apply with its reason, on the commit that was refused', async () => {
    const { repo, cli, records } = await stateRepository();
    await cli(['apply', '--auto-approve', '--no-writeback', '--no-notify']);
    await rm(path.join(repo, 'state', 'users'), { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'export: 8 removed');

    const refused = await cli(['apply', '--auto-approve', '--no-writeback', '--no-notify']);

    expect(refused.code).toBe(3);
    expect(records()).toEqual([
      {
        version: 1,
        at: expect.any(String) as string,
        status: 'refused',
        message: expect.stringMatching(/^would delete 7 users, above the limit/) as string,
      },
    ]);
    expect(records('HEAD~1')).toHaveLength(1);
  });
});
