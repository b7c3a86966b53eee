import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenarios/harness.ts';
import {
  countDuplicates,
  countOrphans,
  projectInventory,
  projectState,
  readStates,
  restrictTo,
  startScenario,
} from '../scenarios/harness.ts';

const MAIN = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
/** The repository's example state: 7 people to create, 95 steps (lines, DIDs, voicemails, agents, permissions). */
const STATE = '../../../state/users';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  writesAtKill?: number;
}

/**
 * Runs `xivo-sync apply` as a real child process. With `killAfterWrites`, sends SIGKILL as soon as the
 * emulator has seen that many write requests: the process dies mid-plan, between or during steps.
 */
function runApply(s: Scenario, killAfterWrites?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [MAIN, 'apply', '--auto-approve', '--dir', s.repo, '--lock-ttl', '1', '--lock-timeout', '30'],
      { env: { PATH: process.env['PATH'], ...s.env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let writesAtKill: number | undefined;
    const timer =
      killAfterWrites === undefined
        ? undefined
        : setInterval(() => {
            const writes = s.emu.requestLog.countWrites();
            if (writes >= killAfterWrites) {
              writesAtKill = writes;
              child.kill('SIGKILL');
              clearInterval(timer);
            }
          }, 1);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stderr, writesAtKill });
    });
  });
}

/** A small deterministic PRNG (mulberry32), so the kill points are random but reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 95 steps plus the lock's own writes (the first write is the lock); kill points span the whole run.
const random = prng(20261126);
const KILL_POINTS = [1, 2, ...Array.from({ length: 10 }, () => 3 + Math.floor(random() * 92))].sort(
  (a, b) => a - b,
);

describe('apply killed with SIGKILL and re-run', () => {
  it.each(KILL_POINTS)(
    'killed after %i writes: the re-run converges with no duplicate and no orphan',
    { timeout: 60_000 },
    async (killAt) => {
      const s = await startScenario();
      s.emu.setFaults({ latencyMs: 2 });
      await s.useState(STATE);

      const killed = await runApply(s, killAt);
      const interrupted = await s.plan();
      const rerun = await runApply(s);
      const plan = await s.plan();

      expect(killed.signal).toBe('SIGKILL');
      expect(killed.writesAtKill).toBeGreaterThanOrEqual(killAt);
      // It really died half-way: work was left, and its lock with it (taken over: its process is gone).
      expect(interrupted.steps.length).toBeGreaterThan(0);
      expect(interrupted.steps.length).toBeLessThanOrEqual(95);
      // The killed run's lock is taken over at once: its process is gone from this host.
      expect(rerun.stderr).toMatch(
        /^(taking over the apply lock of \S+ \(since \S+\): that process no longer runs on this host\n)?$/,
      );
      expect(rerun.code).toBe(0);
      expect(plan.steps).toEqual([]);
      expect(countDuplicates(s.emu)).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
      expect(countOrphans(s.emu)).toEqual({
        lines: 0,
        sips: 0,
        extensions: 0,
        voicemails: 0,
        agents: 0,
        incalls: 0,
      });
      expect(
        s.emu
          .snapshot()
          .callPermissions.map((p) => p.name)
          .sort(),
      ).toEqual(['international', 'national']);
      const expected = projectState((await readStates(STATE)).filter((st) => st.status === 'active'));
      expect(restrictTo(projectInventory(await s.inventory()), expected)).toEqual(expected);
    },
  );
});
