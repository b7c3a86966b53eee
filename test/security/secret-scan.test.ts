import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { startEmulator } from '../../src/emulator/index.ts';
import { startSlapd } from '../services/slapd.ts';
import { captureCli } from '../helpers/cli.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';
import { git } from '../helpers/git.ts';
import { pointMappingsAt } from '../helpers/slapd-mappings.ts';

// The whole loop with known secrets (directory bind, XiVO login, web-services login, write-back
// writer, and every password and PIN apply generates): none may appear in any artefact the tool
// leaves: git objects and notes, state/, the saved plan, the LDIF change file, stdout and stderr
// (the onboarding .eml files aside: they are the one place the generated credentials go).

const SECRETS = {
  xivo: 'Xivo-Secret-7f3a9c',
  ws: 'Ws-Secret-2b8e1d',
  writer: 'Writer-Secret-5c4d2a',
  smtp: 'Smtp-Secret-9e1f4b',
};

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

describe('no secret in any artefact', () => {
  it('export, plan, apply, write-back and the git record leave no password, PIN or token behind', async () => {
    const slapd = await startSlapd({
      ldifFiles: [path.join(repoRoot, 'test/fixtures/directory/example-company.ldif')],
    });
    onTestFinished(() => slapd.stop());
    const emu = await startEmulator({
      authUser: 'sync-bot',
      authPassword: SECRETS.xivo,
      wsUser: 'ws-bot',
      wsPassword: SECRETS.ws,
      seed: 'example',
    });
    onTestFinished(() => emu.close());
    const repo = await exampleCopy();
    // The write-back binds as its own account (the same admin here), to scan its password too.
    await pointMappingsAt(repo, slapd, (text) =>
      text.replace(
        /\nwriteBack:\n/,
        `\nwriteBack:\n  bindDn: ${slapd.adminDn}\n  bindPassword: \${LDAP_WRITE_PASSWORD}\n`,
      ),
    );
    const env = {
      LDAP_BIND_PASSWORD: slapd.adminPassword,
      LDAP_WRITE_PASSWORD: slapd.adminPassword,
      XIVO_URL: emu.url,
      XIVO_USER: 'sync-bot',
      XIVO_PASSWORD: SECRETS.xivo,
      XIVO_WS_USER: 'ws-bot',
      XIVO_WS_PASSWORD: SECRETS.ws,
      SMTP_USER: 'relay',
      SMTP_PASSWORD: SECRETS.smtp,
    };
    git(repo, 'init', '-q', '-b', 'main');
    const output: string[] = [];
    const cli = async (argv: string[]) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env });
      const code = await runCli(argv, ctx);
      output.push(out(), err());
      return code;
    };

    expect(await cli(['export'])).toBe(0);
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'export');
    expect(await cli(['plan', '--out', 'plan.json'])).toBe(0);
    expect(await cli(['plan', '--format', 'markdown'])).toBe(0);
    const mails = await testdir('secret-scan-mails');
    expect(await cli(['apply', 'plan.json', '--auto-approve', '--mail-dir', mails])).toBe(0);
    expect(await cli(['writeback', '--dry-run', '--ldif-out', 'changes.ldif'])).toBe(0);
    expect(await cli(['apply', '--auto-approve', '--json', '--mail-dir', mails])).toBe(0);
    // The mails are where the generated credentials go, and nowhere else.
    expect((await readdir(mails)).filter((f) => f.endsWith('.eml'))).toHaveLength(7);

    // What apply generated: every new user's password and voicemail PIN, as XiVO holds them.
    const data = emu.snapshot();
    const generated = [
      ...data.users.filter((u) => u.userfield).map((u) => u.password),
      ...data.voicemails.filter((v) => /^67|^20/.test(v.number)).map((v) => v.password),
    ].filter((s): s is string => typeof s === 'string' && s.length >= 4);
    expect(generated.length).toBeGreaterThanOrEqual(14);
    const secrets = [slapd.adminPassword, SECRETS.xivo, SECRETS.ws, SECRETS.smtp, ...generated];

    const artefacts = [
      ...output,
      ...(await Promise.all((await filesUnder(repo)).map((f) => readFile(f, 'latin1')))),
      git(repo, 'log', '--all', '-p', '--notes=xivo-sync'),
      git(repo, 'notes', '--ref=xivo-sync', 'show', 'HEAD'),
      git(repo, 'cat-file', '--batch-all-objects', '--batch'),
    ];
    // A 6-digit PIN could occur by chance inside a hash or a uuid: it counts only as a whole token.
    const pattern = (secret: string): RegExp =>
      new RegExp(`(?<![0-9A-Za-z])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`);
    const found = secrets.filter((secret) => artefacts.some((text) => pattern(secret).test(text)));
    expect(found).toEqual([]);
    expect(git(repo, 'notes', '--ref=xivo-sync', 'show', 'HEAD').split('\n').filter(Boolean).length).toBe(2);
  });
});
