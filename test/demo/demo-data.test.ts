import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { ExportReport } from '../../src/export/index.ts';
import { applyLdifChanges, parseLdif, parseLdifChanges, renderLdifContent } from '../../src/ldap/index.ts';
import type { Plan } from '../../src/plan/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';

// The data of `xivo-sync demo` (examples/demo/): the shipped mappings/ export it into an empty state/
// with the counts its README promises, then the change file of the second cycle, and the result
// converges against the emulator's example seed (its hand-made users untouched) with no problem.

const DEMO = path.join(repoRoot, 'examples/demo');
const CYCLE_1 = '2026-11-26T12:00:00Z';
const CYCLE_2 = '2026-11-27T12:00:00Z';

/** A repository as the demo builds it: the shipped mappings/ and an empty state/. */
async function demoRepo(): Promise<string> {
  const repo = await testdir('demo');
  await cp(path.join(repoRoot, 'mappings'), path.join(repo, 'mappings'), { recursive: true });
  await mkdir(path.join(repo, 'state', 'users'), { recursive: true });
  return repo;
}

/** company.ldif after cycle-2.ldif, as a content file the LDIF source reads (what the demo writes). */
async function secondDirectory(dir: string): Promise<string> {
  const company = await readFile(path.join(DEMO, 'company.ldif'), 'utf8');
  const changes = await readFile(path.join(DEMO, 'cycle-2.ldif'), 'utf8');
  const entries = applyLdifChanges(
    parseLdif(company, 'company.ldif'),
    parseLdifChanges(changes, 'cycle-2.ldif'),
    'cycle-2.ldif',
  );
  const file = path.join(dir, 'company-cycle-2.ldif');
  await writeFile(file, renderLdifContent(entries, { comment: 'company.ldif after cycle-2.ldif' }));
  return file;
}

async function runExport(
  repo: string,
  ldif: string,
  now: string,
  env: Record<string, string> = {},
  extra: string[] = [],
): Promise<ExportReport> {
  const { ctx, out, err } = captureCli({ cwd: repo, env, now: () => new Date(now) });
  const code = await runExportChecked(['--json', '--source', `ldif:${ldif}`, ...extra], ctx);
  expect(code, err()).toBe(0);
  return JSON.parse(out()) as ExportReport;
}

async function readState(repo: string): Promise<Map<string, UserState>> {
  const dir = path.join(repo, 'state', 'users');
  const states = new Map<string, UserState>();
  for (const name of (await readdir(dir)).sort())
    states.set(
      path.basename(name, '.json'),
      JSON.parse(await readFile(path.join(dir, name), 'utf8')) as UserState,
    );
  return states;
}

const REJECTED = [
  { dn: 'uid=nferracci,ou=people,dc=example,dc=com', attribute: 'title', rule: 'no-control-characters' },
  { dn: 'uid=jcarre,ou=people,dc=example,dc=com', attribute: 'telephonenumber', rule: 'sites[1].did' },
  {
    dn: 'uid=tbonnet,ou=people,dc=example,dc=com',
    attribute: 'mail',
    rule: 'unique-email',
    holder: { dn: 'uid=cdupuismeyer,ou=people,dc=example,dc=com', key: '1216' },
  },
];

const rejections = (report: ExportReport) =>
  report.rejected.map(({ dn, attribute, rule, holder }) => ({
    dn,
    attribute,
    rule,
    ...(holder && { holder }),
  }));

