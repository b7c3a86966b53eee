import { expect } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
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

/**
 * `xivo-sync export` in-process; when it succeeds, `xivo-sync validate` must accept what it wrote
 * (an export never leaves a state validate refuses), else the test fails with validate's output.
 */
export async function runExportChecked(args: string[], ctx: CliContext): Promise<number> {
  const code = await runCli(['export', ...args], ctx);
  if (code === 0) {
    const check = captureCli({ cwd: ctx.cwd, env: ctx.env, now: ctx.now });
    const dir = args.indexOf('--dir');
    const valid = await runCli(['validate', ...(dir >= 0 ? ['--dir', args[dir + 1] ?? '.'] : [])], check.ctx);
    expect(`${check.out()}${check.err()}`, 'validate refuses what export wrote').toMatch(/^ok: /);
    expect(valid).toBe(0);
  }
  return code;
}
