import { existsSync } from 'node:fs';
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '../../src/xivo/index.ts';
import { renderPlanText, type Plan } from '../../src/plan/index.ts';
import type { SeedData } from '../../src/emulator/index.ts';
import type { UserState } from '../../src/state/index.ts';
import {
  FIXTURES,
  countDuplicates,
  countOrphans,
  projectInventory,
  projectState,
  readStates,
  restrictTo,
  startScenario,
} from './harness.ts';

interface ScenarioConfig {
  /** `--allow-deletions` for the final apply. */
  allowDeletions?: number;
  /** Phase folder whose state is the last applied one (`plan --baseline`), for drift. */
  baseline?: string;
  /** Hand edits made in XiVO after the earlier phases: PUT /users/<id of key> body. */
  edits?: Array<{ key: string; body: Record<string, unknown> }>;
  /** Requests sent to confd before anything else (leftover objects). */
  requests?: Array<{ method: HttpMethod; path: string; body?: unknown }>;
}

/** The CLI's clock in tests (captureCli) and the scenario mapping's grace period. */
const NOW = Date.parse('2026-11-26T12:00:00Z');
const GRACE_DAYS = 30;
const removed = (s: UserState): boolean =>
  s.status === 'disabled' &&
  s.since !== undefined &&
  NOW - Date.parse(`${s.since}T00:00:00Z`) >= GRACE_DAYS * 86_400_000;

async function readJson<T>(file: string, fallback: T): Promise<T> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as T) : fallback;
}

/** The plan as a golden file: the fingerprint hashes random uuids, everything else is deterministic. */
function normalise(plan: Plan): Plan {
  return { ...plan, inventoryFingerprint: '<fingerprint>' };
}

const SCENARIOS = [
  'new-hire',
  'rename',
  'move-site',
  'disable',
  'reappear',
  'removal',
  'adoption',
  'drift',
  'reuse-orphan',
];

describe('scenarios against the emulator', () => {
  it.each(SCENARIOS)('%s: golden plan, apply, XiVO equals state, second plan empty', async (name) => {
    const dir = path.join(FIXTURES, name);
    const config = await readJson<ScenarioConfig>(path.join(dir, 'scenario.json'), {});
    const s = await startScenario(await readJson<SeedData>(path.join(dir, 'xivo.json'), {}));
    for (const r of config.requests ?? []) await s.port.request(r.method, r.path, r.body);
    const phases = (await readdir(dir)).filter((n) => /^\d+-before$/.test(n)).sort();
    for (const phase of phases) {
      await s.useState(`${name}/${phase}`);
      // One step at a time, so that ids (which appear in the golden plan) are reproducible.
      const before = await s.cli([
        'apply',
        '--auto-approve',
        '--concurrency',
        '1',
        '--allow-deletions',
        '100',
      ]);
      expect(before.err).toBe('');
      expect(before.code).toBe(0);
    }
    const inventory = await s.inventory();
    for (const edit of config.edits ?? []) {
      const user = inventory.users.find((u) => u.fields['userfield'] === edit.key);
      await s.port.request('PUT', `/users/${user?.id}`, edit.body);
    }
    await s.useState(`${name}/after`);
    const baseline: string[] = [];
    if (config.baseline) {
      await cp(path.join(dir, config.baseline), path.join(s.repo, 'baseline', 'users'), { recursive: true });
      baseline.push('--baseline', 'baseline');
    }
    const allow =
      config.allowDeletions === undefined ? [] : ['--allow-deletions', String(config.allowDeletions)];

    const plan = await s.plan([...baseline, ...allow]);
    const applied = await s.cli(['apply', '--auto-approve', '--concurrency', '1', ...allow]);
    const writesBefore = s.emu.requestLog.countWrites();
    const again = await s.cli(['apply', '--auto-approve']);
    const writesAfter = s.emu.requestLog.countWrites();
    const second = await s.plan();

    await expect(`${JSON.stringify(normalise(plan), null, 2)}\n`).toMatchFileSnapshot(
      path.join(dir, 'expected-plan.json'),
    );
    await expect(renderPlanText(normalise(plan))).toMatchFileSnapshot(path.join(dir, 'expected-plan.txt'));
    expect(plan.safety.refused).toBe(false);
    expect(plan.summary.problems).toBe(0);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(again.out).toBe('No changes: XiVO matches the state.\n');
    expect(writesAfter - writesBefore).toBe(0);
    expect(second.steps).toEqual([]);
    const expected = projectState(await readStates(`${name}/after`), removed);
    expect(restrictTo(projectInventory(await s.inventory()), expected)).toEqual(expected);
    expect(countDuplicates(s.emu)).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
  });

  it('leaves no orphan after a removal', async () => {
    const s = await startScenario();
    await s.useState('removal/1-before');
    await s.cli(['apply', '--auto-approve']);
    const seeded = countOrphans(s.emu);
    await s.useState('removal/after');

    const result = await s.cli(['apply', '--auto-approve', '--allow-deletions', '2']);

    expect(result.code).toBe(0);
    expect(seeded).toEqual({ lines: 0, sips: 0, extensions: 0, voicemails: 0, agents: 0, incalls: 0 });
    expect(countOrphans(s.emu)).toEqual(seeded);
    expect(
      s.emu
        .snapshot()
        .users.map((u) => u.userfield)
        .sort(),
    ).toEqual(['1101']);
  });
});
