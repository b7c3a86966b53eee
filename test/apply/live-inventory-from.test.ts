import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, fetchLiveInventory } from '../../src/apply/index.ts';
import { liveInventoryFrom } from '../../src/apply/live-inventory-from.ts';
import { computePlan, type LiveInventory, type PlanOptions } from '../../src/plan/index.ts';
import { person } from '../plan/builders.ts';
import { fetchInventory, type SeedData, type SeedUser } from '../../src/xivo/index.ts';
import { startXivo } from '../helpers/xivo.ts';

const BASE = path.resolve(import.meta.dirname, '../fixtures/scenarios/xivo-base.json');

function fullUser(i: number, userfield: string | null): SeedUser {
  const exten = String(1000 + i);
  return {
    user: {
      firstname: `First${i}`,
      lastname: `Last${i}`,
      email: `u${i}@example.com`,
      username: `u${i}`,
      password: `secret-${i}`,
      ...(userfield === null ? {} : { userfield }),
    },
    line: {
      line: { context: 'default' },
      endpointSip: { username: `sip${i}` },
      extension: { exten, context: 'default' },
    },
    incall: { extension: { exten: `01234567${String(i).padStart(2, '0')}`, context: 'from-extern' } },
    voicemail: {
      name: `First${i} Last${i}`,
      number: exten,
      context: 'default',
      email: `vm${i}@example.com`,
      language: 'fr_FR',
      timezone: 'eu-fr',
    },
    agent: { number: String(8000 + i) },
  };
}

/**
 * The scenarios' XiVO plus everything the planner distinguishes: managed and unmanaged users, a
 * duplicate key, a blank key, a line shared by two users (main user with the higher id), a shared
 * voicemail, orphan line, SIP endpoint, extension, incall, voicemail and agent, call permission
 * members and the apply lock (with a member).
 */
async function richXivo() {
  const xivo = await startXivo('none');
  const { emu, port: client } = xivo;
  emu.seed(JSON.parse(await readFile(BASE, 'utf8')) as SeedData);
  emu.seed({ extensions: [{ exten: '1500', context: 'default' }] });
  const [k1, k2, plain, dupA, dupB, blank, k3] = emu.seed({
    users: [
      { ...fullUser(1, 'k1'), callPermissions: ['national', 'international'] },
      {
        user: { firstname: 'Bob', userfield: 'k2', call_permission_password: '1234' },
        line: { line: { context: 'default' }, extension: { exten: '1002', context: 'default' } },
      },
      { ...fullUser(3, null), callPermissions: ['national'] },
      { user: { firstname: 'Dup', lastname: 'A', userfield: 'kdup' } },
      { user: { firstname: 'Dup', lastname: 'B', userfield: 'kdup', email: 'dupb@example.com' } },
      { user: { firstname: 'Blank', userfield: '   ', mobile_phone_number: '+33600000000' } },
      fullUser(7, 'k3'),
    ],
  }).users;
  if (!k1 || !k2 || !plain || !dupA || !dupB || !blank || !k3) throw new Error('seed failed');
  // k3's line also rings k1 (secondary user, lower id); blank shares k1's voicemail.
  await client.userLines.associate(k1.userId, k3.lineId ?? 0);
  await client.userVoicemail.associate(blank.userId, k1.voicemailId ?? 0);
  // Orphans.
  await client.voicemails.create({
    name: 'Old',
    number: '1900',
    context: 'default',
    email: 'old@example.com',
  });
  await client.agents.create({ number: '8999' });
  await client.endpointsSip.create({ username: 'leftover' });
  await client.lines.create({ context: 'default' });
  const did = await client.extensions.create({ exten: '0472100042', context: 'from-extern' });
  const incall = await client.incalls.create({ destination: { type: 'none' } });
  await client.incallExtensions.associate(incall.id, did.id);
  // The apply lock is not telephony state, even with a member.
  const lock = await client.callPermissions.create({ name: LOCK_NAME, mode: 'deny' });
  await client.userCallPermissions.associate(dupA.userId, lock.id);
  return { ...xivo, seeded: { k1, k2, plain, dupA, dupB, blank, k3 } };
}

/**
 * The old reader's output as the adapter gives it: without the users' secrets (fetchInventory never
 * keeps them) and with user lists sorted by id (the old reader kept confd's relation order, which
 * the planner never reads: it only counts users), its fingerprint recomputed the same way.
 */
