import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, liveInventoryFromRows, readLiveInventory } from '../../src/prepare/index.ts';
import type { InventoryRows } from '../../src/xivo/index.ts';
import { richXivo } from '../helpers/rich-xivo.ts';

describe('the planner’s view of XiVO (readLiveInventory)', () => {
  it('lists every object of a XiVO, managed or not, with ids and associations, in one pass of lists', async () => {
    const { emu, port, seeded, permissions, orphans } = await richXivo();
    const { k1, k2, plain, dupA, dupB, blank, k3 } = seeded;

    emu.requestLog.reset();
    const live = await readLiveInventory(port, 'userfield', 5000);

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
      // Not the lock's members: see the next test.
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
    const again = await readLiveInventory(port, 'description', 2);
    expect(again).toEqual(live);
    await port.users.update(dupB.userId, { lastname: 'Renamed' });
    const changed = await readLiveInventory(port, 'userfield', 5000);
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

  it('keeps the line ids of a user whose line vanished between two list reads, but no such line', () => {
    const rows: InventoryRows = {
      agentsApi: { backend: 'confd' },
      users: [
        {
          id: 1,
          uuid: 'u-1',
          fields: { firstname: 'A', userfield: 'k1' },
          lines: [{ id: 9, endpointSip: { id: 3, username: 'abc' }, extension: null }],
          incalls: [],
          voicemailId: null,
        },
      ],
      agentOfUser: new Map(),
      lines: [],
      sips: [],
      extensions: [],
      contexts: [],
      incalls: [],
      voicemails: [],
      agents: [],
      permissionMembers: [{ permission: { id: 5, name: LOCK_NAME }, userIds: [1] }],
    };
    const live = liveInventoryFromRows(rows, 'userfield');
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
