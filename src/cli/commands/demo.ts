import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { startEmulator } from '../../emulator/index.ts';
import { UsageError } from '../../errors.ts';
import { EXPORT_BRANCH } from '../../git/index.ts';
import { applyLdifChanges, parseLdif, parseLdifChanges, renderLdifContent } from '../../ldap/index.ts';
import { type CliContext, ExitCode } from '../context.ts';
import { runCli } from '../program.ts';
import type { RegisterCommand } from './index.ts';

/** The package's own folder: the demo uses the shipped mappings/ and examples/demo/. */
const PACKAGE = path.resolve(import.meta.dirname, '../../..');
const DEMO_DATA = path.join(PACKAGE, 'examples', 'demo');
// The emulator's logins: a throw-away XiVO on loopback, printed so that `--keep` can be explored.
const LOGIN = { user: 'demo', password: 'demo', wsUser: 'demo-ws', wsPassword: 'demo-ws' } as const;

/**
 * `xivo-sync demo`: the whole GitOps loop on embedded defaults, three times. A thin script: each
 * stage is the real command, run in-process as a user would type it (the line is printed first),
 * against the built-in emulator, an LDIF directory and git repositories in a temporary folder.
 */
export const registerDemo: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('demo')
    .description(
      'run the whole loop on a laptop: export → pull request → apply → write-back → e-mail → git note, three times',
    )
    .option('--dir <dir>', 'an empty or new folder to work in (default: a new temporary folder)')
    .option('--keep', 'leave the XiVO emulator running at the end, for exploring with curl (Ctrl-C stops it)')
    .action(async (flags: { dir?: string; keep?: boolean }) => {
      const started = Date.now();
      const work = await workFolder(ctx, flags.dir);
      const emulator = await startEmulator({
        seed: 'example',
        authUser: LOGIN.user,
        authPassword: LOGIN.password,
        wsUser: LOGIN.wsUser,
        wsPassword: LOGIN.wsPassword,
        dataFile: path.join(work, 'xivo-emulator.json'),
      });
      try {
        const demo = new Demo(ctx, work, {
          XIVO_URL: emulator.url,
          XIVO_USER: LOGIN.user,
          XIVO_PASSWORD: LOGIN.password,
          XIVO_WS_USER: LOGIN.wsUser,
          XIVO_WS_PASSWORD: LOGIN.wsPassword,
          XIVO_SYNC_GIT_AUTHOR: 'xivo-sync demo <xivo-sync@example.com>',
        });
        ctx.stdout(
          `xivo-sync demo, in ${work}\n` +
            `XiVO: the built-in emulator of a XiVO 16.15 at ${emulator.url}, seeded with its contexts, call\n` +
            '  permissions and three hand-made users (Reception Desk, Meeting Room, Night Operator).\n' +
            'Directory: Exemple SA (examples/demo/company.ldif), read as LDIF. No e-mail leaves the machine.\n',
        );
        await demo.setUp();
        await demo.cycle(1, 'Exemple SA arrives: every person becomes a XiVO user');
        await demo.changeDirectory();
        await demo.cycle(2, 'a move from Paris to Lyon, a departure and a new hire');
        await demo.cycle(3, 'nothing changed in the directory');
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        ctx.stdout(
          `\n== done in ${seconds} s. Everything is in ${work}:\n` +
            `  repository     ${demo.repo}  (git log --notes=xivo-sync; its remote: ${demo.remote})\n` +
            `  pull requests  ${path.join(work, 'pull-request-*.md')}\n` +
            `  e-mails        ${demo.mails}  (.eml files)\n` +
            `  write-back     ${path.join(work, 'writeback-*.ldif')}  (LDIF change files)\n` +
            `  directory      ${demo.directory}\n` +
            `  XiVO data      ${path.join(work, 'xivo-emulator.json')}\n`,
        );
        if (flags.keep === true) await keepRunning(ctx, emulator.url);
      } finally {
        await emulator.close();
      }
      setExitCode(ExitCode.ok);
    });
};

