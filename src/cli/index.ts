export { runCli } from './program.ts';
export { ExitCode, type CliContext } from './context.ts';
