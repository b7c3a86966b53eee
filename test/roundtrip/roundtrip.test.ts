import path from 'node:path';
import { Client } from 'ldapts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { ApplyRecord } from '../../src/git/index.ts';
import { startSlapd } from '../services/slapd.ts';
import { startSmtpSink } from '../services/smtp.ts';
import { captureCli } from '../helpers/cli.ts';
import { git } from '../helpers/git.ts';
import { pointMappingsAt } from '../helpers/slapd-mappings.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy, repoRoot } from '../helpers/tmp-dir.ts';

// The whole loop with real parts: export from slapd into a git repository, apply to the emulator over
// HTTP, the onboarding mails through an SMTP server (parsed back), write-back to slapd, the record on
// the commit. Then the loop again with nothing changed: 0 LDAP modifications, 0 mails, 0 XiVO writes.

describe('the full round trip', () => {
  it(
    'export → apply → mails → write-back → git note; the next loops change nothing in state, and the last one nothing anywhere',
    { timeout: 60_000 },
    async () => {
      const slapd = await startSlapd({
        ldifFiles: [path.join(repoRoot, 'test/fixtures/directory/example-company.ldif')],
      });
      onTestFinished(() => slapd.stop());
      // One mailbox does not exist: its person is reported, the others are delivered.
      const sink = await startSmtpSink({ refuse: ['francois-xavier.lhote@example.com'] });
      onTestFinished(() => sink.stop());
      const emu = await startTestEmulator({ seed: 'example' });
      const repo = await exampleCopy();
      await pointMappingsAt(repo, slapd);
      const env = {
        ...xivoEnv(emu),
        LDAP_BIND_PASSWORD: slapd.adminPassword,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(sink.port),
        SMTP_USER: 'relay',
        SMTP_PASSWORD: 'relay-secret',
      };
      const cli = async (argv: string[]) => {
        const { ctx, out, err } = captureCli({ cwd: repo, env });
        const code = await runCli(argv, ctx);
        return { code, out: out(), err: err() };
      };
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'config', 'user.name', 'Export Bot');
      git(repo, 'config', 'user.email', 'export@example.com');
      const ldap = new Client({ url: slapd.url });
      await ldap.bind(slapd.adminDn, slapd.adminPassword);
      onTestFinished(() => ldap.unbind());
      const pager = async (uid: string): Promise<unknown> =>
        (
          await ldap.search(`uid=${uid},ou=people,dc=example,dc=com`, {
            scope: 'base',
            attributes: ['pager'],
          })
        ).searchEntries[0]?.['pager'];

      const exported = await cli(['export']);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'export');
      const applied = await cli(['apply', '--auto-approve']);
      const mails = await sink.waitForMessages(6);
      const record = JSON.parse(git(repo, 'notes', '--ref=xivo-sync', 'show', 'HEAD').trim()) as ApplyRecord;

      expect(exported.code, exported.err).toBe(0);
      expect(applied.code, applied.out + applied.err).toBe(1);
      expect(applied.out).toContain('Onboarding: 6 e-mail(s) sent, 1 pending\n');
      expect(applied.out).toContain('Write-back: 7 entries modified, 0 failed, 0 not found\n');
      expect(applied.err).toMatch(
        /^onboarding e-mail for 1102 not sent: mail to francois-xavier\.lhote@example\.com \(1102\): .*550/m,
      );
      expect(mails.map((m) => m.envelope.rcptTo[0]?.address).sort()).toHaveLength(6);
      expect(await pager('adupontlefevre')).toBe('6701');
      expect(record).toMatchObject({
        status: 'applied',
        steps: { failed: 0, blocked: 0 },
        mails: { pending: ['1102'] },
        writeBack: { written: 7, failed: [], notFound: [] },
      });
      expect(record.mails?.sent).toHaveLength(6);

      // Loop 2: the directory now shows each DID in telephoneNumber and XiVO's mobile numbers, and the
      // export reads neither into anything but what it already holds: no state change. François's
      // mailbox is fixed: his one mail goes out.
      const fixed = await startSmtpSink();
      onTestFinished(() => fixed.stop());
      env.SMTP_PORT = String(fixed.port);
      expect((await cli(['export'])).code).toBe(0);
      expect(git(repo, 'status', '--porcelain')).toBe('');
      const second = await cli(['apply', '--auto-approve']);

      expect(second.code, second.err).toBe(0);
      expect(second.out).toBe(
        'No changes: XiVO matches the state.\nOnboarding: 1 e-mail(s) sent, 0 pending\n',
      );
      expect((await fixed.waitForMessages(1)).map((m) => m.envelope.rcptTo[0]?.address)).toEqual([
        'francois-xavier.lhote@example.com',
      ]);

      // Loop 3: nothing changed anywhere: no state change, 0 XiVO writes, 0 LDAP modifications, 0 mails.
      const writes = emu.requestLog.countWrites();
      const reexported = await cli(['export']);
      const status = git(repo, 'status', '--porcelain');
      const third = await cli(['apply', '--auto-approve']);

      expect(reexported.code, reexported.err).toBe(0);
      expect(status).toBe('');
      expect(third.code, third.err).toBe(0);
      expect(third.out).toBe('No changes: XiVO matches the state.\n');
      expect(emu.requestLog.countWrites()).toBe(writes);
      expect(fixed.messages).toHaveLength(1);
      expect(sink.messages).toHaveLength(6);
      // Nothing was committed after the first export: the three applies are recorded on one commit.
      expect(git(repo, 'notes', '--ref=xivo-sync', 'show', 'HEAD').split('\n').filter(Boolean)).toHaveLength(
        3,
      );
    },
  );
});
