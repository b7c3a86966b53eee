import { randomBytes } from 'node:crypto';
import { appendFile, cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Attribute, Change, Client } from 'ldapts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { adService, writeAdDirectory } from '../helpers/services.ts';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';

// Active Directory (the Samba AD DC): people keyed by objectGUID, exported with the read-only service
// account, written back as the domain administrator (a separate writer). The test works in an OU of its
// own, named at random: the other tests read OU=Staff and never see these entries.

describe('write-back to Active Directory (Samba AD DC)', () => {
  it('writes ipPhone and the national DID to entries found by objectGUID, also after a move; then nothing', async () => {
    const ad = adService();
    const tag = randomBytes(4).toString('hex');
    const root = `OU=writeback-${tag},${ad.baseDn}`;
    const moved = `OU=moved,${root}`;
    const person = (cn: string, ou: string) => `CN=${cn} ${tag},${ou}`;
    const admin = new Client({ url: ad.url, timeout: 10_000 });
    await admin.bind(ad.adminUpn, ad.adminPassword);
    let bob = person('Bob Écrit', root);
    const alice = person('Alice Écrit', root);
    onTestFinished(async () => {
      for (const dn of [bob, alice, moved, root]) await admin.del(dn).catch(() => undefined);
      await admin.unbind();
    });
    await admin.add(root, { objectClass: 'organizationalUnit' });
    await admin.add(moved, { objectClass: 'organizationalUnit' });
    for (const [dn, n, given] of [
      [alice, '7101', 'Alice'],
      [bob, '7102', 'Bob'],
    ] as const) {
      await admin.add(dn, {
        objectClass: 'user',
        sAMAccountName: `wb${n}-${tag}`,
        givenName: given,
        sn: 'Écrit',
        mail: `${given.toLowerCase()}-${tag}@example.com`,
        employeeNumber: n,
        l: 'Paris',
        userAccountControl: '512',
      });
    }

    const repo = await testdir('writeback-ad');
    await mkdir(path.join(repo, 'state'));
    await cp(path.join(repoRoot, 'test/fixtures/scenarios/mappings'), path.join(repo, 'mappings'), {
      recursive: true,
    });
    writeAdDirectory(repo, ad, root);
    await appendFile(
      path.join(repo, 'mappings/directory.yml'),
      [
        'writeBack:',
        `  bindDn: ${ad.adminUpn}`,
        '  bindPassword: ${AD_WRITE_PASSWORD}',
        '  extension: ipPhone',
        '  did: { attribute: telephoneNumber, format: national }',
        '',
      ].join('\n'),
    );
    const emu = await startTestEmulator({ seed: 'example' });
    const env = {
      ...xivoEnv(emu),
      AD_BIND_PASSWORD: ad.serviceAccount.password,
      AD_WRITE_PASSWORD: ad.adminPassword,
    };
    const cli = async (argv: string[]) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env });
      const code = await runCli(argv, ctx);
      return { code, out: out(), err: err() };
    };
    const read = async (dn: string) => {
      const { searchEntries } = await admin.search(dn, {
        scope: 'base',
        attributes: ['ipPhone', 'telephoneNumber'],
      });
      const entry: Record<string, unknown> = searchEntries[0] ?? {};
      return { ipPhone: entry['ipPhone'], telephoneNumber: entry['telephoneNumber'] };
    };

    // --xivo: numbers are allocated around what XiVO already uses (the seed's hand-made DID).
    const exported = await cli(['export', '--xivo']);
    const applied = await cli(['apply', '--auto-approve']);
    const first = { alice: await read(alice), bob: await read(bob) };
    const again = await cli(['writeback']);
    const newBob = person('Bob Écrit', moved);
    await admin.modifyDN(bob, newBob);
    bob = newBob;
    await admin.modify(bob, [
      new Change({ operation: 'delete', modification: new Attribute({ type: 'ipPhone', values: [] }) }),
    ]);
    const afterMove = await cli(['writeback']);

    expect(exported.code, exported.err).toBe(0);
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Write-back: 2 entries modified, 0 failed, 0 not found\n');
    expect(first.alice.ipPhone).toMatch(/^67\d\d$/);
    expect(first.alice.telephoneNumber).toMatch(/^01234567\d\d$/);
    expect(first.bob.ipPhone).not.toBe(first.alice.ipPhone);
    expect(again.out).toBe('Write-back: 0 entries modified, 0 failed, 0 not found\n');
    expect(afterMove.code, afterMove.err).toBe(0);
    expect(afterMove.out).toBe(
      `Write-back: 1 entries modified, 0 failed, 0 not found\n  ${bob}: add ipPhone\n`,
    );
    expect(await read(bob)).toEqual(first.bob);
  });
});
