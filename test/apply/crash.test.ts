import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenarios/harness.ts';
import { spawnApply } from '../helpers/spawn-apply.ts';
import {
  countDuplicates,
  countOrphans,
  projectInventory,
  projectState,
  readStates,
  restrictTo,
  startScenario,
} from '../scenarios/harness.ts';

/** The repository's example state: 7 people to create, 95 steps (lines, DIDs, voicemails, agents, permissions). */
const STATE = '../../../state/users';

function runApply(s: Scenario, killAfterWrites?: number) {
  return spawnApply({
    repo: s.repo,
    env: s.env,
    emu: s.emu,
    ...(killAfterWrites === undefined ? {} : { killAfterWrites }),
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
