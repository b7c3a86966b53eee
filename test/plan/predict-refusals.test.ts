import { describe, expect, it } from 'vitest';
import { computePlan, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { InventoryBuilder, inSync } from './builders.ts';

const options: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

/** The wizard's contexts: users in 1000-1999, DIDs of a 10-digit block and of a block sending 4 digits. */
function wizard(): InventoryBuilder {
  const b = new InventoryBuilder();
  b.context('default', 'internal', ['1000-1999']);
  b.context('from-extern', 'incall', ['0123456700-0123456799/10', '0198765400-0198765499/4']);
  b.context('to-extern', 'outcall', []);
  return b;
}

describe('plan-time refusals', () => {
  it('does not create a person whose extension is outside every range of its context', () => {
    const b = wizard();
    const plan = computePlan(
      [buildLineOnlyUser('k1', { line: { context: 'default', extension: '6700' } })],
      b.inv,
      options,
    );

    expect(plan.people[0]).toMatchObject({
      kind: 'blocked',
      steps: [],
      problems: [
        "not created: extension 6700@default is outside the ranges of context 'default' (1000-1999)",
      ],
    });
    expect(plan.steps).toEqual([]);
    expect(plan.summary).toMatchObject({ create: 0, blocked: 1, problems: 1, steps: 0 });
  });

  it('names a context that does not exist and a context of the wrong type', () => {
    const b = wizard();
    const plan = computePlan(
      [
        buildLineOnlyUser('k1', { line: { context: 'lyon', extension: '2000' } }),
        buildLineOnlyUser('k2', {
          user: { firstname: 'Bob', lastname: 'Durand', email: 'k2@example.com', username: 'k2' },
          line: { context: 'default', extension: '1043' },
          did: { number: '+33123456743', exten: '0123456743', context: 'default' },
          voicemail: { number: '1043', context: 'voicemail-lyon', name: 'Bob Durand' },
        }),
      ],
      b.inv,
      options,
    );

    expect(plan.people.map((p) => p.problems)).toEqual([
      ["not created: extension 2000@lyon: context 'lyon' does not exist in XiVO"],
      [
        "not created: DID 0123456743@default: context 'default' is of type internal, and a DID needs an incall context",
        "not created: voicemail 1043@voicemail-lyon: context 'voicemail-lyon' does not exist in XiVO",
      ],
    ]);
    expect(plan.steps).toEqual([]);
  });

  it("compares DIDs with XiVO's rule: only the last did_length digits of the range bounds", () => {
    const b = wizard();
    const did = (exten: string) => ({ number: `+3319876${exten}`, exten, context: 'from-extern' });
    const plan = computePlan(
      [
        buildLineOnlyUser('k1', { did: did('5401') }),
        buildLineOnlyUser('k2', {
          user: { firstname: 'Bob', lastname: 'Durand', email: 'k2@example.com', username: 'k2' },
          line: { context: 'default', extension: '1043' },
          did: did('0198765401'),
        }),
      ],
      b.inv,
      options,
    );

    expect(plan.people.map((p) => [p.key, p.kind])).toEqual([
      ['k1', 'create'],
      ['k2', 'blocked'],
    ]);
    expect(plan.people[1]?.problems).toEqual([
      "not created: DID 0198765401@from-extern is outside the ranges of context 'from-extern' (0123456700-0123456799, last 10 digits; 0198765400-0198765499, last 4 digits)",
    ]);
  });

  it('leaves an existing part alone when its change would be refused, and plans the rest', () => {
    const b = wizard();
    inSync(b, 'k1', '1042');
    const plan = computePlan(
      [
        buildLineOnlyUser('k1', {
          user: { firstname: 'Alice', lastname: 'Renamed', email: 'k1@example.com', username: 'k1' },
          line: { context: 'default', extension: '2042' },
        }),
      ],
      b.inv,
      options,
    );

    expect(plan.people[0]).toMatchObject({
      kind: 'update',
      renumbering: [],
      problems: [
        "extension 2042@default is outside the ranges of context 'default' (1000-1999); the line is left as it is",
      ],
    });
    expect(plan.steps.map((s) => s.description)).toEqual(['update user Alice Renamed: lastname']);
  });

  it('does not plan a number held by an object it does not manage, nor what depends on it', () => {
    const b = wizard();
    const reception = b.user({ firstname: 'Reception' });
    b.line({ context: 'default', sip: 'reception', exten: '1042', user: reception });
    const inSyncUser = inSync(b, 'k2', '1050');
    b.voicemail({ number: '1099', context: 'default', name: 'Hand-made' });
    const plan = computePlan(
      [
        buildLineOnlyUser('k1'),
        buildLineOnlyUser('k2', {
          user: { firstname: 'Alice', lastname: 'Martin', email: 'k2@example.com', username: 'k2' },
          line: { context: 'default', extension: '1050' },
          voicemail: { number: '1099', context: 'default', name: 'Alice Martin' },
        }),
      ],
      b.inv,
      options,
    );

    expect(plan.people.map((p) => [p.key, p.kind, p.problems])).toEqual([
      ['k1', 'blocked', ['not created: extension 1042@default is held by another XiVO object']],
      ['k2', 'update', []],
    ]);
    // The hand-made box has no user: it is adopted, not created again.
    expect(plan.steps.map((s) => s.description)).toEqual([
      'update voicemail 1099@default: name',
      'link voicemail 1099@default to the user',
    ]);
    expect(inSyncUser.id).toBeGreaterThan(0);
  });

  it('checks nothing against contexts when the inventory did not read them', () => {
    const b = new InventoryBuilder();
    const plan = computePlan(
      [buildLineOnlyUser('k1', { line: { context: 'nowhere', extension: '99999' } })],
      b.inv,
      options,
    );

    expect(plan.people[0]).toMatchObject({ kind: 'create', problems: [] });
    expect(plan.steps.length).toBeGreaterThan(0);
  });
});
