import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { registerValidate } from './validate.ts';
import { registerEmulator } from './emulator.ts';
import { registerPlan } from './plan.ts';
import { registerApply } from './apply.ts';
import { registerExport } from './export.ts';

/**
 * A command adds itself to the program and reports its exit code through `setExitCode`; it never
 * calls process.exit, so the CLI can run in-process in tests.
 */
export type RegisterCommand = (
  program: Command,
  ctx: CliContext,
  setExitCode: (code: number) => void,
) => void;

export const commands: readonly RegisterCommand[] = [
  registerValidate,
  registerEmulator,
  registerPlan,
  registerApply,
  registerExport,
];
