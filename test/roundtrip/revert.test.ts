import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { git } from '../helpers/git.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';

// The way to undo a merged change (docs/github-setup.md): `git revert` the merge and let apply run.
// A departure merged by mistake is reverted inside the grace period: the person comes back with the
// same numbers, held by the same XiVO objects.

const LDIF = path.join(repoRoot, 'test/fixtures/directory/example-company.ldif');

/** What XiVO holds for the user whose key field is `key`: the objects and their numbers. */
function telephonyOf(emu: RunningEmulator, key: string) {
  const data = emu.snapshot();
  const user = data.users.find((u) => u.userfield === key)!;
  const line = data.userLines.find((l) => l.user_id === user.id)?.line_id;
  const extensionId = data.lineExtensions.find((l) => l.line_id === line)?.extension_id;
  const incall = data.incalls.find((i) => i.destination['user_id'] === user.id)?.id;
  const didId = data.incallExtensions.find((i) => i.incall_id === incall)?.extension_id;
  const voicemail = data.userVoicemails.find((v) => v.user_id === user.id)?.voicemail_id;
  return {
    userId: user.id,
    enabled: user.enabled,
    line,
    extension: data.extensions.find((e) => e.id === extensionId)?.exten,
    did: data.extensions.find((e) => e.id === didId)?.exten,
    voicemail: data.voicemails.find((v) => v.id === voicemail)?.number,
  };
}

describe('undoing a merged departure with git revert', () => {
  it('brings the person back inside the grace period with the same numbers on the same objects', async () => {
    const emu = await startTestEmulator({ seed: 'example' });
    onTestFinished(() => emu.close());
    const repo = await exampleCopy();
    const cli = async (...argv: string[]) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env: xivoEnv(emu) });
      const code = await runCli(argv, ctx);
      return { code, out: out(), err: err() };
    };
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Telephony Admin');
    git(repo, 'config', 'user.email', 'admin@example.com');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'the example');
    const apply = () => cli('apply', '--auto-approve', '--no-writeback', '--no-notify');
    expect((await apply()).code).toBe(0);
    const before = telephonyOf(emu, '1102');
    expect(before).toMatchObject({ enabled: true, extension: '6702', did: '0123456702', voicemail: '6702' });

    // François-Xavier L'Hôte's entry is deleted by mistake; the export's pull request is merged and applied.
    const text = await readFile(LDIF, 'utf8');
    const without = path.join(await testdir('revert-ldif'), 'directory.ldif');
    await writeFile(without, text.replace(/dn: uid=fxlhote,[^]*?\n\n/, ''));
    git(repo, 'checkout', '-q', '-b', 'xivo-sync/export');
    expect((await cli('export', '--source', `ldif:${without}`)).code).toBe(0);
    git(repo, 'commit', '-q', '-a', '-m', 'export: 1 disabled');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge the departure', 'xivo-sync/export');
    const departed = await apply();
    expect(departed.code, departed.err).toBe(0);
    expect(departed.out).toContain("François-Xavier L'Hôte [1102] disable");
    expect(telephonyOf(emu, '1102')).toEqual({ ...before, enabled: false });

    // The undo: revert the merge, apply. Same user, line, extension, DID and voicemail.
    git(repo, 'revert', '--no-edit', '-m', '1', 'HEAD');
    const reverted = await apply();
    expect(reverted.code, reverted.err).toBe(0);
    expect(reverted.out).toContain("François-Xavier L'Hôte [1102] enable");
    expect(telephonyOf(emu, '1102')).toEqual(before);
    expect((await cli('plan', '--detailed-exitcode')).code).toBe(0);

    // With the entry restored in the directory, the next export agrees with the reverted state.
    expect((await cli('export', '--source', `ldif:${LDIF}`)).code).toBe(0);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});