function normalised(live: LiveInventory): LiveInventory {
  const { fingerprint: _, ...data } = live;
  const byId = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);
  const rest: Omit<LiveInventory, 'fingerprint'> = {
    ...data,
    users: data.users.map((u) => {
      const { password: _p, call_permission_password: _c, ...fields } = u.fields;
      return { ...u, fields };
    }),
    lines: data.lines.map((l) => ({ ...l, userIds: byId(l.userIds) })),
    voicemails: data.voicemails.map((v) => ({ ...v, userIds: byId(v.userIds) })),
    agents: data.agents.map((a) => ({ ...a, userIds: byId(a.userIds) })),
  };
  return { fingerprint: createHash('sha256').update(JSON.stringify(rest)).digest('hex'), ...rest };
}

describe('liveInventoryFrom', () => {
  it('gives the planner what fetchLiveInventory gave, on a rich XiVO', async () => {
    const { emu, port, seeded } = await richXivo();

    emu.requestLog.reset();
    const old = await fetchLiveInventory(port);
    const oldCounts = emu.requestLog.counts();
    emu.requestLog.reset();
    const adapted = liveInventoryFrom(await fetchInventory(port, { keyField: 'userfield', pageSize: 5000 }));
    const newCounts = emu.requestLog.counts();

    // The same records in the same order, and the same fingerprint formula over them.
    expect(adapted).toEqual(normalised(old));
    expect(JSON.stringify(adapted)).toBe(JSON.stringify(normalised(old)));
    expect(old.users.some((u) => u.fields['password'] === 'secret-1')).toBe(true);
    expect(adapted.users.every((u) => !('password' in u.fields))).toBe(true);
    const shared = (inv: LiveInventory) => inv.lines.find((l) => l.id === seeded.k3.lineId)?.userIds;
    expect(shared(old)).toEqual([seeded.k3.userId, seeded.k1.userId]);
    expect(shared(adapted)).toEqual([seeded.k1.userId, seeded.k3.userId]);

    // And so the same plan: updates, a voicemail change, a move, a creation, a duplicate key,
    // a deletion (k2 has no state) and an adoption by e-mail.
    const states = [
      person('k1', {
        user: { firstname: 'First1', lastname: 'Renamed', email: 'u1@example.com', username: 'u1' },
        line: { context: 'default', extension: '1001' },
        did: { number: '+33123456701', exten: '0123456701', context: 'from-extern' },
        voicemail: { number: '1001', context: 'default', name: 'First1 Renamed', email: 'new@example.com' },
        callPermissions: ['national'],
      }),
      person('k3', { line: { context: 'default', extension: '1107' } }),
      person('kdup'),
      person('new', { line: { context: 'default', extension: '1100' } }),
      person('adopted', {
        user: { firstname: 'First3', lastname: 'Last3', email: 'u3@example.com', username: 'u3' },
        line: { context: 'default', extension: '1003' },
      }),
    ];
    const options: PlanOptions = {
      keyField: 'userfield',
      now: new Date('2026-11-27T12:00:00Z'),
      allowDeletions: 10,
    };
    const oldPlan = computePlan(states, old, options);
    const newPlan = computePlan(states, adapted, options);
    expect(newPlan.people.map((p) => [p.key, p.kind])).toEqual([
      ['adopted', 'adopt'],
      ['k1', 'update'],
      ['k2', 'delete'],
      ['k3', 'update'],
      ['kdup', 'update'],
      ['new', 'create'],
    ]);
    expect({ ...newPlan, inventoryFingerprint: '' }).toEqual({ ...oldPlan, inventoryFingerprint: '' });

    // The same lists, plus contexts, plus the lock's members (fetchInventory knows no lock).
    const lockId = (await port.callPermissions.list({ name: LOCK_NAME })).items[0]?.id;
    expect(newCounts).toEqual({
      ...oldCounts,
      'GET /1.1/contexts': 1,
      [`GET /1.1/callpermissions/${lockId}/users`]: 1,
    });

    // The key field only splits Inventory; the planner's view does not depend on it.
    const byDescription = liveInventoryFrom(
      await fetchInventory(port, { keyField: 'description', pageSize: 2 }),
    );
    expect(byDescription).toEqual(adapted);
  });
});
