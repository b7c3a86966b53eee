import { cp, readFile, readdir, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runCli, type CliContext } from '../../src/cli/index.ts';
import type { ConfdPort } from '../../src/apply/index.ts';
import { readLiveInventory } from '../../src/prepare/index.ts';
import type { LiveInventory, Plan } from '../../src/plan/index.ts';
import {
  auditDuplicates,
  auditOrphans,
  type RunningEmulator,
  type SeedData,
} from '../../src/emulator/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { testdir } from '../helpers/tmp-dir.ts';
import { connectTestClient, startTestEmulator, xivoEnv } from '../helpers/emulator.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/scenarios');

export interface Scenario {
  emu: RunningEmulator;
  /** Temp repository: mappings/ (the scenario mapping) and state/. */
  repo: string;
  env: Record<string, string>;
  port: ConfdPort;
  /** Runs the CLI in-process against this repository and emulator. */
  cli(argv: string[], overrides?: Partial<CliContext>): Promise<{ code: number; out: string; err: string }>;
  /** Replaces state/users/ with the files of a fixture folder (relative to the fixtures). */
  useState(folder: string): Promise<void>;
  inventory(): Promise<LiveInventory>;
  /** `plan --json`, parsed. */
  plan(extra?: string[]): Promise<Plan>;
}

/** An emulator seeded with the scenario contexts (plus `seed`), and a repository using the scenario mapping. */
export async function startScenario(seed: SeedData = {}): Promise<Scenario> {
  const emu = await startTestEmulator({ seed: 'none' });
  const base = JSON.parse(await readFile(path.join(FIXTURES, 'xivo-base.json'), 'utf8')) as SeedData;
  emu.seed(base);
  emu.seed(seed);
  const repo = await testdir('scenario');
  await cp(path.join(FIXTURES, 'mappings'), path.join(repo, 'mappings'), { recursive: true });
  await mkdir(path.join(repo, 'state', 'users'), { recursive: true });
  const env = xivoEnv(emu);
  const port = connectTestClient(emu);
  const cli = async (argv: string[], overrides: Partial<CliContext> = {}) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env, ...overrides });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  return {
    emu,
    repo,
    env,
    port,
    cli,
    async useState(folder) {
      const target = path.join(repo, 'state', 'users');
      await rm(target, { recursive: true, force: true });
      await mkdir(target, { recursive: true });
      const source = path.join(FIXTURES, folder);
      for (const name of await readdir(source)) await cp(path.join(source, name), path.join(target, name));
    },
    inventory: () => readLiveInventory(port, 'userfield'),
    async plan(extra = []) {
      const { code, out, err } = await cli(['plan', '--json', ...extra]);
      if (code !== 0 && code !== 3) throw new Error(`plan failed (${code}): ${err}`);
      return JSON.parse(out) as Plan;
    },
  };
}

/** Reads the state files of a fixture folder. */
export async function readStates(folder: string): Promise<UserState[]> {
  const dir = path.join(FIXTURES, folder);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as UserState),
  );
}

/** What XiVO holds of one managed person, in the shape of a state file (the fields state manages). */
export interface Projection {
  enabled: boolean;
  user: Record<string, unknown>;
  line: { context: string; extension: string } | null;
  did: { exten: string; context: string } | null;
  voicemail: { number: string; context: string; name: string } | null;
  agent: { number: string } | null;
  callPermissions: string[];
}

/** Projects a fresh inventory per key, for comparison with the state it should equal. */
export function projectInventory(inv: LiveInventory, keyField = 'userfield'): Map<string, Projection> {
  const ext = new Map(inv.extensions.map((e) => [e.id, e]));
  const out = new Map<string, Projection>();
  for (const user of inv.users) {
    const key = user.fields[keyField];
    if (typeof key !== 'string' || key === '') continue;
    const line = inv.lines.find((l) => l.id === user.lineIds[0]);
    const lineExt = line ? ext.get(line.extensionIds[0] ?? -1) : undefined;
    const incall = inv.incalls.find((i) => i.userId === user.id);
    const didExt = incall ? ext.get(incall.extensionIds[0] ?? -1) : undefined;
    const vm = inv.voicemails.find((v) => v.id === user.voicemailId);
    const agent = inv.agents.find((a) => a.id === user.agentId);
    out.set(key, {
      enabled: user.fields['enabled'] === true,
      user: { ...user.fields },
      line: line && lineExt ? { context: line.context, extension: lineExt.exten } : null,
      did: didExt ? { exten: didExt.exten, context: didExt.context } : null,
      voicemail: vm ? { number: vm.number, context: vm.context, name: vm.name } : null,
      agent: agent ? { number: agent.number } : null,
      callPermissions: user.callPermissionIds
        .map((id) => inv.callPermissions.find((p) => p.id === id)?.name ?? '?')
        .sort(),
    });
  }
  return out;
}

/** The same projection computed from state files, for the fields XiVO must hold. */
export function projectState(
  states: readonly UserState[],
  removed: (state: UserState) => boolean = () => false,
  xivoOwned: readonly string[] = ['mobile_phone_number'],
): Map<string, Projection> {
  const out = new Map<string, Projection>();
  for (const s of states) {
    if (removed(s)) continue;
    const user: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(s.user))
      if (!xivoOwned.includes(field)) user[field] = value ?? null;
    out.set(s.key, {
      enabled: s.status === 'active',
      user,
      line: s.line ? { context: s.line.context, extension: s.line.extension } : null,
      did: s.did ? { exten: s.did.exten, context: s.did.context } : null,
      voicemail: s.voicemail
        ? { number: s.voicemail.number, context: s.voicemail.context, name: s.voicemail.name }
        : null,
      agent: s.agent ? { number: s.agent.number } : null,
      callPermissions: [...(s.callPermissions ?? [])].sort(),
    });
  }
  return out;
}

/** Keeps only the user fields the state projection has, so XiVO defaults do not count. */
export function restrictTo(
  actual: Map<string, Projection>,
  expected: Map<string, Projection>,
): Map<string, Projection> {
  const out = new Map<string, Projection>();
  for (const [key, p] of actual) {
    const fields = Object.keys(expected.get(key)?.user ?? {});
    out.set(key, { ...p, user: Object.fromEntries(fields.map((f) => [f, p.user[f] ?? null])) });
  }
  return out;
}

/** Objects nobody uses: what a crashed apply must not leave behind. */
export function countOrphans(emu: RunningEmulator): Record<string, number> {
  return auditOrphans(emu.snapshot());
}

/** Duplicates: two objects with the same deterministic key. */
export function countDuplicates(emu: RunningEmulator): Record<string, number> {
  return auditDuplicates(emu.snapshot());
}
