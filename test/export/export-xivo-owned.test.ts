import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { ldapService } from '../helpers/services.ts';
import { startXivo, xivoEnv } from '../helpers/emulator.ts';
import { testdir } from '../helpers/tmp-dir.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A repository with the example mappings (mobile_phone_number is `owner: xivo`) reading the shared slapd. */
async function makeRepo(): Promise<string> {
  const repo = await testdir('export-owned');
  cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(repo, 'mappings'), { recursive: true });
  const ldap = ldapService();
  const file = path.join(repo, 'mappings/directory.yml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/url: .*/, `url: ${ldap.url}`)
      .replace(/\n {2}caFile: .*/, '')
      .replace(/bindDn: .*/, `bindDn: ${ldap.adminDn}`),
  );
  return repo;
}

interface Report {
  entries: number;
  rejected: { dn: string }[];
  written: string[];
  cache?: { files: number; entries: number };
}

const KEY = '1001'; // Élodie Dupré (employeeNumber), who has a mobile in the directory
const ELODIE = 'uid=edupre,ou=people,dc=example,dc=com';

describe('xivo-sync export: owner: xivo fields', () => {
  it('export --xivo writes the mobile number changed in XiVO into state; a later export without --xivo keeps it', async () => {
    const { emu, port } = await startXivo();
    const repo = await makeRepo();
    const stateFile = path.join(repo, `state/users/${KEY}.json`);
    const mobileInState = () =>
      (JSON.parse(readFileSync(stateFile, 'utf8')) as { user: { mobile_phone_number?: string } }).user
        .mobile_phone_number;
    const run = async (args: string[]) => {
      const io = captureCli({
        cwd: repo,
        env: {
          LDAP_BIND_PASSWORD: ldapService().adminPassword,
          ...xivoEnv(emu),
        },
      });
      const code = await runExportChecked(['--json', ...args], io.ctx);
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(io.out()) as Report;
      expect(report.rejected.map((r) => r.dn)).not.toContain(ELODIE);
      return report;
    };

    // First export: XiVO has nobody yet, the directory seeds the mobile number.
    await run(['--xivo']);
    const fromDirectory = mobileInState();
    expect(fromDirectory).toBe('+33612345678');

    // Apply created her (marked with her key); then she changed her mobile number in XiVO.
    const [seeded] = emu.seed({
      users: [
        {
          user: {
            firstname: 'Élodie',
            lastname: 'Dupré',
            userfield: KEY,
            mobile_phone_number: fromDirectory,
          },
        },
      ],
    }).users;
    await port.users.update(seeded!.uuid, { mobile_phone_number: '+33698765432' });
    const writesBefore = emu.requestLog.countWrites();

    const online = await run(['--xivo']);
    expect(online.written).toEqual([`state/users/${KEY}.json`]);
    expect(mobileInState()).toBe('+33698765432');
    expect(emu.requestLog.countWrites()).toBe(writesBefore);

    // No XiVO access this time: the value read from XiVO stays, nothing is rewritten. Her entry is
    // recognised from the export cache (mapped without the owner: xivo templates, as last time).
    const offline = await run([]);
    expect(offline.written).toEqual([]);
    expect(mobileInState()).toBe('+33698765432');
    expect(offline.cache?.entries).toBeGreaterThan(0);

    // Cleared in XiVO: the field leaves state, the entry recognised from the cache all the same.
    await port.users.update(seeded!.uuid, { mobile_phone_number: null });
    const cleared = await run(['--xivo']);
    expect(cleared.written).toEqual([`state/users/${KEY}.json`]);
    expect(cleared.cache?.entries).toBe(offline.cache?.entries);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).not.toHaveProperty('user.mobile_phone_number');
  });
});
