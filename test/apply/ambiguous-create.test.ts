import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.ts';
import { auditDuplicates, auditOrphans, type SeedData } from '../../src/emulator/index.ts';
import { computePlan, type PlanOptions } from '../../src/plan/index.ts';
import { readLiveInventory } from '../../src/prepare/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { connectTestClient, startTestEmulator } from '../helpers/emulator.ts';

// POSTs whose answer is lost, or is a 5xx, after confd did (or did not do) the work: one apply must
// still converge, with nothing created twice and nothing left unlinked.

const OPTIONS: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

const CONTEXTS: SeedData = {
  contexts: [
    { name: 'site', type: 'internal', user_ranges: [{ start: '1000', end: '1999' }] },
    {
      name: 'site-in',
      type: 'incall',
      incall_ranges: [{ start: '0100000000', end: '0100000999', did_length: 10 }],
    },
  ],
  callPermissions: [{ name: 'national', mode: 'allow', extensions: ['_0XXXXXXXXX'] }],
};

function person(i: number): UserState {
  const exten = String(1000 + i);
  const did = `0100000${String(i).padStart(3, '0')}`;
  return {
    key: `k${i}`,
    status: 'active',
    dn: `uid=u${i},ou=people,dc=example,dc=com`,
    site: 'site',
    user: { firstname: `First${i}`, lastname: `Last${i}`, email: `u${i}@example.com`, username: `u${i}` },
    line: { context: 'site', extension: exten },
    did: { number: `+33${did.slice(1)}`, exten: did, context: 'site-in' },
    voicemail: { number: exten, context: 'site', name: `First${i} Last${i}` },
    agent: null,
    callPermissions: ['national'],
  };
}

const PEOPLE = Array.from({ length: 12 }, (_, i) => person(i));

describe('ambiguous POST failures during apply', () => {
  it.each([
    ['a 5xx after the work was done', { errorRate: 0.3, phase: 'after' as const }],
    ['a 5xx before any work', { errorRate: 0.3, phase: 'before' as const }],
    ['the answer lost after the work (timeout)', { timeoutRate: 0.3, phase: 'after' as const }],
    ['the connection reset after the work', { resetRate: 0.3, phase: 'after' as const }],
    ['the connection reset before any work', { resetRate: 0.3, phase: 'before' as const }],
  ])('%s: one apply converges, no duplicate, no orphan', async (_name, faults) => {
    const emu = await startTestEmulator({ seed: 'none' });
    emu.seed(CONTEXTS);
    const client = connectTestClient(emu, { timeoutMs: 300, deadlineMs: 2000, backoffBaseMs: 1 });
    const plan = computePlan(PEOPLE, await readLiveInventory(client, 'userfield'), OPTIONS);
    emu.setFaults({ ...faults, methods: ['POST'], seed: 7 });
    const posts = () => emu.requestLog.entries.filter((e) => e.method === 'POST' && e.path !== '/0.1/token');

    const result = await applyPlan(plan, client);

    const faulted = posts().filter((e) => e.status === 0 || e.status >= 500).length;
    emu.setFaults({});
    const after = computePlan(PEOPLE, await readLiveInventory(client, 'userfield'), OPTIONS);
    expect(faulted).toBeGreaterThan(5);
    expect(result.steps.filter((s) => s.status === 'failed').map((s) => s.error)).toEqual([]);
    expect(result.counts).toMatchObject({ failed: 0, blocked: 0 });
    expect(after.steps.map((s) => s.description)).toEqual([]);
    expect(auditDuplicates(emu.snapshot())).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
    expect(auditOrphans(emu.snapshot())).toEqual({
      lines: 0,
      sips: 0,
      extensions: 0,
      voicemails: 0,
      agents: 0,
      incalls: 0,
    });
    expect(emu.snapshot().users).toHaveLength(PEOPLE.length);
  });
});
