import path from 'node:path';
import {
  appliedCommit,
  readApplyRecords,
  renderApplyHistory,
  renderPersonHistory,
  stateFileHistory,
} from '../../git/index.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../context.ts';
import type { RegisterCommand } from './index.ts';

/**
 * `xivo-sync history [<key>]`: the applies recorded in git (refs/notes/xivo-sync), or one person's
 * timeline: the commits that changed their state file and the applies that acted on them.
 */
export const registerHistory: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('history')
    .description('the applies recorded in git, or one person’s timeline (commits and applies)')
    .argument('[key]', 'a person’s key (their state file name)')
    .option('--dir <dir>', 'the state repository (default: current directory)')
    .action(async (key: string | undefined, flags: { dir?: string }) => {
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      if (key !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(key))
        throw new UsageError(`'${key}' is not a key: 1 to 128 letters, digits, '.', '_' or '-'`);
      if ((await appliedCommit(repoDir)) === undefined)
        throw new UsageError(`${repoDir} is not a git repository with a commit: history reads git`);
      const applied = await readApplyRecords(repoDir);
      ctx.stdout(
        key === undefined
          ? renderApplyHistory(applied)
          : renderPersonHistory(key, await stateFileHistory(repoDir, `state/users/${key}.json`), applied),
      );
      setExitCode(ExitCode.ok);
    });
};
