import { afterEach, describe, expect, it } from 'vitest';
import {
  startEmulator,
  type EmulatorFlavour,
  type RunningEmulator,
  type SeedUser,
} from '../../../src/emulator/index.ts';
import { fetchInventory, inventoryFingerprint, type XivoClient } from '../../../src/xivo/index.ts';
import { EMULATOR_AUTH, EMULATOR_WS_AUTH, connectTestClient } from '../../helpers/emulator.ts';

let emu: RunningEmulator | undefined;
let client: XivoClient | undefined;

afterEach(async () => {
  client?.close();
  client = undefined;
  await emu?.close();
  emu = undefined;
});

async function start(
  flavour: EmulatorFlavour = 'xivo-16.15',
): Promise<{ emu: RunningEmulator; client: XivoClient }> {
  emu = await startEmulator({ ...EMULATOR_AUTH, ...EMULATOR_WS_AUTH, seed: 'none', flavour });
  client = connectTestClient(emu);
  emu.seed({
    contexts: [
      { name: 'default', type: 'internal', user_ranges: [{ start: '1000', end: '1999' }] },
      {
        name: 'from-extern',
        type: 'incall',
        incall_ranges: [{ start: '0123456700', end: '0123456799', did_length: 10 }],
      },
    ],
    callPermissions: [{ name: 'international' }, { name: 'premium' }],
    extensions: [{ exten: '1500', context: 'default' }],
  });
  return { emu, client };
}

function fullUser(i: number, key: string | null): SeedUser {
  const exten = String(1000 + i);
  return {
    user: {
      firstname: `First${i}`,
      lastname: `Last${i}`,
      email: `u${i}@example.com`,
      ...(key ? { userfield: key } : {}),
    },
    line: {
      line: { context: 'default' },
      endpointSip: { username: `sip${i}` },
      extension: { exten, context: 'default' },
    },
    incall: { extension: { exten: `01234567${String(i).padStart(2, '0')}`, context: 'from-extern' } },
    voicemail: { name: `First${i} Last${i}`, number: exten, context: 'default' },
    agent: { number: String(8000 + i), context: 'default' },
  };
}

