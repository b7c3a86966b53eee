import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { adService, ldapService, writeAdDirectory } from '../helpers/services.ts';
import { testdir } from '../helpers/tmp-dir.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const PEOPLE_LDIF = path.join(FIXTURES, 'ldap-base/01-people.ldif');
/** A repository with the example mappings, reading the shared slapd with its admin (password from the environment). */
async function makeRepo(): Promise<string> {
  const repo = await testdir('export');
  cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(repo, 'mappings'), { recursive: true });
  const ldap = ldapService();
  const directory = readFileSync(path.join(repo, 'mappings/directory.yml'), 'utf8')
    .replace(/url: .*/, `url: ${ldap.url}`)
    .replace(/\n {2}caFile: .*/, '')
    .replace(/bindDn: .*/, `bindDn: ${ldap.adminDn}`);
  writeFileSync(path.join(repo, 'mappings/directory.yml'), directory);
  return repo;
}

function setLyonDidRange(repo: string, start: string, end: string): void {
  const file = path.join(repo, 'mappings/telephony.yml');
  const text = readFileSync(file, 'utf8').replace(
    /ranges: \[\{ start: '\+334[^']*', end: '[^']*' \}\]/,
    `ranges: [{ start: '${start}', end: '${end}' }]`,
  );
  writeFileSync(file, text);
}

