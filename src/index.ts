// Library entry point: the CLI is a thin layer over these named exports.
export * from './errors.ts';
export { runCli, ExitCode, type CliContext } from './cli/index.ts';
