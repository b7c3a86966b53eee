import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { ExportReport } from '../../src/export/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { adService, writeAdDirectory } from '../helpers/services.ts';
import { type SlapdInstance, startSlapd } from '../services/slapd.ts';
import { tempdir, testdir } from '../helpers/tmp-dir.ts';

/**
 * Export over a directory that changes between runs: people moved inside the search base, out of it
 * and back. The moves modify the directory, so this file runs its own slapd, seeded with the fixture of
 * the shared one (test/fixtures/ldap-base/) plus entries the example mapping's base does not cover.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const BASE = 'ou=people,dc=example,dc=com';

/** Entries outside ou=people: they match the people filter, so only the search base keeps them out. */
const OUTSIDE_BASE = `dn: ou=services,dc=example,dc=com
objectClass: organizationalUnit
ou: services

dn: uid=standard,ou=services,dc=example,dc=com
objectClass: inetOrgPerson
uid: standard
cn: Standard Accueil
givenName: Standard
sn: Accueil
mail: standard@example.com
employeeNumber: 9001
l: Paris

dn: ou=former,dc=example,dc=com
objectClass: organizationalUnit
ou: former
`;

let slapd: SlapdInstance;
let client: Client;
let repo: string;
let tmp: Awaited<ReturnType<typeof tempdir>> | undefined;

beforeAll(async () => {
  slapd = await startSlapd({
    ldif: [OUTSIDE_BASE],
    ldifFiles: ['01-people.ldif', '02-groups.ldif'].map((f) => path.join(FIXTURES, 'ldap-base', f)),
  });
  client = new Client({ url: slapd.url });
  await client.bind(slapd.adminDn, slapd.adminPassword);
  tmp = await tempdir('lifecycle');
  repo = tmp.path;
  cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(repo, 'mappings'), { recursive: true });
  const file = path.join(repo, 'mappings/directory.yml');
  const directory = readFileSync(file, 'utf8')
    .replace(/url: .*/, `url: ${slapd.url}`)
    .replace(/\n {2}caFile: .*/, '')
    .replace(/bindDn: .*/, `bindDn: ${slapd.adminDn}`);
  writeFileSync(file, directory);
});

afterAll(async () => {
  await client?.unbind();
  await slapd?.stop();
  await tmp?.remove();
});

