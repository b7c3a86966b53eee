import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportReport } from '../../src/export/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { adService, ldapService } from '../helpers/services.ts';
import { listFiles, testdir } from '../helpers/tmp-dir.ts';

/**
 * `xivo-sync export` of the example mappings (mappings/, copied at test time) against the shared
 * slapd and the shared Samba AD DC, compared byte for byte with the state/ trees checked in under
 * test/fixtures/golden/<source>/. After a deliberate change of output, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/export/golden-export.test.ts
 * and review the diff of test/fixtures/golden/ like any other change.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const NOW = '2026-11-26T12:00:00Z';
const UPDATE_HINT =
  'if the change is intended: UPDATE_GOLDEN=1 npx vitest run test/export/golden-export.test.ts';

/** Replaces exactly one match, so that a change of the example mapping fails here instead of being ignored. */
function rewrite(file: string, pattern: RegExp, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(
      `${path.basename(file)}: expected one match of ${String(pattern)}, found ${matches.length}`,
    );
  }
  writeFileSync(file, text.replace(pattern, replacement));
}

/** An empty repository holding a copy of the example mappings/. */
async function exampleRepo(): Promise<{ repo: string; directory: string; telephony: string }> {
  const repo = await testdir('golden');
  cpSync(path.join(ROOT, 'mappings'), path.join(repo, 'mappings'), { recursive: true });
  const directory = path.join(repo, 'mappings/directory.yml');
  rewrite(directory, /\n {2}caFile: .*/, '');
  return { repo, directory, telephony: path.join(repo, 'mappings/telephony.yml') };
}

interface Source {
  name: 'slapd' | 'ad';
  repo: string;
  env: Record<string, string>;
}

/** The example mapping as is, pointed at the shared slapd (its rootdn: the example's service account does not exist there). */
async function slapdSource(): Promise<Source> {
  const ldap = ldapService();
  const { repo, directory } = await exampleRepo();
  rewrite(directory, /url: .*/, `url: ${ldap.url}`);
  rewrite(directory, /bindDn: .*/, `bindDn: ${ldap.adminDn}`);
  return { name: 'slapd', repo, env: { LDAP_BIND_PASSWORD: ldap.adminPassword } };
}

/**
 * The example mapping pointed at the Samba AD DC, with the changes an AD site makes (the ones the
 * example's comments name): AD people are objectClass user, disabled by userAccountControl bit 2, and
 * carry the login in sAMAccountName, the department in department (AD has neither uid nor
 * departmentNumber on its people), the call center in an AD group. The identifier stays
 * employeeNumber: objectGUID would differ on every provision of the DC.
 */
async function adSource(): Promise<Source> {
  const ad = adService();
  const { repo, directory, telephony } = await exampleRepo();
  rewrite(directory, /url: .*/, `url: ${ad.url}`);
  rewrite(directory, /bindDn: .*/, `bindDn: ${ad.serviceAccount.upn}`);
  rewrite(directory, /(baseDns:\n\s*- ).*/, `$1${ad.staffDn}`);
  rewrite(directory, /filter: \(&\(objectClass=inetOrgPerson\)/, 'filter: (&(objectClass=user)');
  rewrite(directory, /disabled:\n\s*filter: .*/, 'disabled: { adUserAccountControl: true }');
  rewrite(telephony, /(\n\s*username:.*)\buid\b/, '$1sAMAccountName');
  rewrite(telephony, /(\n\s*department:.*)\bdepartmentNumber\b/, '$1department');
  rewrite(telephony, /cn=call-center,ou=groups,dc=example,dc=com/, `CN=Call Center,${ad.groupsDn}`);
  return { name: 'ad', repo, env: { LDAP_BIND_PASSWORD: ad.serviceAccount.password } };
}

async function exportRun(source: Source): Promise<ExportReport> {
  const io = captureCli({ cwd: source.repo, env: source.env, now: () => new Date(NOW) });
  const code = await runExportChecked(['--json'], io.ctx);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as ExportReport;
}

function expectSameAsGolden(source: Source): void {
  const actualDir = path.join(source.repo, 'state');
  const goldenDir = path.join(GOLDEN, source.name, 'state');
  const goldenRelative = path.relative(ROOT, goldenDir);
  if (UPDATE) {
    rmSync(goldenDir, { recursive: true, force: true });
    mkdirSync(path.dirname(goldenDir), { recursive: true });
    cpSync(actualDir, goldenDir, { recursive: true });
  }
  const golden = listFiles(goldenDir);
  expect(golden.length, `${goldenRelative} is missing or empty; ${UPDATE_HINT}`).toBeGreaterThan(0);
  expect(listFiles(actualDir), `files of state/ vs ${goldenRelative}; ${UPDATE_HINT}`).toEqual(golden);
  for (const file of golden) {
    const expected = readFileSync(path.join(goldenDir, file));
    const actual = readFileSync(path.join(actualDir, file));
    if (actual.equals(expected)) continue;
    // The text diff names the first differing file and shows its lines; bytes only if the text agrees.
    expect(actual.toString('utf8'), `state/${file} vs ${goldenRelative}/${file}; ${UPDATE_HINT}`).toBe(
      expected.toString('utf8'),
    );
    expect(actual, `state/${file} vs ${goldenRelative}/${file} (bytes)`).toEqual(expected);
  }
}

/** A re-run over an unchanged directory writes and removes nothing: same bytes, same mtimes. */
async function expectNoOpRerun(source: Source): Promise<void> {
  const stateDir = path.join(source.repo, 'state');
  // A fixed old mtime, so that a rewrite within the same clock tick is still seen.
  const old = new Date('2001-01-01T00:00:00Z');
  const before = new Map(
    listFiles(stateDir).map((file) => {
      utimesSync(path.join(stateDir, file), old, old);
      return [file, readFileSync(path.join(stateDir, file))];
    }),
  );

  const again = await exportRun(source);
  // The run after recognises every entry from the export cache (.cache/export/), and still writes nothing.
  const cached = await exportRun(source);

  for (const run of [again, cached])
    expect(run).toMatchObject({ created: 0, updated: 0, removed: 0, written: [], removedFiles: [] });
  const userFiles = [...before.keys()].filter((file) => file.startsWith('users/')).length;
  expect(cached.cache).toEqual({ files: userFiles, entries: again.entries });
  expect(listFiles(stateDir)).toEqual([...before.keys()]);
  for (const [file, bytes] of before) {
    expect(statSync(path.join(stateDir, file)).mtimeMs, `state/${file} mtime`).toBe(old.getTime());
    expect(readFileSync(path.join(stateDir, file)).equals(bytes), `state/${file} bytes`).toBe(true);
  }
}

interface UserState {
  key: string;
  status: string;
  since?: string;
}

function users(source: Source): UserState[] {
  const dir = path.join(source.repo, 'state/users');
  return readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as UserState);
}

