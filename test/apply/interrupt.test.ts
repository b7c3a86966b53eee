import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectApplyLock } from '../../src/apply/index.ts';
import { countDuplicates, startScenario } from '../scenarios/harness.ts';

const MAIN = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
/** The repository's example state: 7 people to create, about 95 steps. */
const STATE = '../../../state/users';

describe('apply stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s: no new step, the report printed, the apply lock released, exit %i; a re-run converges',
    { timeout: 60_000 },
    async (signal, exitCode) => {
      const s = await startScenario();
      await s.useState(STATE);
      // Slow enough, one step at a time, that the signal lands mid-run.
      s.emu.setFaults({ latencyMs: 20 });
      const child = spawn(
        process.execPath,
        [MAIN, 'apply', '--auto-approve', '--concurrency', '1', '--dir', s.repo],
        { env: { PATH: process.env['PATH'], ...s.env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setInterval(() => {
        if (s.emu.requestLog.countWrites() >= 10) {
          child.kill(signal);
          clearInterval(timer);
        }
      }, 2);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearInterval(timer);
      s.emu.setFaults({});

      expect(code).toBe(exitCode);
      expect(stderr).toContain(`apply stopped by ${signal}`);
      expect(stdout).toMatch(/Apply: \d+ ok, 0 failed, [1-9]\d* blocked/);
      expect(stdout).toContain(`not started: interrupted by ${signal}`);
      expect(await inspectApplyLock(s.port)).toBeUndefined();
      const rerun = await s.cli(['apply', '--auto-approve']);
      expect(rerun.code).toBe(0);
      expect((await s.plan()).steps).toEqual([]);
      expect(countDuplicates(s.emu)).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
    },
  );
});
