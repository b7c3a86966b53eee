import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'ldapts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { startSlapd } from '../services/slapd.ts';
import { captureCli } from '../helpers/cli.ts';
import { connectTestClient, startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy, repoRoot } from '../helpers/tmp-dir.ts';

// The shipped example against a real slapd holding the example company: apply to the emulator, write
// back, and read the entries again. The export reads anonymously (slapd lets anyone read); only the
// separate writer (`writeBack.bindDn`, the rootdn here) may write.

async function setUp() {
  const slapd = await startSlapd({
    ldifFiles: [path.join(repoRoot, 'test/fixtures/directory/example-company.ldif')],
  });
  onTestFinished(() => slapd.stop());
  const emu = await startTestEmulator({ seed: 'example' });
  const repo = await exampleCopy();
  const file = path.join(repo, 'mappings', 'directory.yml');
  const directory = (await readFile(file, 'utf8'))
    .replace(/\n {2}url: .*/, `\n  url: ${slapd.url}`)
    .replace(/\n {2}caFile: .*/, '')
    .replace(/\n {2}bindDn: .*/, '')
    .replace(/\n {2}bindPassword: .*/, '')
    .replace(
      /\nwriteBack:\n/,
      `\nwriteBack:\n  bindDn: ${slapd.adminDn}\n  bindPassword: \${LDAP_WRITE_PASSWORD}\n  agent: employeeType\n`,
    );
  await writeFile(file, directory);
  const env = { ...xivoEnv(emu), LDAP_WRITE_PASSWORD: slapd.adminPassword };
  const cli = async (argv: string[], extra: Record<string, string> = {}) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env: { ...env, ...extra } });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  const client = new Client({ url: slapd.url });
  await client.bind(slapd.adminDn, slapd.adminPassword);
  onTestFinished(() => client.unbind());
  const read = async (dn: string) => {
    const { searchEntries } = await client.search(dn, {
      scope: 'base',
      attributes: ['pager', 'telephoneNumber', 'employeeType', 'mobile'],
    });
    const entry: Record<string, unknown> = searchEntries[0] ?? {};
    const values = (name: string): string[] => {
      const v = entry[name] as string | string[] | undefined;
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    };
    return {
      pager: values('pager'),
      telephoneNumber: values('telephoneNumber'),
      agent: values('employeeType'),
      mobile: values('mobile'),
    };
  };
  return { repo, cli, client, read, emu };
}

describe('write-back to OpenLDAP (slapd)', () => {
  it('apply writes each entry once; a second run modifies nothing', async () => {
    const { cli, read, emu } = await setUp();

    const applied = await cli(['apply', '--auto-approve', '--no-notify']);
    const again = await cli(['writeback']);
    // Chloé changes her mobile number in XiVO (owner: xivo): the directory follows.
    const chloe = emu.snapshot().users.find((u) => u.userfield === '1103');
    await connectTestClient(emu).request('PUT', `/users/${chloe?.id ?? 0}`, {
      mobile_phone_number: '+33699887766',
    });
    const mobile = await cli(['writeback']);

    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Write-back: 7 entries modified, 0 failed, 0 not found\n');
    expect(await read('uid=adupontlefevre,ou=people,dc=example,dc=com')).toMatchObject({
      pager: ['6701'],
      telephoneNumber: ['+33123456701'],
      agent: [],
    });
    expect(await read('uid=cmenard,ou=people,dc=example,dc=com')).toMatchObject({ agent: ['86703'] });
    expect(again.code, again.err).toBe(0);
    expect(again.out).toBe('Write-back: 0 entries modified, 0 failed, 0 not found\n');
    expect(mobile.out).toBe(
      'Write-back: 1 entries modified, 0 failed, 0 not found\n  uid=cmenard,ou=people,dc=example,dc=com: add mobile\n',
    );
    expect((await read('uid=cmenard,ou=people,dc=example,dc=com')).mobile).toEqual(['+33699887766']);
  });

  it('writes an entry moved since the export, deletes a removed DID; a writer that cannot bind or write is reported', async () => {
    const { repo, cli, client, read } = await setUp();
    expect((await cli(['apply', '--auto-approve', '--no-notify'])).code).toBe(0);
    // François loses his DID; Amélie's entry moves to another OU and loses her pager by hand.
    const file = path.join(repo, 'state', 'users', '1102.json');
    const francois = JSON.parse(await readFile(file, 'utf8')) as UserState;
    await writeFile(file, `${JSON.stringify({ ...francois, did: null }, null, 2)}\n`);
    await client.add('ou=direction,ou=people,dc=example,dc=com', {
      objectClass: ['organizationalUnit'],
      ou: 'direction',
    });
    const moved = 'uid=adupontlefevre,ou=direction,ou=people,dc=example,dc=com';
    await client.modifyDN('uid=adupontlefevre,ou=people,dc=example,dc=com', moved);
    const { Change, Attribute } = await import('ldapts');
    await client.modify(moved, [
      new Change({ operation: 'delete', modification: new Attribute({ type: 'pager', values: [] }) }),
    ]);

    const applied = await cli(['apply', '--auto-approve', '--no-notify', '--allow-deletions', '1']);
    const readOnly = await cli(['writeback'], { LDAP_WRITE_PASSWORD: 'wrong' });

    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Write-back: 2 entries modified, 0 failed, 0 not found\n');
    expect(await read(moved)).toMatchObject({ pager: ['6701'] });
    expect(await read(francois.dn)).toMatchObject({ pager: ['6702'], telephoneNumber: [] });
    expect(readOnly.code).toBe(1);
    expect(readOnly.err).toContain('bind cn=admin,dc=example,dc=com');
    expect(readOnly.err).not.toContain('wrong');

    // Without a separate writer, the export's anonymous account writes: slapd refuses (code 8), per entry.
    const mappings = path.join(repo, 'mappings', 'directory.yml');
    await writeFile(
      mappings,
      (await readFile(mappings, 'utf8')).replace(/\n {2}bindDn: .*\n {2}bindPassword: .*/, ''),
    );
    await client.modify(moved, [
      new Change({ operation: 'delete', modification: new Attribute({ type: 'pager', values: [] }) }),
    ]);
    const anonymous = await cli(['writeback']);
    expect(anonymous.code).toBe(1);
    expect(anonymous.out).toBe('Write-back: 0 entries modified, 1 failed, 0 not found\n');
    expect(anonymous.err).toMatch(
      new RegExp(
        `^write-back failed for 1101 \\(${moved}\\): modify ${moved}: .*\\(LDAP result code 8\\)`,
        'm',
      ),
    );
  });
});