function stateFiles(root = repo): Record<string, string> {
  const dir = path.join(root, 'state/users');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

interface UserState {
  key: string;
  dn: string;
  status: string;
  since?: string;
  line: { extension: string } | null;
  did: { number: string } | null;
  voicemail: { number: string } | null;
  agent: { number: string } | null;
}

async function exportRun(now: string, args: string[] = []): Promise<ExportReport> {
  const io = captureCli({
    cwd: repo,
    env: { LDAP_BIND_PASSWORD: slapd.adminPassword },
    now: () => new Date(now),
  });
  const code = await runExportChecked(['--json', ...args], io.ctx);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as ExportReport;
}

/** What must survive a move: the numbers a person holds. */
function numbersOf(state: UserState) {
  return {
    line: state.line,
    did: state.did,
    voicemail: state.voicemail,
    agent: state.agent,
  };
}

// The steps build on each other (one directory, one state/), so they run in order in a single test.
describe('export across directory moves (private slapd)', () => {
  it('an OU move updates the dn only; leaving the base disables with the numbers kept; coming back restores', async () => {
    const first = await exportRun('2026-11-26T12:00:00Z');
    expect(first.rejected).toEqual([]);
    const initial = stateFiles();
    const keys = Object.keys(initial);
    // Never exported: under ou=services, outside the search base from the start.
    expect(keys).not.toContain('9001.json');
    expect(Object.values(initial).join('')).not.toMatch(/standard|ou=services/);
    expect(first.entries).toBe(keys.length);

    // Same key, new DN inside the base: an update of that file alone, not a removal and a creation.
    await client.add('ou=lyon,ou=people,dc=example,dc=com', {
      objectClass: 'organizationalUnit',
      ou: 'lyon',
    });
    await client.modifyDN('uid=anguyen,ou=people,dc=example,dc=com', `uid=anguyen,ou=lyon,${BASE}`);
    const moved = await exportRun('2026-11-27T12:00:00Z');
    expect(moved).toMatchObject({
      entries: keys.length,
      created: 0,
      updated: 1,
      disabled: 0,
      removed: 0,
      rejected: [],
      written: ['state/users/1005.json'],
      removedFiles: [],
    });
    const afterMove = stateFiles();
    expect(Object.keys(afterMove)).toEqual(keys);
    const anguyen = JSON.parse(afterMove['1005.json']!) as UserState;
    expect(anguyen.dn).toBe(`uid=anguyen,ou=lyon,${BASE}`);
    expect(anguyen.status).toBe('active');
    const before = JSON.parse(initial['1005.json']!) as UserState;
    expect({ ...anguyen, dn: before.dn }).toEqual(before);
    for (const key of keys.filter((k) => k !== '1005.json')) expect(afterMove[key]).toBe(initial[key]);

    // Out of the base: gone from the search, so disabled from that day, numbers kept.
    await client.modifyDN(
      'uid=flefevre,ou=people,dc=example,dc=com',
      'uid=flefevre,ou=former,dc=example,dc=com',
    );
    // One missing person of 7 active (the locked account is disabled in state, not counted): 7
    // entries are returned, above the 90 % gate, so no --allow-drop is needed.
    const gone = await exportRun('2026-11-28T12:00:00Z');
    expect(gone).toMatchObject({
      entries: keys.length - 1,
      created: 0,
      disabled: 1,
      removed: 0,
      rejected: [],
      written: ['state/users/1002.json'],
      removedFiles: [],
    });
    const flefevreBefore = JSON.parse(initial['1002.json']!) as UserState;
    const flefevreGone = JSON.parse(stateFiles()['1002.json']!) as UserState;
    expect(flefevreGone).toMatchObject({ status: 'disabled', since: '2026-11-28' });
    expect(numbersOf(flefevreGone)).toEqual(numbersOf(flefevreBefore));
    expect(flefevreBefore.line).not.toBeNull();

    // Back within the grace period (30 days): active again, same numbers, the very same file.
    await client.modifyDN(
      'uid=flefevre,ou=former,dc=example,dc=com',
      'uid=flefevre,ou=people,dc=example,dc=com',
    );
    const back = await exportRun('2026-12-08T12:00:00Z');
    expect(back).toMatchObject({
      entries: keys.length,
      created: 0,
      updated: 1,
      disabled: 0,
      removed: 0,
      rejected: [],
      written: ['state/users/1002.json'],
    });
    expect(stateFiles()['1002.json']).toBe(initial['1002.json']);
    expect(Object.keys(stateFiles())).toEqual(keys);
  });
});

/**
 * The same moves on the shared Samba AD DC, keyed by objectGUID as the example recommends for AD. The
 * test works in OUs of its own, named at random, next to OU=Staff: the other tests read OU=Staff and
 * never see these entries.
 */
describe('export across directory moves (Samba AD, objectGUID key)', () => {
  it('an OU move keeps the key and updates the dn; leaving the base disables; coming back restores', async () => {
    const ad = adService();
    const tag = randomBytes(4).toString('hex');
    const root = `OU=lifecycle-${tag},${ad.baseDn}`;
    const former = `OU=former-${tag},${ad.baseDn}`;
    const person = (ou: string) => `CN=Søren Åkesson-Ødegård ${tag},${ou}`;
    const admin = new Client({ url: ad.url, timeout: 10_000 });
    await admin.bind(ad.adminUpn, ad.adminPassword);
    const created: string[] = [];
    let current = person(`OU=sales,${root}`);
    onTestFinished(async () => {
      await admin.del(current).catch(() => undefined);
      for (const dn of created.reverse()) await admin.del(dn).catch(() => undefined);
      await admin.unbind();
    });
    for (const dn of [root, `OU=sales,${root}`, `OU=support,${root}`, former]) {
      await admin.add(dn, { objectClass: 'organizationalUnit' });
      created.push(dn);
    }
    await admin.add(current, {
      objectClass: 'user',
      sAMAccountName: `lc-${tag}`,
      givenName: 'Søren',
      sn: 'Åkesson-Ødegård',
      mail: `soren.akesson-${tag}@example.com`,
      employeeNumber: '7001',
      l: 'Paris',
      userAccountControl: '512',
    });

    const adRepo = await testdir('lifecycle-ad');
    cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(adRepo, 'mappings'), { recursive: true });
    writeAdDirectory(adRepo, ad, root);
    const run = async (now: string, args: string[] = []): Promise<ExportReport> => {
      const io = captureCli({
        cwd: adRepo,
        env: { AD_BIND_PASSWORD: ad.serviceAccount.password },
        now: () => new Date(now),
      });
      const code = await runExportChecked(['--json', ...args], io.ctx);
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      return JSON.parse(io.out()) as ExportReport;
    };

    const first = await run('2026-11-26T12:00:00Z');
    expect(first).toMatchObject({ entries: 1, created: 1, rejected: [] });
    const [file] = Object.keys(stateFiles(adRepo));
    const initial = stateFiles(adRepo)[file!]!;
    const before = JSON.parse(initial) as UserState;
    expect(before.dn).toBe(current);
    expect(before.line).not.toBeNull();

    const moved = person(`OU=support,${root}`);
    await admin.modifyDN(current, moved);
    current = moved;
    const afterMove = await run('2026-11-27T12:00:00Z');
    expect(afterMove).toMatchObject({
      entries: 1,
      created: 0,
      updated: 1,
      disabled: 0,
      removed: 0,
      written: [`state/users/${file}`],
      removedFiles: [],
    });
    expect(Object.keys(stateFiles(adRepo))).toEqual([file]);
    const movedState = JSON.parse(stateFiles(adRepo)[file!]!) as UserState;
    expect({ ...movedState, dn: before.dn }).toEqual(before);
    expect(movedState.dn).toBe(moved);

    const outside = person(former);
    await admin.modifyDN(current, outside);
    current = outside;
    const gone = await run('2026-11-28T12:00:00Z', ['--allow-drop']);
    expect(gone).toMatchObject({ entries: 0, created: 0, disabled: 1, removed: 0 });
    const goneState = JSON.parse(stateFiles(adRepo)[file!]!) as UserState;
    expect(goneState).toMatchObject({ status: 'disabled', since: '2026-11-28' });
    expect(numbersOf(goneState)).toEqual(numbersOf(before));

    const back = person(`OU=sales,${root}`);
    await admin.modifyDN(current, back);
    current = back;
    const restored = await run('2026-12-08T12:00:00Z');
    expect(restored).toMatchObject({ entries: 1, created: 0, updated: 1, removed: 0 });
    expect(stateFiles(adRepo)).toEqual({ [file!]: initial });
  });
});
