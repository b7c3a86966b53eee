import type { UserState } from '../../src/state/index.ts';
import { describe, expect, it } from 'vitest';
import {
  PlanFileError,
  checkDeletions,
  comparePlans,
  computePlan,
  parsePlan,
  sipUsername,
  type DeletionResource,
} from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { InventoryBuilder } from './builders.ts';

const zero: Record<DeletionResource, number> = { users: 0, lines: 0, dids: 0, voicemails: 0, agents: 0 };
const now = new Date('2026-11-26T12:00:00Z');

describe('checkDeletions', () => {
  it.each([
    { deletes: 2, existing: 100, limit: { count: 2 }, refused: false },
    { deletes: 3, existing: 100, limit: { count: 2 }, refused: true },
    { deletes: 10, existing: 100, limit: { percent: 10 }, refused: false },
    { deletes: 11, existing: 100, limit: { percent: 10 }, refused: true },
    { deletes: 1, existing: 3, limit: { count: 5, percent: 10 }, refused: true },
    { deletes: 0, existing: 0, limit: { count: 0, percent: 0 }, refused: false },
  ])('$deletes of $existing users with $limit: refused $refused', ({ deletes, existing, limit, refused }) => {
    const safety = checkDeletions(
      { ...zero, users: deletes },
      { ...zero, users: existing },
      { users: limit },
      null,
    );

    expect(safety.refused).toBe(refused);
  });

  it('lifts the refusal only when the override covers every type', () => {
    const deletions = { ...zero, users: 3, voicemails: 5 };
    const limits = { users: { count: 1 }, voicemails: { count: 1 } };

    const partly = checkDeletions(deletions, deletions, limits, 3);
    const fully = checkDeletions(deletions, deletions, limits, 5);

    expect(partly.reasons).toEqual([
      'would delete 5 voicemails, above the limit (1) (--allow-deletions 3 is not enough); review and re-run with --allow-deletions 5',
    ]);
    expect(fully.refused).toBe(false);
  });
});

describe('comparePlans', () => {
  function planFor(states: UserState[]) {
    const b = new InventoryBuilder();
    for (const [key, exten] of [
      ['a', '1001'],
      ['b', '1002'],
    ] as const) {
      const user = b.user({
        firstname: 'Alice',
        lastname: 'Martin',
        email: `${key}@example.com`,
        username: key,
        userfield: key,
      });
      b.line({ context: 'default', sip: sipUsername(key), exten, user });
    }
    return computePlan(states, b.inv, { keyField: 'userfield', adoptBy: ['email', 'username'], now });
  }

  it('refuses deletions and renumberings the reviewed plan did not have, and nothing else', () => {
    // Both plans remove b (no state file); only the fresh one renumbers a and hires c.
    const reviewed = planFor([buildLineOnlyUser('a', { line: { context: 'default', extension: '1001' } })]);
    const fresh = planFor([
      buildLineOnlyUser('a', { line: { context: 'default', extension: '1005' } }),
      buildLineOnlyUser('c'),
    ]);

    const comparison = comparePlans(reviewed, fresh);

    expect(comparison).toMatchObject({
      refused: true,
      newDeletions: [],
      newRenumberings: ['a: renumber extension 1001@default → 1005@default'],
    });
    expect(comparePlans(fresh, fresh).refused).toBe(false);
    expect(comparePlans(fresh, reviewed).refused).toBe(false);
  });

  it('lists every difference: people added or gone, lines that changed, drift to revert', () => {
    const reviewed = planFor([
      buildLineOnlyUser('a', { line: { context: 'default', extension: '1001' } }),
      buildLineOnlyUser('c'),
    ]);
    const fresh = planFor([
      buildLineOnlyUser('a', {
        user: { firstname: 'Alice', lastname: 'Renamed', email: 'a@example.com', username: 'a' },
        line: { context: 'default', extension: '1001' },
      }),
      buildLineOnlyUser('b', {
        user: { firstname: 'Alice', lastname: 'Martin', email: 'b@example.com', username: 'b' },
        line: { context: 'default', extension: '1002' },
      }),
    ]);

    const comparison = comparePlans(reviewed, fresh);

    expect(comparison.refused).toBe(false);
    expect(comparison.differences).toEqual([
      '+ Alice Renamed [a] update (not in the reviewed plan)',
      '    lastname: "Martin" → "Renamed"',
      '- Alice Martin [b] delete (no longer to do)',
      '- Alice Martin [c] create (no longer to do)',
    ]);
    expect(comparePlans(fresh, fresh).differences).toEqual([]);
  });
});

describe('parsePlan', () => {
  it('accepts a saved plan and rejects anything else with the file name', () => {
    const plan = computePlan([buildLineOnlyUser('a')], new InventoryBuilder().inv, {
      keyField: 'userfield',
      adoptBy: ['email', 'username'],
      now,
    });

    expect(parsePlan(JSON.parse(JSON.stringify(plan)), 'plan.json')).toEqual(plan);
    expect(() => parsePlan([], 'x.json')).toThrow(
      new PlanFileError('x.json: not a plan saved by xivo-sync plan --out (not a JSON object)'),
    );
    expect(() => parsePlan({ version: 1, people: [{}], steps: [] }, 'y.json')).toThrow(
      /y\.json: .*\/people\/0 is malformed/,
    );
  });
});
