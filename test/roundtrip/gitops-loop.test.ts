import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Attribute, Change, Client } from 'ldapts';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { parseLdifChanges } from '../../src/ldap/index.ts';
import { startSlapd } from '../services/slapd.ts';
import { startSmtpSink } from '../services/smtp.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { startForgeStandIn } from '../helpers/forge-stand-in.ts';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';
import { git } from '../helpers/git.ts';
import { pointMappingsAt } from '../helpers/slapd-mappings.ts';

// The GitOps loop as the workflows run it, with real parts: the demo's company in slapd, a bare git
// remote, the export branch and its pull request (a GitHub stand-in over HTTP), the merge, apply
// against the emulator over HTTP, mails through an SMTP server, write-back into slapd and the notes
// pushed. A second cycle carries a move, a departure and a hire; a third, nothing.

const DEMO = path.join(repoRoot, 'examples/demo');

describe('the GitOps loop', () => {
  it(
    'three cycles: a first pull request, an updated one for a change, then no pull request and no write',
    { timeout: 120_000 },
    async () => {
      const slapd = await startSlapd({ ldifFiles: [path.join(DEMO, 'company.ldif')] });
      onTestFinished(() => slapd.stop());
      const sink = await startSmtpSink();
      onTestFinished(() => sink.stop());
      const emu = await startTestEmulator({ seed: 'example' });
      const forge = await startForgeStandIn({ repository: 'acme/phones', githubToken: 'gh-test-token' });
      onTestFinished(() => forge.close());

      // The bare remote, and the clone the workflows check out: the example mappings, an empty state/.
      const work = await testdir('gitops-loop');
      const remote = path.join(work, 'remote.git');
      const repo = path.join(work, 'repo');
      git(work, 'init', '-q', '--bare', '-b', 'main', remote);
      git(work, 'clone', '-q', remote, repo);
      git(repo, 'config', 'user.name', 'Telephony Admin');
      git(repo, 'config', 'user.email', 'admin@example.com');
      await cp(path.join(repoRoot, 'mappings'), path.join(repo, 'mappings'), { recursive: true });
      await pointMappingsAt(repo, slapd);
      await mkdir(path.join(repo, 'state', 'users'), { recursive: true });
      await writeFile(path.join(repo, 'state', 'users', '.gitkeep'), '');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'mappings');
      git(repo, 'push', '-q', 'origin', 'main');

      const env = {
        ...xivoEnv(emu),
        LDAP_BIND_PASSWORD: slapd.adminPassword,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(sink.port),
        SMTP_USER: 'relay',
        SMTP_PASSWORD: 'relay-secret',
        GITHUB_TOKEN: 'gh-test-token',
        GITHUB_REPOSITORY: 'acme/phones',
        GITHUB_API_URL: forge.url,
        XIVO_SYNC_GIT_AUTHOR: 'Export Bot <export@example.com>',
      };
      const cli = async (...argv: string[]) => {
        const { ctx, out, err } = captureCli({ cwd: repo, env, now: () => new Date() });
        const code = await runCli(argv, ctx);
        return { code, out: out(), err: err() };
      };
      const ldap = new Client({ url: slapd.url });
      await ldap.bind(slapd.adminDn, slapd.adminPassword);
      onTestFinished(() => ldap.unbind());
      const attribute = async (uid: string, name: string): Promise<unknown> =>
        (await ldap.search(`uid=${uid},ou=people,dc=example,dc=com`, { scope: 'base', attributes: [name] }))
          .searchEntries[0]?.[name];
      const userOf = (key: string) => emu.snapshot().users.find((u) => u.userfield === key);

      /** export.yml, then the merge, then apply.yml: what each cycle runs. */
      const cycle = async (n: number) => {
        const report = path.join(work, `export-report-${n}.json`);
        const exported = await cli('export', '--xivo', '--json', '--commit', '--push');
        expect(exported.code, exported.err).toBe(0);
        await writeFile(report, exported.out);
        const pr = await cli('pr', '--export-report', report);
        expect(pr.code, pr.err).toBe(0);
        if (/committed [0-9a-f]{12} on xivo-sync\/export/.test(exported.err)) {
          git(
            repo,
            'merge',
            '-q',
            '--no-ff',
            '-m',
            'Merge pull request from xivo-sync/export',
            'xivo-sync/export',
          );
          git(repo, 'push', '-q', 'origin', 'main');
        }
        const applied = await cli('apply', '--auto-approve');
        git(repo, 'push', '-q', 'origin', 'refs/notes/xivo-sync');
        const planned = await cli('plan', '--detailed-exitcode');
        return { exported, pr, applied, planned };
      };

      // Cycle 1: the company arrives.
      const first = await cycle(1);
      const opened = forge.writes();
      expect(opened.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/phones/pulls']);
      const openedBody = opened[0]!.body as { title: string; head: string; base: string; body: string };
      expect(openedBody).toMatchObject({
        title: 'xivo-sync export: 46 new, 1 disabled, 3 rejected',
        head: 'xivo-sync/export',
        base: 'main',
      });
      expect(openedBody.body).toContain('| **all** | 46 | 1 |');
      expect(openedBody.body).toContain(
        '| uid=jcarre,ou=people,dc=example,dc=com | telephonenumber | 04 72 10 01 24 | sites\\[1\\].did |',
      );
      expect(openedBody.body).toContain('`xivo-sync validate`: no problem.');
      expect(first.applied.code, first.applied.err).toBe(0);
      expect(first.applied.out).toContain('Onboarding: 46 e-mail(s) sent, 0 pending\n');
      expect(first.applied.out).toContain('Write-back: 46 entries modified, 0 failed, 0 not found\n');
      expect(first.planned.code, first.planned.out).toBe(0);
      expect(await sink.waitForMessages(46)).toHaveLength(46);
      expect(await attribute('adupontlefevre', 'pager')).toBe('6701');
      expect(await attribute('adupontlefevre', 'telephoneNumber')).toBe('+33123456701');
      const firstNote = JSON.parse(git(remote, 'notes', '--ref=xivo-sync', 'show', 'main')) as {
        status: string;
      };
      expect(firstNote.status).toBe('applied');

      // Cycle 2: the directory changes as examples/demo/cycle-2.ldif says, on the server.
      const changes = parseLdifChanges(
        await readFile(path.join(DEMO, 'cycle-2.ldif'), 'utf8'),
        'cycle-2.ldif',
      );
      for (const change of changes) {
        // memberOf is the server's (the memberof overlay keeps it from the groups' member values).
        if (change.changetype === 'add') {
          const { memberof: _, ...attributes } = change.entry.attributes;
          await ldap.add(change.entry.dn, attributes);
        } else if (change.changetype === 'delete') {
          await ldap.del(change.dn);
        } else {
          await ldap.modify(
            change.dn,
            change.modifications
              .filter((m) => m.attribute.toLowerCase() !== 'memberof')
              .map(
                (m) =>
                  new Change({
                    operation: m.operation,
                    modification: new Attribute({ type: m.attribute, values: m.values.map(String) }),
                  }),
              ),
          );
        }
      }
      const second = await cycle(2);
      const updated = forge.writes().slice(opened.length);
      expect(updated.map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/acme/phones/pulls/1']);
      const updatedBody = updated[0]!.body as { title: string; body: string };
      expect(updatedBody.title).toBe('xivo-sync export: 1 new, 1 renumbered, 1 disabled, 3 rejected');
      expect(updatedBody.body).toContain('- **Hugo Lemaître** (lyon): ext 6717 → 2016 (renumbered)');
      expect(second.applied.code, second.applied.err).toBe(0);
      expect(second.applied.out).toContain('Onboarding: 1 e-mail(s) sent, 0 pending\n');
      expect(second.planned.code, second.planned.out).toBe(0);
      expect(await attribute('hlemaitre', 'pager')).toBe('2016');
      expect(await attribute('hlemaitre', 'telephoneNumber')).toBe('+33472100026');
      expect(userOf('1219')?.enabled).toBe(false);
      expect(userOf('1223')?.enabled).toBe(true);
      expect((await sink.waitForMessages(47)).at(-1)?.envelope.rcptTo[0]?.address).toMatch(
        /^nadia\.benhamou@/,
      );

      // Cycle 3: nothing changed: no commit, no pull request request, no XiVO write, no LDAP write, no mail.
      const writes = emu.requestLog.countWrites();
      const third = await cycle(3);
      expect(third.exported.err).toContain('nothing to commit: state/ did not change\n');
      expect(third.pr.err).toContain(
        'xivo-sync/export has nothing that main lacks: no pull request to open or update\n',
      );
      expect(forge.writes()).toHaveLength(opened.length + updated.length);
      expect(third.applied.out).toBe('No changes: XiVO matches the state.\n');
      expect(emu.requestLog.countWrites()).toBe(writes);
      expect(sink.messages).toHaveLength(47);
      const notes = git(remote, 'notes', '--ref=xivo-sync', 'show', 'main').split('\n').filter(Boolean);
      expect(notes.map((line) => (JSON.parse(line) as { status: string }).status)).toEqual([
        'applied',
        'in-sync',
      ]);
    },
  );
});
