import path from 'node:path';
import { runOnboarding } from '../../notify/index.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../context.ts';
import type { RegisterCommand } from './index.ts';

interface NotifyFlags {
  dir?: string;
  stateDir?: string;
  resend?: string[];
  mailDir?: string;
  lockTimeout: string;
}

/**
 * `xivo-sync notify`: sends the onboarding e-mails still pending (e.g. after the SMTP relay was
 * down); `--resend <key…>` sets fresh credentials and mails these people again, for the admin.
 */
export const registerNotify: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('notify')
    .description('send the pending onboarding e-mails; --resend <key...> mails fresh credentials again')
    .option('--dir <dir>', 'repository holding mappings/ and state/ (default: current directory)')
    .option('--state-dir <dir>', 'state directory (default: <dir>/state)')
    .option('--resend <key...>', 'set fresh credentials and send the e-mail again to these people')
    .option('--mail-dir <dir>', 'write the e-mails there as .eml files instead of sending them')
    .option('--lock-timeout <seconds>', 'how long to wait for a running apply', '0')
    .action(async (flags: NotifyFlags) => {
      if (!/^\d+$/.test(flags.lockTimeout))
        throw new UsageError(`--lock-timeout must be a whole number, got '${flags.lockTimeout}'`);
      const outcome = await runOnboarding({
        repoDir: path.resolve(ctx.cwd, flags.dir ?? '.'),
        stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
        env: ctx.env,
        cwd: ctx.cwd,
        onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
        ...(flags.mailDir === undefined ? {} : { mailDir: flags.mailDir }),
        ...(flags.resend === undefined ? {} : { resend: new Set(flags.resend) }),
        lockTimeoutMs: Number(flags.lockTimeout) * 1000,
      });
      if (outcome === undefined) {
        throw new UsageError('onboarding is off: set notify: in mappings/ or give --mail-dir');
      }
      ctx.stdout(`Onboarding: ${outcome.sent.length} e-mail(s) sent, ${outcome.failed.length} pending\n`);
      for (const f of outcome.failed) ctx.stderr(`onboarding e-mail for ${f.key} not sent: ${f.message}\n`);
      const unknown = (flags.resend ?? []).filter(
        (k) => !outcome.sent.includes(k) && !outcome.failed.some((f) => f.key === k),
      );
      for (const key of unknown) ctx.stderr(`--resend ${key}: no active person with this key in XiVO\n`);
      setExitCode(outcome.failed.length + unknown.length === 0 ? ExitCode.ok : ExitCode.error);
    });
};
