import path from 'node:path';
import { unlockApply } from '../../apply/index.ts';
import { ExitCode } from '../context.ts';
import type { RegisterCommand } from './index.ts';

/** `xivo-sync unlock`: shows the apply lock; `--force` removes it. */
export const registerUnlock: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('unlock')
    .description('show the apply lock (holder, since, expiry); --force removes a stranded one')
    .option('--dir <dir>', 'repository holding mappings/ (default: current directory)')
    .option('--force', 'remove the apply lock, whoever holds it')
    .action(async (flags: { dir?: string; force?: boolean }) => {
      const { lock, removed } = await unlockApply({
        repoDir: path.resolve(ctx.cwd, flags.dir ?? '.'),
        env: ctx.env,
        cwd: ctx.cwd,
        onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
        force: flags.force === true,
        now: () => ctx.now().getTime(),
      });
      if (lock === undefined) ctx.stdout('no apply lock is held\n');
      else {
        const state = lock.expired ? 'expired: the next apply takes it over' : 'active';
        ctx.stdout(
          `apply lock: held by ${lock.holder} since ${lock.since}, expires ${lock.expires} (${state})\n`,
        );
        ctx.stdout(
          removed
            ? 'apply lock removed\n'
            : 'pass --force to remove it, once that apply is known to be stopped\n',
        );
      }
      setExitCode(ExitCode.ok);
    });
};
