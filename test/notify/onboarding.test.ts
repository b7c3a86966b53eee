import { cp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { startSmtpSink } from '../services/smtp.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';

// The onboarding e-mail on the shipped example: one mail per user the tool creates, whose password is
// the one XiVO holds and whose PIN is the voicemail's, and never a second one.

async function example(extraEnv: Record<string, string> = {}) {
  const emu = await startTestEmulator({ seed: 'example' });
  const repo = await exampleCopy();
  const mails = await testdir('mails');
  const env = { ...xivoEnv(emu), ...extraEnv };
  const cli = async (argv: string[], more: Record<string, string> = {}) => {
    const { ctx, out, err } = captureCli({ cwd: repo, env: { ...env, ...more } });
    const code = await runCli(argv, ctx);
    return { code, out: out(), err: err() };
  };
  return { emu, repo, mails, cli };
}

async function readMails(dir: string): Promise<Map<string, ParsedMail>> {
  const out = new Map<string, ParsedMail>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.eml')).sort())
    out.set(name.replace(/\.eml$/, ''), await simpleParser(await readFile(path.join(dir, name))));
  return out;
}

/** Logs in through xivo-auth's `xivo_user` backend with the login and password a mail carries. */
async function logIn(emu: RunningEmulator, text: string): Promise<number> {
  const login = /(?:Identifiant|Login) ?: (\S+)/.exec(text)?.[1] ?? '';
  const password = /(?:Mot de passe|Password) ?: (\S+)/.exec(text)?.[1] ?? '';
  const response = await fetch(`${emu.authUrl}/0.1/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ backend: 'xivo_user', expiration: 60 }),
  });
  return response.status;
}

/** The password and PIN a mail carries work: they are the ones XiVO holds for that person. */
function expectWorkingCredentials(emu: RunningEmulator, key: string, text: string): void {
  const data = emu.snapshot();
  const user = data.users.find((u) => u.userfield === key);
  const password = /(?:Mot de passe|Password) ?: (\S+)/.exec(text)?.[1];
  expect(password, `${key}: password in the mail`).toBeDefined();
  expect(user?.password, `${key}: the mailed password is XiVO's`).toBe(password);
  const pin = /code (\d{6})/.exec(text)?.[1];
  const link = data.userVoicemails.find((l) => l.user_id === user?.id);
  const voicemail = data.voicemails.find((v) => v.id === link?.voicemail_id);
  if (voicemail) expect(voicemail.password, `${key}: the mailed PIN is the voicemail's`).toBe(pin);
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('onboarding e-mail', () => {
  it('writes one .eml per new user with working credentials, in their language; a re-run sends nothing', async () => {
    const { emu, mails, cli } = await example();

    const first = await cli(['apply', '--auto-approve', '--no-writeback', '--mail-dir', mails]);
    const passwords = emu.snapshot().users.map((u) => u.password);
    const second = await cli(['apply', '--auto-approve', '--no-writeback', '--mail-dir', mails]);

    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Onboarding: 7 e-mail(s) sent, 0 pending\n');
    const sent = await readMails(mails);
    expect([...sent.keys()]).toEqual(['1101', '1102', '1103', '1104', '1201', '1202', '1203']);
    const amelie = sent.get('1101');
    expect(amelie?.subject).toBe('Votre téléphone : poste 6701');
    expect(amelie?.to).toMatchObject({ text: 'amelie.dupont-lefevre@example.com' });
    expect(amelie?.text).toContain("Numéro direct : 0123456701 (depuis l'étranger : +33 1 23 45 67 01)");
    expect(amelie?.html).toContain('<td>Poste</td><td>6701</td>');
    for (const [key, mail] of sent) {
      expectWorkingCredentials(emu, key, mail.text ?? '');
      expect(await logIn(emu, mail.text ?? ''), `${key} logs in with the mailed password`).toBe(200);
    }
    expect(await logIn(emu, 'Login: adupontlefevre\nPassword: wrong')).toBe(401);
    expect(second.code, second.err).toBe(0);
    expect(second.out).toBe('No changes: XiVO matches the state.\n');
    expect(emu.snapshot().users.map((u) => u.password)).toEqual(passwords);
    expect((await readdir(mails)).length).toBe(7);

    // The admin resends Amélie's credentials: a new mail beside the first, whose password replaces it.
    const resent = await cli(['notify', '--resend', '1101', 'nobody', '--mail-dir', mails]);
    const again = await simpleParser(await readFile(path.join(mails, '1101-2.eml')));
    expect(resent.code).toBe(1);
    expect(resent.out).toBe('Onboarding: 1 e-mail(s) sent, 0 pending\n');
    expect(resent.err).toBe('--resend nobody: no active person with this key in XiVO\n');
    expect(await logIn(emu, again.text ?? '')).toBe(200);
    expect(await logIn(emu, amelie?.text ?? '')).toBe(401);
  });

  it('stops before touching XiVO when the templates or the SMTP login are missing', async () => {
    const { emu, repo, mails, cli } = await example();
    await rm(path.join(repo, 'mappings', 'templates'), { recursive: true });
    const before = emu.requestLog.countWrites();

    const noTemplates = await cli(['apply', '--auto-approve', '--no-writeback', '--mail-dir', mails]);
    await cp(path.join(repoRoot, 'mappings', 'templates'), path.join(repo, 'mappings', 'templates'), {
      recursive: true,
    });
    const noLogin = await cli(['apply', '--auto-approve', '--no-writeback']);

    expect(noTemplates.code).toBe(1);
    expect(noTemplates.err).toMatch(
      /templates\/onboarding\.en\.txt is missing: English is every language's fallback/,
    );
    expect(noLogin.code).toBe(1);
    expect(noLogin.err).toMatch(/notify\.smtp\.user: .*SMTP_USER/);
    expect(emu.requestLog.countWrites()).toBe(before);
  });

  it('never mails users that existed before onboarding was turned on', async () => {
    const { emu, mails, cli } = await example();
    expect((await cli(['apply', '--auto-approve', '--no-writeback', '--no-notify'])).code).toBe(0);
    const passwords = emu.snapshot().users.map((u) => u.password);

    const run = await cli(['apply', '--auto-approve', '--no-writeback', '--mail-dir', mails]);

    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe('No changes: XiVO matches the state.\n');
    expect(await readdir(mails)).toEqual([]);
    expect(emu.snapshot().users.map((u) => u.password)).toEqual(passwords);
    const marker = emu.snapshot().callPermissions.find((p) => p.name === 'xivo-sync-onboarded');
    expect(marker?.enabled).toBe(false);
    expect(
      emu.snapshot().userCallPermissions.filter((m) => m.call_permission_id === marker?.id),
    ).toHaveLength(7);
  });

  it('with the SMTP relay down, XiVO converges and the mails stay pending; a later run sends each once', async () => {
    const sink = await startSmtpSink();
    const smtp = { SMTP_HOST: '127.0.0.1', SMTP_USER: 'relay', SMTP_PASSWORD: 'relay-secret' };
    const { emu, cli } = await example(smtp);

    const down = await cli(['apply', '--auto-approve', '--no-writeback'], {
      SMTP_PORT: String(await closedPort()),
    });
    const plan = await cli(['plan', '--detailed-exitcode']);
    const up = await cli(['apply', '--auto-approve', '--no-writeback'], { SMTP_PORT: String(sink.port) });
    const again = await cli(['apply', '--auto-approve', '--no-writeback'], { SMTP_PORT: String(sink.port) });

    expect(down.code).toBe(1);
    expect(down.out).toContain('Onboarding: 0 e-mail(s) sent, 7 pending\n');
    expect(down.err).toMatch(/^onboarding e-mail for 1101 not sent \(will be retried\): mail to amelie/m);
    expect(plan.code, plan.out).toBe(0);
    expect(up.code, up.err).toBe(0);
    expect(up.out).toBe('No changes: XiVO matches the state.\nOnboarding: 7 e-mail(s) sent, 0 pending\n');
    expect(again.out).toBe('No changes: XiVO matches the state.\n');
    const received = await sink.waitForMessages(7);
    expect(received).toHaveLength(7);
    expect(new Set(received.map((m) => m.envelope.rcptTo[0]?.address)).size).toBe(7);
    const byAddress = new Map(emu.snapshot().users.map((u) => [u.email, u.userfield]));
    for (const { envelope, mail } of received)
      expectWorkingCredentials(
        emu,
        String(byAddress.get(envelope.rcptTo[0]?.address ?? '')),
        mail.text ?? '',
      );
    await sink.stop();
  });
});
