import type { CliContext } from '../../src/cli/index.ts';

/** A CLI context whose output is captured, for running commands in-process. */
export function captureCli(overrides: Partial<CliContext> = {}): {
  ctx: CliContext;
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    cwd: process.cwd(),
    env: {},
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    now: () => new Date('2026-11-26T12:00:00Z'),
    isTty: false,
    ...overrides,
  };
  return { ctx, out: () => out, err: () => err };
}