describe('examples/demo: the directory of Exemple SA', () => {
  it('exports 47 people (1 disabled) and rejects 3 entries, naming DN, attribute and rule; then the second cycle: 1 new, 1 disabled, 1 renumbered', async () => {
    const repo = await demoRepo();
    const first = await runExport(repo, path.join(DEMO, 'company.ldif'), CYCLE_1);
    expect({ ...first, rejected: rejections(first), written: first.written.length }).toEqual({
      entries: 50,
      created: 47,
      updated: 0,
      disabled: 1,
      removed: 0,
      rejected: REJECTED,
      // 47 people and the quarantine file.
      written: 48,
      removedFiles: [],
      // A first export has no cache to take anything from.
      cache: { files: 0, entries: 0 },
    });
    const states = await readState(repo);
    const active = [...states.values()].filter((s) => s.status === 'active');
    expect(active).toHaveLength(46);
    expect([...states.values()].filter((s) => s.status === 'disabled').map((s) => s.key)).toEqual(['1105']);
    expect(active.filter((s) => s.site === 'paris')).toHaveLength(26);
    expect(active.filter((s) => s.site === 'lyon')).toHaveLength(20);
    // Everybody has a voicemail on their extension; the call center (both sites) has agents.
    expect([...states.values()].every((s) => s.voicemail?.number === s.line?.extension)).toBe(true);
    expect(
      [...states.values()]
        .filter((s) => s.agent)
        .map((s) => s.agent?.number)
        .sort(),
    ).toEqual(['82000', '82004', '82005', '82006', '86702', '86703', '86708', '86712', '86713']);
    // Paris: DIDs from the pool, extension = the DID's last 4 digits. Lyon: the directory's number.
    expect(states.get('1102')).toMatchObject({
      line: { extension: '6701' },
      did: { number: '+33123456701', exten: '0123456701', context: 'from-extern' },
    });
    expect(states.get('1206')).toMatchObject({
      line: { extension: '2005' },
      did: { number: '+33472100014', exten: '0472100014' },
    });
    const international = [...states.values()].filter(
      (s) => s.callPermissions?.includes('international') === true,
    );
    expect(international.map((s) => s.key)).toEqual(['1101', '1106', '1108', '1121', '1204']);
    const withDid = [...states.values()].filter((s) => s.did);
    expect(withDid.filter((s) => s.site === 'paris')).toHaveLength(27);
    expect(withDid.filter((s) => s.site === 'lyon')).toHaveLength(15);
    expect(states.get('1203')?.did).toBeNull();

    const second = await runExport(repo, await secondDirectory(repo), CYCLE_2);
    expect({ ...second, rejected: rejections(second) }).toMatchObject({
      entries: 50,
      created: 1,
      // Hugo Lemaître, moved to Lyon, and Florian Masson, now disabled.
      updated: 2,
      disabled: 1,
      removed: 0,
      rejected: REJECTED,
    });
    const after = await readState(repo);
    expect(after.get('1117')).toMatchObject({
      site: 'lyon',
      line: { extension: '2016' },
      did: { number: '+33472100026', exten: '0472100026' },
      voicemail: { number: '2016' },
    });
    expect(after.get('1219')).toMatchObject({
      status: 'disabled',
      since: '2026-11-27',
      line: { extension: '2018' },
    });
    // 2021 is free, yet the newcomer gets 2022: the pool serves keys in order and hands 2021 to Théo
    // Bonnet (1217) before the e-mail rule rejects him; the number stays free for the next export.
    expect(after.get('1223')).toMatchObject({
      status: 'active',
      line: { extension: '2022' },
      did: { number: '+33472100027' },
      agent: { number: '82022' },
    });
  });

  it('converges against the emulator seeded with --seed example: no problem, hand-made users untouched, both cycles', async () => {
    const emu = await startTestEmulator({ seed: 'example' });
    const env = xivoEnv(emu);
    const repo = await demoRepo();
    const cli = async (argv: string[], now: string) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env, now: () => new Date(now) });
      const code = await runCli(argv, ctx);
      return { code, out: out(), err: err() };
    };
    const plan = async (now: string): Promise<Plan> => {
      const { code, out, err } = await cli(['plan', '--json'], now);
      expect(code, err).toBe(0);
      return JSON.parse(out) as Plan;
    };
    const handMade = () => emu.snapshot().users.filter((u) => (u.userfield ?? '') === '');
    const before = handMade();
    expect(before.map((u) => `${u.firstname} ${u.lastname ?? ''}`)).toEqual([
      'Reception Desk',
      'Meeting Room',
      'Night Operator',
    ]);

    // --xivo: the Paris pool starts at +33 1 23 45 67 00, the hand-made Reception Desk's DID.
    const first = await runExport(repo, path.join(DEMO, 'company.ldif'), CYCLE_1, env, ['--xivo']);
    expect(first).toMatchObject({ entries: 50, created: 47, disabled: 1 });
    expect(rejections(first)).toEqual(REJECTED);
    expect((await readState(repo)).get('1101')?.did?.number).toBe('+33123456701');
    const planned = await plan(CYCLE_1);
    expect(planned.summary).toMatchObject({ create: 46, problems: 0, blocked: 0 });
    const applied = await cli(['apply', '--auto-approve', '--no-notify', '--no-writeback'], CYCLE_1);
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toMatch(/Apply: \d+ ok, 0 failed, 0 blocked/);
    expect((await plan(CYCLE_1)).steps).toEqual([]);
    expect(emu.snapshot().agents).toHaveLength(10);

    await runExport(repo, await secondDirectory(repo), CYCLE_2, env, ['--xivo']);
    const second = await plan(CYCLE_2);
    expect(second.summary).toMatchObject({ create: 1, update: 1, disable: 1, problems: 0, blocked: 0 });
    // The move reads as a renumbering in the plan: extension and DID (with --xivo, Paris starts at 6701).
    expect(second.people.find((p) => p.key === '1117')?.renumbering).toEqual([
      { resource: 'extension', old: '6717@default', new: '2016@default' },
      { resource: 'did', old: '0123456717@from-extern', new: '0472100026@from-extern' },
    ]);
    const again = await cli(['apply', '--auto-approve', '--no-notify', '--no-writeback'], CYCLE_2);
    expect(again.code, again.err).toBe(0);
    expect((await plan(CYCLE_2)).steps).toEqual([]);
    expect(handMade()).toEqual(before);
  });
});
