import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

const LDIF = path.resolve(import.meta.dirname, '../fixtures/directory/example-company.ldif');

async function appliedExample() {
  const emu = await startTestEmulator({ seed: 'example' });
  const repo = await exampleCopy();
  const env = xivoEnv(emu, { webservices: true });
  const cli = async (argv: string[]) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  const applied = await cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);
  expect(applied.code, applied.err).toBe(0);
  return { emu, repo, cli };
}

describe('xivo-sync writeback from an LDIF source', () => {
  it('writes the LDIF change file: one modify record per entry, add for new values, only what differs', async () => {
    const { repo, cli } = await appliedExample();

    const run = await cli(['writeback', '--source', `ldif:${LDIF}`, '--ldif-out', 'changes.ldif']);
    const ldif = await readFile(path.join(repo, 'changes.ldif'), 'utf8');

    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^Write-back: 7 entries to modify \(nothing written\)\n/);
    const records = ldif.trimEnd().split('\n\n');
    expect(records).toHaveLength(7);
    // Amélie (1101): Paris, extension 6701, DID +33123456701; her entry has neither attribute yet.
    const amelie = records.find((r) => r.includes('uid=adupontlefevre'));
    expect(amelie).toBe(
      [
        'dn: uid=adupontlefevre,ou=people,dc=example,dc=com',
        'changetype: modify',
        'add: pager',
        'pager: 6701',
        '-',
        'add: telephoneNumber',
        'telephoneNumber: +33123456701',
        '-',
      ].join('\n'),
    );
  });

  it('deletes the attribute of an outcome that is gone (a DID removed), and reports a person with no entry', async () => {
    const { repo, cli } = await appliedExample();
    const file = path.join(repo, 'state', 'users', '1102.json');
    const state = JSON.parse(await readFile(file, 'utf8')) as UserState;
    await writeFile(file, `${JSON.stringify({ ...state, did: null }, null, 2)}\n`);
    const removed = await cli([
      'apply',
      '--auto-approve',
      '--no-notify',
      '--no-writeback',
      '--allow-deletions',
      '1',
    ]);
    expect(removed.code, removed.err).toBe(0);
    // François's entry shows the DID he no longer has; Jérôme's entry is gone from the directory.
    const text = (await readFile(LDIF, 'utf8'))
      .replace(`dn: ${state.dn}\n`, `dn: ${state.dn}\ntelephoneNumber: +33123456702\n`)
      .replace(/\n\ndn: uid=jdubois[\s\S]*?(?=\n\ndn: |\n*$)/, '');
    await writeFile(path.join(repo, 'directory.ldif'), text);

    const run = await cli(['writeback', '--dry-run', '--source', 'ldif:directory.ldif']);

    const record = run.out.split('\n\n').find((r) => r.startsWith(`dn: ${state.dn}`));
    expect(record).toBe(
      `dn: ${state.dn}\nchangetype: modify\nadd: pager\npager: 6702\n-\ndelete: telephoneNumber\n-`,
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^write-back: no directory entry has key 1104 \(deleted, or outside source\.filter\)\n$/m,
    );
  });
});
