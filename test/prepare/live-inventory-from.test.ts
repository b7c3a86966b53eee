import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, liveInventoryFrom, readLiveInventory } from '../../src/prepare/index.ts';
import { computePlan, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { fetchInventory, type Inventory } from '../../src/xivo/index.ts';
import { richXivo } from '../helpers/rich-xivo.ts';

describe('liveInventoryFrom', () => {
  it('lists every object of a XiVO, managed or not, with ids and associations, in one pass of lists', async () => {
    const { emu, port, seeded, permissions, orphans } = await richXivo();
    const { k1, k2, plain, dupA, dupB, blank, k3 } = seeded;

    emu.requestLog.reset();
    const live = liveInventoryFrom(await fetchInventory(port, { keyField: 'userfield', pageSize: 5000 }));

    expect(emu.requestLog.counts()).toEqual({
      // Full rows, then the directory view: the agents' users (XiVO 16.15's agents web services).
      'GET /1.1/users': 2,
      'GET /1.1/lines': 1,
      'GET /1.1/endpoints/sip': 1,
      'GET /1.1/extensions': 1,
      'GET /1.1/contexts': 1,
      'GET /1.1/incalls': 1,
      'GET /1.1/voicemails': 1,
      'GET /callcenter/json.php/restricted/settings/agents/': 1,
      'GET /1.1/callpermissions': 1,
      [`GET /1.1/callpermissions/${permissions.national}/users`]: 1,
      [`GET /1.1/callpermissions/${permissions.international}/users`]: 1,
      [`GET /1.1/callpermissions/${permissions.lock}/users`]: 1,
    });
    // Users of either kind; a user's lines in association order, the lock never among permissions.
    expect(live.users.map((u) => [u.id, u.lineIds, u.voicemailId, u.agentId, u.callPermissionIds])).toEqual([
      [
        k1.userId,
        [k1.lineId, k3.lineId],
        k1.voicemailId,
        k1.agentId,
        [permissions.national, permissions.international],
      ],
      [k2.userId, [k2.lineId], null, null, []],
      [plain.userId, [plain.lineId], plain.voicemailId, plain.agentId, [permissions.national]],
      [dupA.userId, [], null, null, []],
      [dupB.userId, [], null, null, []],
      [blank.userId, [], k1.voicemailId, null, []],
      [k3.userId, [k3.lineId], k3.voicemailId, k3.agentId, []],
    ]);
    const k1Live = live.users[0];
    expect(k1Live?.uuid).toBe(k1.uuid);
    expect(k1Live?.fields).toMatchObject({
      firstname: 'First1',
      userfield: 'k1',
      username: 'u1',
      enabled: true,
    });
    // XiVO returns passwords in clear: they reach neither the planner nor the fingerprint.
    for (const user of live.users) {
      expect(user.fields).not.toHaveProperty('password');
      expect(user.fields).not.toHaveProperty('call_permission_password');
    }
    expect(live.lines).toEqual([
      {
        id: k1.lineId,
        context: 'default',
        endpointSipId: k1.sipId,
        extensionIds: [k1.extensionId],
        userIds: [k1.userId],
      },
      {
        id: k2.lineId,
        context: 'default',
        endpointSipId: k2.sipId,
        extensionIds: [k2.extensionId],
        userIds: [k2.userId],
      },
      {
        id: plain.lineId,
        context: 'default',
        endpointSipId: plain.sipId,
        extensionIds: [plain.extensionId],
        userIds: [plain.userId],
      },
      // Shared: main user k3, secondary k1; listed by id.
      {
        id: k3.lineId,
        context: 'default',
        endpointSipId: k3.sipId,
        extensionIds: [k3.extensionId],
        userIds: [k1.userId, k3.userId],
      },
      { id: orphans.line, context: 'default', endpointSipId: null, extensionIds: [], userIds: [] },
    ]);
    expect(live.endpointsSip.map((s) => [s.id, s.username])).toEqual([
      [k1.sipId, 'sip1'],
      [k2.sipId, expect.stringMatching(/^[a-z0-9]{8}$/) as string],
      [plain.sipId, 'sip3'],
      [k3.sipId, 'sip7'],
      [orphans.sip, 'leftover'],
    ]);
    expect(live.extensions).toEqual([
      { id: orphans.leftover, exten: '1500', context: 'default' },
      { id: k1.extensionId, exten: '1001', context: 'default' },
      { id: k1.didExtensionId, exten: '0123456701', context: 'from-extern' },
      { id: k2.extensionId, exten: '1002', context: 'default' },
      { id: plain.extensionId, exten: '1003', context: 'default' },
      { id: plain.didExtensionId, exten: '0123456703', context: 'from-extern' },
      { id: k3.extensionId, exten: '1007', context: 'default' },
      { id: k3.didExtensionId, exten: '0123456707', context: 'from-extern' },
      { id: orphans.did, exten: '0472100042', context: 'from-extern' },
    ]);
    expect(live.incalls).toEqual([
      { id: k1.incallId, userId: k1.userId, extensionIds: [k1.didExtensionId] },
      { id: plain.incallId, userId: plain.userId, extensionIds: [plain.didExtensionId] },
      { id: k3.incallId, userId: k3.userId, extensionIds: [k3.didExtensionId] },
      { id: orphans.incall, userId: null, extensionIds: [orphans.did] },
    ]);
    const vm = (i: number) => ({ email: `vm${i}@example.com`, language: 'fr_FR', timezone: 'eu-fr' });
    expect(live.voicemails).toEqual([
      {
        id: k1.voicemailId,
        number: '1001',
        context: 'default',
        name: 'First1 Last1',
        ...vm(1),
        userIds: [k1.userId, blank.userId],
      },
      {
        id: plain.voicemailId,
        number: '1003',
        context: 'default',
        name: 'First3 Last3',
        ...vm(3),
        userIds: [plain.userId],
      },
      {
        id: k3.voicemailId,
        number: '1007',
        context: 'default',
        name: 'First7 Last7',
        ...vm(7),
        userIds: [k3.userId],
      },
      {
        id: orphans.vm,
        number: '1900',
        context: 'default',
        name: 'Old',
        email: 'old@example.com',
        language: null,
        timezone: null,
        userIds: [],
      },
    ]);
    expect(live.agents).toEqual([
      {
        id: k1.agentId,
        number: '8001',
        firstname: 'First1',
        lastname: null,
        context: 'default',
        userIds: [k1.userId],
      },
      {
        id: plain.agentId,
        number: '8003',
        firstname: 'First3',
        lastname: null,
        context: 'default',
        userIds: [plain.userId],
      },
      {
        id: k3.agentId,
        number: '8007',
        firstname: 'First7',
        lastname: null,
        context: 'default',
        userIds: [k3.userId],
      },
      { id: orphans.agent, number: '8999', firstname: null, lastname: null, context: 'default', userIds: [] },
    ]);
    expect(live.callPermissions).toEqual([
      { id: permissions.national, name: 'national' },
      { id: permissions.international, name: 'international' },
    ]);

    // The fingerprint covers exactly the records; the key field and the page size change nothing.
    const { fingerprint, ...data } = live;
    expect(fingerprint).toBe(createHash('sha256').update(JSON.stringify(data)).digest('hex'));
    const again = liveInventoryFrom(await fetchInventory(port, { keyField: 'description', pageSize: 2 }));
    expect(again).toEqual(live);
    await port.users.update(dupB.userId, { lastname: 'Renamed' });
    const changed = liveInventoryFrom(await fetchInventory(port, { keyField: 'userfield', pageSize: 5000 }));
    expect(changed.fingerprint).not.toBe(fingerprint);
  });

  it("never reads the apply lock's members, which may vanish between two reads (a plan beside an apply)", async () => {
    const { emu, port, permissions } = await richXivo();
    emu.requestLog.reset();

    const live = await readLiveInventory(port, 'userfield');

    const routes = Object.keys(emu.requestLog.counts());
    expect(routes).not.toContain(`GET /1.1/callpermissions/${permissions.lock}/users`);
    expect(routes).toContain(`GET /1.1/callpermissions/${permissions.national}/users`);
    expect(live.callPermissions.map((p) => p.name)).not.toContain(LOCK_NAME);
  });

  it('is what the planner plans from: adoption, update, deletion, orphan re-use and creation', async () => {
    const { port } = await richXivo();
    const live = liveInventoryFrom(await fetchInventory(port, { keyField: 'userfield', pageSize: 5000 }));
    const states = [
      buildLineOnlyUser('k1', {
        user: { firstname: 'First1', lastname: 'Renamed', email: 'u1@example.com', username: 'u1' },
        line: { context: 'default', extension: '1001' },
        did: { number: '+33123456701', exten: '0123456701', context: 'from-extern' },
        voicemail: { number: '1001', context: 'default', name: 'First1 Renamed', email: 'new@example.com' },
        callPermissions: ['national'],
      }),
      buildLineOnlyUser('k3', { line: { context: 'default', extension: '1107' } }),
      buildLineOnlyUser('kdup'),
      buildLineOnlyUser('new', { line: { context: 'default', extension: '1100' } }),
      buildLineOnlyUser('adopted', {
        user: { firstname: 'First3', lastname: 'Last3', email: 'u3@example.com', username: 'u3' },
        line: { context: 'default', extension: '1003' },
      }),
    ];
    const options: PlanOptions = {
      keyField: 'userfield',
      adoptBy: ['email', 'username'],
      now: new Date('2026-11-27T12:00:00Z'),
      allowDeletions: 10,
    };
    const plan = computePlan(states, live, options);

    expect(plan.inventoryFingerprint).toBe(live.fingerprint);
    expect(plan.people.map((p) => [p.key, p.kind])).toEqual([
      ['adopted', 'adopt'],
      ['k1', 'update'],
      ['k2', 'delete'],
      ['k3', 'update'],
      ['kdup', 'update'],
      ['new', 'create'],
    ]);
    const k1 = plan.people.find((p) => p.key === 'k1');
    expect(k1?.fields).toEqual([{ field: 'lastname', old: 'Last1', new: 'Renamed' }]);
    // The orphan line is re-used; the voicemail e-mail, read from confd, is compared.
    expect(plan.people.find((p) => p.key === 'kdup')?.resources.map((r) => [r.resource, r.change])).toEqual([
      ['line', 'reuse'],
    ]);
    expect(k1?.resources.find((r) => r.resource === 'voicemail')?.change).toBe('update');
  });

  it('keeps the line ids of a user whose line vanished between two list reads, but no such line', () => {
    const inventory: Inventory = {
      keyField: 'userfield',
      agentsApi: { backend: 'confd' },
      users: [
        {
          id: 1,
          uuid: 'u-1',
          key: 'k1',
          firstname: 'A',
          lastname: null,
          email: null,
          enabled: true,
          fields: { firstname: 'A', userfield: 'k1' },
          lines: [{ id: 9, context: null, endpointSip: { id: 3, username: 'abc' }, extension: null }],
          incalls: [],
          voicemail: null,
          agent: null,
          callPermissions: [{ id: 5, name: LOCK_NAME }],
        },
      ],
      duplicateKeys: [],
      contexts: [],
      extensionsByContext: {},
      callPermissions: [{ id: 5, name: LOCK_NAME }],
      unmanaged: {
        users: [],
        lines: [],
        endpointsSip: [],
        extensions: [],
        incalls: [],
        voicemails: [],
        agents: [],
      },
    };
    const live = liveInventoryFrom(inventory);
    expect(live.users).toEqual([
      {
        id: 1,
        uuid: 'u-1',
        fields: { firstname: 'A', userfield: 'k1' },
        lineIds: [9],
        voicemailId: null,
        agentId: null,
        callPermissionIds: [],
      },
    ]);
    expect(live.lines).toEqual([]);
    expect(live.endpointsSip).toEqual([{ id: 3, username: 'abc' }]);
    expect(live.callPermissions).toEqual([]);
  });
});