/**
 * Łukasz Wiśniewski-Øberg (1008, in both fixtures): letters outside Latin-1 pass through unchanged,
 * the foreign mobile becomes E.164 although the site's country is FR, and its extension (x12), which
 * E.164 cannot carry, is dropped from the XiVO field but kept as typed in the directory sheet.
 */
function expectInternational(source: Source): void {
  const file = path.join(source.repo, 'state/users/1008.json');
  const state = JSON.parse(readFileSync(file, 'utf8')) as {
    user: Record<string, string>;
    contact: Record<string, string>;
    voicemail: { name: string };
  };
  expect(state.user).toMatchObject({
    firstname: 'Łukasz',
    lastname: 'Wiśniewski-Øberg',
    caller_id: '"Łukasz Wiśniewski-Øberg"',
    email: 'lukasz.wisniewski-oberg@example.com',
    username: 'lwisniewski',
    mobile_phone_number: '+15551234567',
  });
  // The contact sheet copies no phone: write-back fills telephoneNumber and mobile (mappings/telephony.yml).
  expect(state.contact).not.toHaveProperty('phone');
  expect(state.contact).not.toHaveProperty('mobile');
  expect(state.voicemail.name).toBe('Łukasz Wiśniewski-Øberg');
}

describe('golden export of the example mappings', () => {
  // These checks do not depend on the golden files, so UPDATE_GOLDEN cannot freeze a wrong export.
  it('slapd: everyone exported, the locked account disabled, same bytes as test/fixtures/golden/slapd, no-op re-run', async () => {
    const source = await slapdSource();

    const report = await exportRun(source);

    expect(report.rejected).toEqual([]);
    expect(report).toMatchObject({ entries: 8, created: 8, disabled: 1 });
    expect(users(source).map((u) => [u.key, u.status, u.since])).toEqual([
      ['1001', 'active', undefined],
      ['1002', 'active', undefined],
      ['1003', 'active', undefined],
      ['1004', 'disabled', '2026-11-26'],
      ['1005', 'active', undefined],
      ['1006', 'active', undefined],
      ['1007', 'active', undefined],
      ['1008', 'active', undefined],
    ]);
    expectInternational(source);
    expectSameAsGolden(source);
    await expectNoOpRerun(source);
  });

  it('Samba AD: everyone exported, userAccountControl bit 2 disabled, same bytes as test/fixtures/golden/ad, no-op re-run', async () => {
    const source = await adSource();

    const report = await exportRun(source);

    expect(report.rejected).toEqual([]);
    expect(report).toMatchObject({ entries: 6, created: 6, disabled: 1 });
    expect(users(source).map((u) => [u.key, u.status, u.since])).toEqual([
      ['1001', 'active', undefined],
      ['1002', 'active', undefined],
      ['1004', 'disabled', '2026-11-26'],
      ['1005', 'active', undefined],
      ['1007', 'active', undefined],
      ['1008', 'active', undefined],
    ]);
    expectInternational(source);
    expectSameAsGolden(source);
    await expectNoOpRerun(source);
  });
});