describe('fetchInventory', () => {
  it('builds the graph of managed users, contexts, used extensions and unmanaged objects in one pass', async () => {
    const { emu, client } = await start();
    const seeded = emu.seed({
      users: [
        { ...fullUser(1, 'k1'), callPermissions: ['international', 'premium'] },
        {
          user: { firstname: 'Bob', userfield: 'k2', password: 'cti-secret' },
          line: { line: { context: 'default' }, extension: { exten: '1002', context: 'default' } },
        },
        { ...fullUser(3, null), callPermissions: ['premium'] },
      ],
    }).users;
    const [alice, bob, carol] = seeded.map((s) => s);
    // Orphans a planner may re-use: an unattached voicemail, agent, SIP endpoint and line.
    const vm = await client.voicemails.create({
      name: 'Old',
      number: '1900',
      context: 'default',
      email: 'old@example.com',
      language: 'fr_FR',
      timezone: 'eu-fr',
    });
    const access = await client.agentsAccess();
    if (access.backend === 'none') throw new Error(access.reason);
    const agentId = await access.api.create({
      number: '8999',
      firstname: null,
      lastname: null,
      context: 'default',
    });
    const sip = await client.endpointsSip.create({ username: 'leftover' });
    const line = await client.lines.create({ context: 'default' });

    emu.requestLog.reset();
    const inventory = await fetchInventory(client, { keyField: 'userfield' });

    expect(emu.requestLog.counts()).toEqual({
      // Full rows, then the directory view for the agents' users (the web services list lacks them).
      'GET /1.1/users': 2,
      'GET /1.1/lines': 1,
      'GET /1.1/endpoints/sip': 1,
      'GET /1.1/extensions': 1,
      'GET /1.1/contexts': 1,
      'GET /1.1/incalls': 1,
      'GET /1.1/voicemails': 1,
      // The client probed the agents API once already (above): one web-services list.
      'GET /callcenter/json.php/restricted/settings/agents/': 1,
      'GET /1.1/callpermissions': 1,
      'GET /1.1/callpermissions/1/users': 1,
      'GET /1.1/callpermissions/2/users': 1,
    });

    expect(inventory.users.map((u) => [u.id, u.key])).toEqual([
      [alice?.userId, 'k1'],
      [bob?.userId, 'k2'],
    ]);
    const [a, b] = inventory.users;
    expect(a).toMatchObject({
      uuid: alice?.uuid,
      firstname: 'First1',
      lastname: 'Last1',
      email: 'u1@example.com',
      enabled: true,
      lines: [
        {
          id: alice?.lineId,
          context: 'default',
          endpointSip: { id: alice?.sipId, username: 'sip1' },
          extension: { id: alice?.extensionId, exten: '1001', context: 'default' },
        },
      ],
      incalls: [
        {
          id: alice?.incallId,
          extension: { id: alice?.didExtensionId, exten: '0123456701', context: 'from-extern' },
        },
      ],
      voicemail: { id: alice?.voicemailId, number: '1001', context: 'default', name: 'First1 Last1' },
      agent: { id: alice?.agentId, number: '8001' },
      callPermissions: [
        { id: 1, name: 'international' },
        { id: 2, name: 'premium' },
      ],
    });
    expect(a?.fields).toMatchObject({ userfield: 'k1', caller_id: '"First1 Last1"', ring_seconds: 30 });
    expect(b?.fields).not.toHaveProperty('password');
    expect(b).toMatchObject({ voicemail: null, agent: null, incalls: [], callPermissions: [] });
    expect(b?.lines[0]?.endpointSip?.username).toMatch(/^[a-z0-9]{8}$/);

    expect(inventory.contexts).toEqual([
      {
        id: expect.any(Number) as number,
        name: 'default',
        type: 'internal',
        userRanges: [{ start: '1000', end: '1999' }],
        groupRanges: [],
        queueRanges: [],
        conferenceRoomRanges: [],
        incallRanges: [],
      },
      {
        id: expect.any(Number) as number,
        name: 'from-extern',
        type: 'incall',
        userRanges: [],
        groupRanges: [],
        queueRanges: [],
        conferenceRoomRanges: [],
        incallRanges: [{ start: '0123456700', end: '0123456799', didLength: 10 }],
      },
    ]);
    expect(Object.keys(inventory.extensionsByContext)).toEqual(['default', 'from-extern']);
    expect(inventory.extensionsByContext['default']?.map((e) => [e.exten, e.userIds])).toEqual([
      ['1001', [alice?.userId]],
      ['1002', [bob?.userId]],
      ['1003', [carol?.userId]],
      ['1500', []],
    ]);
    expect(inventory.extensionsByContext['from-extern']?.map((e) => [e.exten, e.incallId])).toEqual([
      ['0123456701', alice?.incallId],
      ['0123456703', carol?.incallId],
    ]);
    expect(inventory.callPermissions).toEqual([
      { id: 1, name: 'international' },
      { id: 2, name: 'premium' },
    ]);
    expect(inventory.duplicateKeys).toEqual([]);

    const { unmanaged } = inventory;
    expect(unmanaged.users.map((u) => [u.id, u.key, u.callPermissions])).toEqual([
      [carol?.userId, null, [{ id: 2, name: 'premium' }]],
    ]);
    expect(unmanaged.extensions.map((e) => [e.exten, e.userIds])).toEqual([
      ['1500', []],
      ['1003', [carol?.userId]],
      ['0123456703', [carol?.userId]],
    ]);
    expect(unmanaged.voicemails).toEqual([
      {
        id: carol?.voicemailId,
        number: '1003',
        context: 'default',
        name: 'First3 Last3',
        email: null,
        language: null,
        timezone: null,
        userIds: [carol?.userId],
      },
      {
        id: vm.id,
        number: '1900',
        context: 'default',
        name: 'Old',
        email: 'old@example.com',
        language: 'fr_FR',
        timezone: 'eu-fr',
        userIds: [],
      },
    ]);
    expect(unmanaged.agents).toEqual([
      {
        id: carol?.agentId,
        number: '8003',
        firstname: null,
        lastname: null,
        context: 'default',
        userIds: [carol?.userId],
      },
      { id: agentId, number: '8999', firstname: null, lastname: null, context: 'default', userIds: [] },
    ]);
    expect(unmanaged.endpointsSip).toEqual([
      { id: carol?.sipId, username: 'sip3', lineId: carol?.lineId },
      { id: sip.id, username: 'leftover', lineId: null },
    ]);
    expect(unmanaged.lines.map((l) => [l.id, l.userIds])).toEqual([
      [carol?.lineId, [carol?.userId]],
      [line.id, []],
    ]);
    expect(unmanaged.incalls).toEqual([
      {
        id: carol?.incallId,
        extension: { id: carol?.didExtensionId, exten: '0123456703', context: 'from-extern' },
        userId: carol?.userId,
      },
    ]);
  });

  it('reads by description when that is the key field, and flags keys held twice', async () => {
    const { emu, client } = await start();
    emu.seed({
      users: [
        { user: { firstname: 'A', description: ' k-1 ' } },
        { user: { firstname: 'B', description: 'k-1' } },
        { user: { firstname: 'C', userfield: 'not-the-key' } },
      ],
    });
    const inventory = await fetchInventory(client, { keyField: 'description' });
    expect(inventory.users.map((u) => [u.firstname, u.key])).toEqual([
      ['A', 'k-1'],
      ['B', 'k-1'],
    ]);
    expect(inventory.duplicateKeys).toEqual(['k-1']);
    expect(inventory.unmanaged.users.map((u) => u.firstname)).toEqual(['C']);
  });

  it('pages every list: ⌈N/page⌉ requests per resource type and no request per user', async () => {
    const { emu, client } = await start();
    const users: SeedUser[] = Array.from({ length: 250 }, (_, i) => ({
      user: { firstname: `F${i}`, lastname: 'Same', userfield: `k${i}` },
      line: { line: { context: 'default' }, extension: { exten: String(1000 + i), context: 'default' } },
      voicemail: { name: `F${i}`, number: String(1000 + i), context: 'default' },
    }));
    emu.seed({ users });
    emu.requestLog.reset();
    const inventory = await fetchInventory(client, { keyField: 'userfield', pageSize: 100 });
    const counts = emu.requestLog.counts();
    expect(counts['GET /1.1/users']).toBe(3);
    expect(counts['GET /1.1/lines']).toBe(3);
    expect(counts['GET /1.1/voicemails']).toBe(3);
    // 250 user extensions + the unattached 1500.
    expect(counts['GET /1.1/extensions']).toBe(3);
    // The probe; then the web services answer 204 (no agent), so no directory pass either.
    expect(counts['GET /1.1/agents']).toBe(1);
    expect(counts['GET /callcenter/json.php/restricted/settings/agents/']).toBe(2);
    expect(Object.keys(counts).filter((k) => /\/users\/\d+/.test(k))).toEqual([]);
    expect(inventory.users).toHaveLength(250);
    expect(new Set(inventory.users.map((u) => u.key)).size).toBe(250);
    expect(inventory.users.every((u) => u.lines.length === 1 && u.voicemail !== null)).toBe(true);
    expect(inventory.extensionsByContext['default']).toHaveLength(251);
  });

  it('fingerprints the inventory: equal reads agree, any change differs', async () => {
    const { emu, client } = await start();
    const [user] = emu.seed({ users: [fullUser(1, 'k1')] }).users;
    const first = await fetchInventory(client, { keyField: 'userfield' });
    const second = await fetchInventory(client, { keyField: 'userfield' });
    expect(inventoryFingerprint(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(inventoryFingerprint(second)).toBe(inventoryFingerprint(first));
    // Property order does not matter, only content.
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    expect(inventoryFingerprint(reordered)).toBe(inventoryFingerprint(first));

    await client.users.update(user?.uuid ?? '', { lastname: 'Renamed' });
    const third = await fetchInventory(client, { keyField: 'userfield' });
    expect(inventoryFingerprint(third)).not.toBe(inventoryFingerprint(first));
  });

  it('reads confd agents with their users from the agents list, without the directory view', async () => {
    const { emu, client } = await start('xivo-confd-agents');
    const [alice, bob] = emu.seed({ users: [fullUser(1, 'k1'), fullUser(2, null)] }).users;
    emu.requestLog.reset();

    const inventory = await fetchInventory(client, { keyField: 'userfield' });

    const counts = emu.requestLog.counts();
    expect(counts['GET /1.1/users']).toBe(1);
    expect(counts['GET /1.1/agents']).toBe(2); // the probe, then the list
    expect(Object.keys(counts).filter((k) => k.includes('/callcenter/'))).toEqual([]);
    expect(inventory.users[0]).toMatchObject({
      id: alice?.userId,
      agent: { id: alice?.agentId, number: '8001', context: null },
    });
    expect(inventory.unmanaged.agents).toEqual([
      {
        id: bob?.agentId,
        number: '8002',
        firstname: null,
        lastname: null,
        context: null,
        userIds: [bob?.userId],
      },
    ]);
  });
});
