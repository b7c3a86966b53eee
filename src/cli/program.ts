import { Command, CommanderError } from 'commander';
import { ReconcilerError, SafetyError, InternalError, formatErrorChain } from '../errors.ts';
import { formatIssue } from './format-issue.ts';
import { ExitCode, type CliContext } from './context.ts';
import { commands } from './commands/index.ts';

/**
 * Runs the CLI in-process and resolves to the exit code. This is the single catch-all of the tool:
 * known errors print their message and cause chain, unknown ones print "this is a bug".
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command('xivo-sync')
    .description('Keep XiVO in step with an enterprise directory, through reviewed state in git.')
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
    .showHelpAfterError('(run xivo-sync --help for usage)');
  try {
    // Only the command being run is loaded; help, an unknown command or no command loads them all.
    const named = commands.filter((command) => command.name === argv[0]);
    for (const command of named.length > 0 ? named : commands) {
      const register = await command.load();
      register(program, ctx, (code) => {
        exitCode = code;
      });
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

function reportError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    // Help and version requests also arrive here, with exit code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.error;
  }
  if (error instanceof SafetyError) {
    ctx.stderr(`refused: ${formatErrorChain(error)}\n`);
    return ExitCode.refused;
  }
  if (error instanceof InternalError || !(error instanceof ReconcilerError)) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    ctx.stderr(`internal error (this is a bug, please report it):\n${detail}\n`);
    return ExitCode.error;
  }
  // Invalid mappings/ or state/: every problem on its own line, as `validate` lists it, then the error.
  for (const issue of error.issues) ctx.stderr(`${formatIssue(issue)}\n`);
  ctx.stderr(`error: ${formatErrorChain(error)}\n`);
  return ExitCode.error;
}
