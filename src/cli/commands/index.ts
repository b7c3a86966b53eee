import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

/**
 * A command adds itself to the program and reports its exit code through `setExitCode`; it never
 * calls process.exit, so the CLI can run in-process in tests.
 */
export type RegisterCommand = (
  program: Command,
  ctx: CliContext,
  setExitCode: (code: number) => void,
) => void;

/**
 * Every command, by name, loaded on demand: each one pulls in its own dependencies (the XiVO client,
 * the emulator's HTTP server, the LDAP client, schema compilation), and loading all of them would add
 * a few hundred milliseconds to every run. Listed in the order `--help` shows them.
 */
export const commands: readonly { name: string; load: () => Promise<RegisterCommand> }[] = [
  { name: 'demo', load: async () => (await import('./demo.ts')).registerDemo },
  { name: 'validate', load: async () => (await import('./validate.ts')).registerValidate },
  { name: 'emulator', load: async () => (await import('./emulator.ts')).registerEmulator },
  { name: 'plan', load: async () => (await import('./plan.ts')).registerPlan },
  { name: 'apply', load: async () => (await import('./apply.ts')).registerApply },
  { name: 'export', load: async () => (await import('./export.ts')).registerExport },
  { name: 'diff', load: async () => (await import('./diff.ts')).registerDiff },
  { name: 'explain', load: async () => (await import('./explain.ts')).registerExplain },
  { name: 'writeback', load: async () => (await import('./writeback.ts')).registerWriteBack },
  { name: 'notify', load: async () => (await import('./notify.ts')).registerNotify },
  { name: 'pr', load: async () => (await import('./pr.ts')).registerPr },
  { name: 'history', load: async () => (await import('./history.ts')).registerHistory },
  { name: 'unlock', load: async () => (await import('./unlock.ts')).registerUnlock },
];