function stateFiles(repo: string): Record<string, string> {
  const dir = path.join(repo, 'state/users');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

async function exportRun(
  repo: string,
  args: string[] = [],
  now = '2026-11-26T12:00:00Z',
  json = true,
  checked = true,
) {
  const io = captureCli({
    cwd: repo,
    env: { LDAP_BIND_PASSWORD: ldapService().adminPassword },
    now: () => new Date(now),
  });
  const argv = [...(json ? ['--json'] : []), ...args];
  const code = checked ? await runExportChecked(argv, io.ctx) : await runCli(['export', ...argv], io.ctx);
  return { code, out: io.out(), err: io.err() };
}

describe('xivo-sync export', () => {
  it('writes one canonical file per person from slapd, the LDIF source gives the same bytes, and a re-run writes nothing', async () => {
    const repo = await makeRepo();
    const first = await exportRun(repo);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out) as {
      entries: number;
      created: number;
      rejected: { dn: string; rule: string }[];
    };
    expect(report.entries).toBeGreaterThan(0);
    expect(report.created).toBeGreaterThan(0);
    const files = stateFiles(repo);
    expect(Object.keys(files).length).toBe(report.created);
    for (const text of Object.values(files)) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).not.toContain('provenance');
    }

    const again = await exportRun(repo);
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 0, written: [] });
    expect(stateFiles(repo)).toEqual(files);

    const offline = await makeRepo();
    const fromLdif = await exportRun(offline, ['--source', `ldif:${PEOPLE_LDIF}`]);
    expect(fromLdif.code).toBe(0);
    expect(stateFiles(offline)).toEqual(files);
  });

  it('marks the locked account disabled with the date first seen, and names rejected entries', async () => {
    const repo = await makeRepo();
    const { out } = await exportRun(repo);
    const report = JSON.parse(out) as {
      disabled: number;
      rejected: { dn: string; attribute: string; value: string; rule: string; message: string }[];
    };
    const files = stateFiles(repo);
    const disabled = Object.values(files)
      .map((t) => JSON.parse(t) as { status: string; since?: string; dn: string })
      .filter((s) => s.status === 'disabled');
    expect(disabled.map((s) => [s.dn, s.since])).toEqual([
      ['uid=jbezier,ou=people,dc=example,dc=com', '2026-11-26'],
    ]);
    expect(report.disabled).toBe(1);
    expect(report.rejected).toEqual([]);
  });

  it('evaluates the disabled filter on the entries read, with attributes the mapping does not read, as slapd does', async () => {
    const repo = await makeRepo();
    const file = path.join(repo, 'mappings/directory.yml');
    // exampleCostCenter is caseIgnoreMatch on slapd, and read by no template: it is requested for
    // the filter alone, like the operational pwdAccountLockedTime.
    const filter = '(|(pwdAccountLockedTime=*)(&(exampleCostCenter=cc-75-fin)(!(l=Lyon))))';
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/filter: \(pwdAccountLockedTime=\*\)/, `filter: '${filter}'`),
    );
    const { out } = await exportRun(repo);
    const disabledDns = (files: Record<string, string>): string[] =>
      Object.values(files)
        .map((t) => JSON.parse(t) as { status: string; dn: string })
        .filter((s) => s.status === 'disabled')
        .map((s) => s.dn)
        .sort();
    const files = stateFiles(repo);
    expect(disabledDns(files)).toEqual([
      'uid=jbezier,ou=people,dc=example,dc=com',
      'uid=zchassagne,ou=people,dc=example,dc=com',
    ]);
    expect(JSON.parse(out)).toMatchObject({ disabled: 2 });

    const offline = await makeRepo();
    writeFileSync(path.join(offline, 'mappings/directory.yml'), readFileSync(file, 'utf8'));
    await exportRun(offline, ['--source', `ldif:${PEOPLE_LDIF}`]);
    expect(stateFiles(offline)).toEqual(files);
  });

  it('keeps the previous file of a rejected person and reports DN, attribute, value and rule', async () => {
    const repo = await makeRepo();
    await exportRun(repo);
    const before = stateFiles(repo);
    setLyonDidRange(repo, '+33472100050', '+33472100099');
    // The mapping changed under a file the export must keep: validate refuses that file (its DID is
    // now outside the range), which is for the admin to settle, not for the export.
    const { code, out } = await exportRun(repo, [], undefined, true, false);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { rejected: unknown[]; written: string[] };
    expect(report.rejected).toContainEqual({
      dn: 'uid=flefevre,ou=people,dc=example,dc=com',
      attribute: 'telephonenumber',
      value: '04 72 10 00 02',
      rule: 'sites[1].did',
      message: "DID +33472100002 is outside the site's DID ranges +33472100050-+33472100099",
    });
    expect(report.written).toEqual([]);
    expect(stateFiles(repo)).toEqual(before);
  });

  it('refuses to write when the directory returns far fewer people than state holds (exit 3)', async () => {
    const repo = await makeRepo();
    await exportRun(repo);
    const before = stateFiles(repo);
    const empty = path.join(repo, 'empty.ldif');
    writeFileSync(empty, '');
    const refused = await exportRun(repo, ['--source', `ldif:${empty}`]);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(
      /directory returned 0 entries under ou=people,dc=example,dc=com; state holds \d+ active people \(and 1 disabled, not counted\): below 90 %/,
    );
    expect(stateFiles(repo)).toEqual(before);

    const allowed = await exportRun(repo, ['--source', `ldif:${empty}`, '--allow-drop']);
    expect(allowed.code).toBe(0);
    const after = Object.values(stateFiles(repo)).map((t) => (JSON.parse(t) as { status: string }).status);
    expect(after.every((s) => s === 'disabled')).toBe(true);
    // After the grace period (30 days) the files go and their numbers are quarantined.
    const later = await exportRun(
      repo,
      ['--source', `ldif:${empty}`, '--allow-drop'],
      '2027-01-15T12:00:00Z',
    );
    expect(later.code).toBe(0);
    expect(stateFiles(repo)).toEqual({});
    const quarantine = JSON.parse(readFileSync(path.join(repo, 'state/numbers/quarantine.json'), 'utf8')) as {
      numbers: { releasedOn: string }[];
    };
    expect(quarantine.numbers.length).toBeGreaterThan(0);
    expect(quarantine.numbers.every((n) => n.releasedOn === '2027-01-15')).toBe(true);
  });

  it('counts only the active people of state: after one departure, the next exports need no --allow-drop', async () => {
    const repo = await makeRepo();
    const records = readFileSync(PEOPLE_LDIF, 'utf8').split(/\n\n(?=dn:)/);
    const fewer = path.join(repo, 'fewer.ldif');
    // Of the 8 entries, one is a locked account (disabled in state). Two people leave: 6 entries < 90 %
    // of the 7 active, so that export is reviewed with --allow-drop; the next ones are not refused.
    writeFileSync(
      fewer,
      records.filter((r) => !r.includes('uid=edupre,') && !r.includes('uid=flefevre,')).join('\n\n'),
    );
    await exportRun(repo, ['--source', `ldif:${PEOPLE_LDIF}`]);

    const departure = await exportRun(repo, ['--source', `ldif:${fewer}`]);
    const reviewed = await exportRun(repo, ['--source', `ldif:${fewer}`, '--allow-drop']);
    const next = await exportRun(repo, ['--source', `ldif:${fewer}`]);

    expect(departure.code).toBe(3);
    expect(departure.err).toMatch(
      /directory returned 6 entries .*; state holds 7 active people \(and 1 disabled, not counted\): below 90 %/,
    );
    expect(reviewed.code).toBe(0);
    expect(next.err).toBe('');
    expect(next.code).toBe(0);
    const statuses = Object.values(stateFiles(repo)).map((t) => (JSON.parse(t) as { status: string }).status);
    expect(statuses.filter((s) => s === 'disabled')).toHaveLength(3);
  });

  it('stops on a broken LDIF file (exit 1), naming the file and line, and writes nothing', async () => {
    const repo = await makeRepo();
    await exportRun(repo, ['--source', `ldif:${PEOPLE_LDIF}`]);
    const before = stateFiles(repo);
    // A record appended without the blank line before it: merged, it used to disable a real person.
    const broken = path.join(repo, 'broken.ldif');
    writeFileSync(
      broken,
      `${readFileSync(PEOPLE_LDIF, 'utf8').trimEnd()}\ndn: uid=late,ou=people,dc=example,dc=com\nuid: late\n`,
    );

    const run = await exportRun(repo, ['--source', `ldif:${broken}`]);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/broken\.ldif:\d+: a second "dn:" in the record that starts at line \d+/);
    expect(stateFiles(repo)).toEqual(before);
  });

  it('reports rejections as data (--json: DN, attribute, value cut, rule, holder) and as text grouped by rule', async () => {
    const repo = await makeRepo();
    const ldif = path.join(repo, 'people.ldif');
    const extra = [
      // Shares Élodie Dupré's e-mail (a shared mailbox): rejected, she keeps hers.
      'dn: uid=shared,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: shared\ncn: Shared Box\n' +
        'givenName: Shared\nsn: Box\nmail: Elodie.Dupre@example.com\nemployeeNumber: 1901\nl: Paris\n' +
        'telephoneNumber: +33 1 44 55 66 90',
      // A title longer than the schema allows: named by its attribute, the value cut.
      'dn: uid=longtitle,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: longtitle\ncn: Long Title\n' +
        `givenName: Long\nsn: Title\nmail: long.title@example.com\nemployeeNumber: 1902\nl: Paris\ntitle: ${'T'.repeat(10_000)}\n` +
        'telephoneNumber: +33 1 44 55 66 91',
    ];
    writeFileSync(ldif, `${readFileSync(PEOPLE_LDIF, 'utf8').trimEnd()}\n\n${extra.join('\n\n')}\n`);

    const json = await exportRun(repo, ['--source', `ldif:${ldif}`]);
    const text = await exportRun(await makeRepo(), ['--source', `ldif:${ldif}`], undefined, false);

    expect(json.code).toBe(0);
    const rejected = (JSON.parse(json.out) as { rejected: Record<string, unknown>[] }).rejected;
    expect(rejected).toEqual([
      {
        dn: 'uid=longtitle,ou=people,dc=example,dc=com',
        attribute: 'title',
        value: `${'T'.repeat(80)}… (10,000 characters)`,
        rule: 'schemas/user.schema.json',
        message:
          `/user/description ← title: must NOT have more than 1024 characters (value: "${'T'.repeat(80)}… (10,000 characters)"); ` +
          `/contact/title ← title: must NOT have more than 256 characters (value: "${'T'.repeat(80)}… (10,000 characters)")`,
      },
      {
        dn: 'uid=shared,ou=people,dc=example,dc=com',
        attribute: 'mail',
        value: 'elodie.dupre@example.com',
        rule: 'unique-email',
        message:
          '/user/email ← mail: elodie.dupre@example.com is already held by uid=edupre,ou=people,dc=example,dc=com (key 1001)',
        holder: { dn: 'uid=edupre,ou=people,dc=example,dc=com', key: '1001' },
      },
    ]);
    expect(text.out).toContain('rejected by rule: schemas/user.schema.json 1, unique-email 1\n');
    expect(text.out).toContain(
      'unique-email (1):\n  uid=shared,ou=people,dc=example,dc=com: /user/email ← mail:',
    );
  });

  it('writes nothing while a state file is broken, and names it', async () => {
    const repo = await makeRepo();
    await exportRun(repo);
    const broken = path.join(repo, 'state/users/1002.json');
    writeFileSync(broken, '{"key": "1002", "did": ');
    const before = stateFiles(repo);

    const run = await exportRun(repo, ['--source', `ldif:${PEOPLE_LDIF}`]);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^state\/users\/1002\.json#: invalid JSON at line 1, column \d+: .*\(rule: json-syntax\)$/m,
    );
    expect(run.err).toMatch(/error: state\/ holds 1 invalid file\(s\), listed above: nothing written/);
    expect(run.out).toBe('');
    expect(stateFiles(repo)).toEqual(before);
  });

  it('exports from the Samba AD DC: objectGUID keys, userAccountControl 514 disabled, memberOf-based agent', async () => {
    const ad = adService();
    const repo = await makeRepo();
    writeAdDirectory(repo, ad, ad.staffDn, ['pageSize: 2']);
    const telephony = path.join(repo, 'mappings/telephony.yml');
    writeFileSync(
      telephony,
      readFileSync(telephony, 'utf8').replace(
        'cn=call-center,ou=groups,dc=example,dc=com',
        'CN=Call Center,OU=Groups,DC=example,DC=com',
      ),
    );
    const io = captureCli({ cwd: repo, env: { AD_BIND_PASSWORD: ad.serviceAccount.password } });
    const code = await runExportChecked(['--json'], io.ctx);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(io.out()) as { entries: number; rejected: unknown[]; disabled: number };
    expect(report).toMatchObject({ entries: 6, rejected: [], disabled: 1 });
    const states = Object.entries(stateFiles(repo)).map(
      ([name, text]) =>
        [name, JSON.parse(text)] as [
          string,
          { key: string; status: string; user: { firstname: string }; agent: unknown },
        ],
    );
    for (const [name, state] of states) {
      expect(name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/);
      expect(name).toBe(`${state.key}.json`);
    }
    const byName = new Map(states.map(([, s]) => [s.user.firstname, s]));
    expect(byName.get('Jérôme')?.status).toBe('disabled');
    expect(byName.get('Élodie')?.status).toBe('active');
    expect(byName.get('François')?.agent).toMatchObject({ context: 'default' });
    expect(byName.get('Élodie')?.agent).toBeNull();

    const again = await runExportChecked(['--json'], io.ctx);
    expect(again).toBe(0);
    expect(io.out().split('"written": []').length).toBe(2);
  });
  it('with --xivo, pool allocation skips the numbers XiVO already uses (read through the inventory)', async () => {
    const xivo = await startTestEmulator();
    xivo.seed({
      contexts: [
        { name: 'default', type: 'internal', user_ranges: [{ start: '2000', end: '2099' }] },
        {
          name: 'from-extern',
          type: 'incall',
          incall_ranges: [{ start: '0123456700', end: '0123456799', did_length: 10 }],
        },
      ],
      // Hand-made in XiVO: the lowest number of the Lyon extension pool and of the Paris DID pool.
      extensions: [
        { exten: '2000', context: 'default' },
        { exten: '0123456700', context: 'from-extern' },
      ],
    });
    const numbers = (repo: string) =>
      Object.values(stateFiles(repo)).map(
        (text) =>
          JSON.parse(text) as { line?: { extension: string } | null; did?: { number: string } | null },
      );

    const offline = await makeRepo();
    await exportRun(offline);
    const online = await makeRepo();
    const io = captureCli({
      cwd: online,
      env: {
        LDAP_BIND_PASSWORD: ldapService().adminPassword,
        ...xivoEnv(xivo),
      },
      now: () => new Date('2026-11-26T12:00:00Z'),
    });
    const code = await runExportChecked(['--json', '--xivo'], io.ctx);

    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const before = numbers(offline);
    const after = numbers(online);
    expect(before.map((u) => u.line?.extension)).toContain('2000');
    expect(before.map((u) => u.did?.number)).toContain('+33123456700');
    expect(after.map((u) => u.line?.extension)).not.toContain('2000');
    expect(after.map((u) => u.did?.number)).not.toContain('+33123456700');
    expect(after.map((u) => u.line?.extension)).toContain('2001');
    expect(after.length).toBe(before.length);
    expect(xivo.requestLog.countWrites()).toBe(0);
  });
});
