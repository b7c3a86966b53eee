import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';

describe('xivo-sync --help', () => {
  it('lists the commands and exits 0', async () => {
    const io = captureCli();

    const code = await runCli(['--help'], io.ctx);

    expect(code).toBe(0);
    expect(io.out()).toContain('validate');
  });

  it('rejects an unknown command with exit code 1', async () => {
    const io = captureCli();

    const code = await runCli(['frobnicate'], io.ctx);

    expect(code).toBe(1);
    expect(io.err()).toMatch(/unknown command 'frobnicate'/);
  });
});