async function workFolder(ctx: CliContext, dir: string | undefined): Promise<string> {
  if (dir === undefined) return mkdtemp(path.join(os.tmpdir(), 'xivo-sync-demo-'));
  const work = path.resolve(ctx.cwd, dir);
  await mkdir(work, { recursive: true });
  if ((await readdir(work)).length > 0)
    throw new UsageError(`--dir ${work}: not empty; the demo needs an empty folder`);
  return work;
}

async function keepRunning(ctx: CliContext, url: string): Promise<void> {
  ctx.stdout(
    `\nThe XiVO emulator keeps running at ${url} (Ctrl-C stops it). For example:\n` +
      `  TOKEN=$(curl -s -u ${LOGIN.user}:${LOGIN.password} -H 'Content-Type: application/json' -d '{"backend":"xivo_service"}' ${url}/0.1/token | sed 's/.*"token": *"\\([^"]*\\)".*/\\1/')\n` +
      `  curl -s -H "X-Auth-Token: $TOKEN" '${url}/1.1/users?search=Lyon'\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

class Demo {
  readonly remote: string;
  readonly repo: string;
  readonly mails: string;
  readonly directory: string;
  private readonly ctx: CliContext;
  private readonly work: string;
  private readonly env: Record<string, string>;

  constructor(ctx: CliContext, work: string, env: Record<string, string>) {
    this.ctx = ctx;
    this.work = work;
    this.env = env;
    this.remote = path.join(work, 'remote.git');
    this.repo = path.join(work, 'repo');
    this.mails = path.join(work, 'mails');
    this.directory = path.join(work, 'directory.ldif');
  }

  /** A bare remote, a clone with the shipped mappings/ and an empty state/, the directory as LDIF. */
  async setUp(): Promise<void> {
    this.heading('set-up: a git repository with the mappings of Exemple SA and an empty state/');
    await simpleGit(this.work).raw(['init', '--quiet', '--bare', '--initial-branch=main', this.remote]);
    await simpleGit(this.work).clone(this.remote, this.repo, ['--quiet']);
    const git = simpleGit(this.repo);
    // The demo's own identity, whatever the user's git configuration says (signing, hooks).
    for (const [key, value] of [
      ['user.name', 'Telephony Admin'],
      ['user.email', 'admin@example.com'],
      ['commit.gpgsign', 'false'],
    ] as const)
      await git.addConfig(key, value);
    await cp(path.join(PACKAGE, 'mappings'), path.join(this.repo, 'mappings'), { recursive: true });
    await cp(path.join(PACKAGE, 'schemas'), path.join(this.repo, 'schemas'), { recursive: true });
    await mkdir(path.join(this.repo, 'state', 'users'), { recursive: true });
    await writeFile(path.join(this.repo, 'state', 'users', '.gitkeep'), '');
    await git.add(['-A']);
    await git.commit('mappings of Exemple SA, empty state/');
    await git.raw(['push', '--quiet', '-u', 'origin', 'main']);
    await cp(path.join(DEMO_DATA, 'company.ldif'), this.directory);
    this.ctx.stdout(`  ${this.repo}: mappings/ and schemas/ committed on main, pushed to ${this.remote}\n`);
  }

  /** The directory of the second cycle: examples/demo/cycle-2.ldif applied to the first. */
  async changeDirectory(): Promise<void> {
    this.heading('the directory changes: someone moves to Lyon, someone leaves, someone is hired');
    await this.applyChanges(path.join(DEMO_DATA, 'cycle-2.ldif'), '# examples/demo/cycle-2.ldif');
  }

  /**
   * An LDIF change file applied to the directory, as `ldapmodify -f` applies it to a server: the
   * demo's directory is an LDIF file.
   */
  private async applyChanges(file: string, comment: string): Promise<void> {
    const changes = parseLdifChanges(await readFile(file, 'utf8'), path.basename(file));
    this.command(`ldapmodify -f ${file}   ${comment}`);
    if (changes.length === 0) {
      this.ctx.stdout('  nothing to change\n');
      return;
    }
    const entries = parseLdif(await readFile(this.directory, 'utf8'), 'directory.ldif');
    const after = applyLdifChanges(entries, changes, path.basename(file));
    await writeFile(
      this.directory,
      renderLdifContent(after, { comment: 'examples/demo/company.ldif, changed by the demo' }),
    );
    for (const change of changes) this.ctx.stdout(`  ${change.changetype} ${change.dn}\n`);
  }

  async cycle(n: number, title: string): Promise<void> {
    this.heading(`cycle ${n}: ${title}`);
    const git = simpleGit(this.repo);
    const report = path.join(this.work, `export-report-${n}.json`);
    const before = await this.branchHead(EXPORT_BRANCH);
    const exported = await this.run(
      ['export', '--source', `ldif:${this.directory}`, '--xivo', '--json', '--commit', '--push'],
      { stdoutTo: report },
    );
    this.ctx.stdout(`  (the export report is in ${report})\n`);
    if (exported !== ExitCode.ok || (await this.branchHead(EXPORT_BRANCH)) === before) {
      this.ctx.stdout('  nothing to propose: no commit, so no pull request and nothing to merge\n');
    } else {
      const body = path.join(this.work, `pull-request-${n}.md`);
      await this.run(['pr', '--export-report', report], { stdoutTo: body, show: 'head' });
      this.ctx.stdout(
        `  (the whole pull request, with the details per site and the raw JSON diffs: ${body})\n`,
      );
      this.command(`git merge --no-ff ${EXPORT_BRANCH} && git push   # a reviewer merges the pull request`);
      await git.raw(['merge', '--quiet', '--no-ff', '-m', `Merge branch '${EXPORT_BRANCH}'`, EXPORT_BRANCH]);
      await git.raw(['push', '--quiet', 'origin', 'main']);
    }
    const mailsBefore = await this.mailCount();
    await this.run(['apply', '--auto-approve', '--no-writeback', '--mail-dir', this.mails]);
    this.ctx.stdout(
      `  ${(await this.mailCount()) - mailsBefore} onboarding e-mail(s) written to ${this.mails}\n`,
    );
    const writeBack = path.join(this.work, `writeback-${n}.ldif`);
    await this.run(['writeback', '--dry-run', '--source', `ldif:${this.directory}`, '--ldif-out', writeBack]);
    await this.applyChanges(writeBack, '# the directory takes what XiVO holds');
    this.command('git push origin refs/notes/xivo-sync && git log --notes=xivo-sync -1');
    await git.raw(['push', '--quiet', 'origin', 'refs/notes/xivo-sync']);
    this.ctx.stdout(indent(await git.raw(['log', '--notes=xivo-sync', '-1', '--format=%h %s%n%N'])));
  }

  /**
   * One command as a user types it in the repository; its output shown (or saved to a file, and
   * its beginning shown). A failing stage stops the demo: it is there to show the loop working.
   */
  private async run(argv: string[], options: { stdoutTo?: string; show?: 'head' } = {}): Promise<number> {
    // Paths as a user in the repository would type them.
    const shown = argv.map((a) =>
      a.replace(/^(ldif:)?(\/.*)$/, (all, scheme: string | undefined, file: string) =>
        file.startsWith(this.work) ? `${scheme ?? ''}${path.relative(this.repo, file)}` : all,
      ),
    );
    this.command(`xivo-sync ${shown.join(' ')}`);
    let captured = '';
    const code = await runCli(argv, {
      ...this.ctx,
      cwd: this.repo,
      env: this.env,
      stdout: options.stdoutTo === undefined ? this.ctx.stdout : (text) => (captured += text),
    });
    if (options.stdoutTo !== undefined) {
      await writeFile(options.stdoutTo, captured);
      if (options.show === 'head') this.ctx.stdout(indent(captured.split('\n### Details per site')[0]!));
    }
    if (code !== ExitCode.ok)
      throw new UsageError(`the demo stopped: xivo-sync ${argv[0]} exited with ${code}`);
    return code;
  }

  private command(line: string): void {
    this.ctx.stdout(`\n$ ${line}\n`);
  }

  private heading(text: string): void {
    this.ctx.stdout(`\n== ${text}\n`);
  }

  private async branchHead(branch: string): Promise<string | undefined> {
    return simpleGit(this.repo)
      .raw(['rev-parse', '--verify', '--quiet', branch])
      .then((sha) => sha.trim() || undefined)
      .catch(() => undefined);
  }

  private async mailCount(): Promise<number> {
    return (await readdir(this.mails).catch(() => [])).filter((f) => f.endsWith('.eml')).length;
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
    .concat('\n');
}
