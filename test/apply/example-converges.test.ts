import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator/index.ts';
import type { Plan } from '../../src/plan/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

// The README's first run: the shipped example (mappings/ and state/) against the shipped emulator.

interface Run {
  emu: RunningEmulator;
  repo: string;
  cli(argv: string[]): Promise<{ code: number; out: string; err: string }>;
  plan(expectedCode?: number): Promise<Plan>;
}

async function exampleRun(flavour: EmulatorOptions['flavour'], withWebServices = true): Promise<Run> {
  const emu = await startTestEmulator({ flavour, seed: 'example' });
  const repo = await exampleCopy();
  const env = xivoEnv(emu, { webservices: withWebServices });
  const cli = async (argv: string[]) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  return {
    emu,
    repo,
    cli,
    async plan(expectedCode = 0) {
      const { code, out, err } = await cli(['plan', '--json']);
      expect(code, err).toBe(expectedCode);
      return JSON.parse(out) as Plan;
    },
  };
}

/** Agents of the example's state files, by key. */
async function agentsOfState(repo: string): Promise<Map<string, string>> {
  const agents = new Map<string, string>();
  const dir = path.join(repo, 'state', 'users');
  for (const name of (await readdir(dir)).sort()) {
    const file = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as {
      agent: { number: string } | null;
    };
    if (file.agent) agents.set(name.replace(/\.json$/, ''), file.agent.number);
  }
  return agents;
}

async function editState(repo: string, key: string, edit: (state: UserState) => void): Promise<void> {
  const file = path.join(repo, 'state', 'users', `${key}.json`);
  const state = JSON.parse(await readFile(file, 'utf8')) as UserState;
  edit(state);
  await writeFile(file, `${JSON.stringify(state, null, 2)}\n`);
}

describe.each(['xivo-16.15', 'xivo-confd-agents'] as const)(
  'the shipped example against --flavour %s',
  (flavour) => {
    it('applies with 0 failures and converges; agents are created, renamed and deleted', async () => {
      const run = await exampleRun(flavour);
      const agents = await agentsOfState(run.repo);
      expect(agents.size).toBeGreaterThan(0);

      const first = await run.cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);
      expect(first.code, first.err).toBe(0);
      expect(first.out).toMatch(/Apply: \d+ ok, 0 failed, 0 blocked/);
      const settled = await run.plan();
      expect(settled.steps).toEqual([]);
      expect(settled.summary.problems).toBe(0);
      expect(settled.agentsApi.backend).toBe(flavour === 'xivo-16.15' ? 'webservices' : 'confd');
      const numbers = run.emu.snapshot().agents.map((a) => a.number);
      for (const number of agents.values()) expect(numbers).toContain(number);

      // An agent follows its person's name; a person who stops being an agent loses it.
      const [renamed, dropped] = [...agents.keys()];
      // As export renders a rename: the user and the voicemail name (XiVO renames the box with the user).
      await editState(run.repo, renamed ?? '', (s) => {
        s.user.firstname = 'Renamed';
        if (s.voicemail) s.voicemail.name = `Renamed ${s.user.lastname ?? ''}`;
      });
      await editState(run.repo, dropped ?? '', (s) => {
        s.agent = null;
      });
      // One agent out of three is above the example's deletion threshold (20 %): reviewed, allowed.
      const second = await run.cli([
        'apply',
        '--auto-approve',
        '--no-notify',
        '--no-writeback',
        '--allow-deletions',
        '1',
      ]);
      expect(second.code, second.err).toBe(0);
      expect((await run.plan()).steps).toEqual([]);
      const after = run.emu.snapshot().agents;
      expect(after.find((a) => a.number === agents.get(renamed ?? ''))).toMatchObject({
        firstname: 'Renamed',
      });
      expect(after.map((a) => a.number)).not.toContain(agents.get(dropped ?? ''));

      const agentRoutes = Object.entries(run.emu.requestLog.countsByRoute()).filter(([route]) =>
        /\/1\.1\/agents/.test(route),
      );
      if (flavour === 'xivo-16.15') {
        // The probe is the only /1.1/agents request: one per run (apply, plan, apply, plan).
        expect(agentRoutes).toEqual([['GET /1.1/agents', 4]]);
        const ws = Object.keys(run.emu.requestLog.countsByRoute()).filter((r) => r.includes('/callcenter/'));
        for (const act of ['add', 'edit', 'delete'])
          expect(ws.some((r) => r.includes(`act=${act}`))).toBe(true);
      } else {
        expect(agentRoutes.map(([route]) => route)).toEqual(
          expect.arrayContaining([
            'POST /1.1/agents',
            'PUT /1.1/agents/{agent_id}',
            'DELETE /1.1/agents/{agent_id}',
          ]),
        );
      }
    });
  },
);

describe('the shipped example on XiVO 16.15 without the web-services user', () => {
  it('lists each agent as a problem naming the setting, converges everything else, and exits 1', async () => {
    const run = await exampleRun('xivo-16.15', false);
    const agents = await agentsOfState(run.repo);

    const planned = await run.plan(1);
    const applied = await run.cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);
    const settled = await run.plan(1);
    const again = await run.cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);

    const problems = planned.people.flatMap((p) => p.problems);
    expect(problems).toHaveLength(agents.size);
    for (const problem of problems)
      expect(problem).toMatch(/^agent \d+ cannot be provisioned: .*XIVO_WS_USER and XIVO_WS_PASSWORD/);
    expect(planned.agentsApi.backend).toBe('none');
    expect(applied.code, applied.err).toBe(1);
    expect(applied.out).toMatch(
      new RegExp(
        `^Apply: \\d+ ok, 0 failed, 0 blocked \\(of \\d+ steps\\); ${agents.size} person\\(s\\) skipped in part\n`,
      ),
    );
    expect(applied.out).toMatch(/\nSKIP \S.* \[\d+\] create\n {4}agent \d+ cannot be provisioned: /);
    expect(settled.steps).toEqual([]);
    expect(again.code).toBe(1);
    expect(again.out).toBe('Nothing that can be applied: every remaining change has a problem.\n');
    expect(again.err).toMatch(new RegExp(`^${agents.size} problem\\(s\\) for ${agents.size} person\\(s\\)`));
    expect(settled.people.flatMap((p) => p.problems)).toEqual(problems);
    const managed = run.emu.snapshot().users.filter((u) => u.userfield !== null && u.userfield !== '');
    expect(managed).toHaveLength(planned.summary.create);
    expect(planned.summary.create).toBeGreaterThan(0);
  });
});
