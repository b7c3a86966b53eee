import { describe, expect, it } from 'vitest';
import { fetchLiveInventory } from '../../src/apply/index.ts';
import { startXivo } from '../helpers/xivo.ts';

describe('fetchLiveInventory', () => {
  it('normalises users, lines, DIDs, voicemails, agents and call permissions of a XiVO', async () => {
    const { emu, port } = await startXivo('example');

    const inventory = await fetchLiveInventory(port);
    emu.requestLog.reset();
    const again = await fetchLiveInventory(port, { pageSize: 2 });
    const pagedRequests = emu.requestLog.counts()['GET /1.1/users'];

    const data = emu.snapshot();
    const night = inventory.users.find((u) => u.fields['firstname'] === 'Night');
    const reception = inventory.users.find((u) => u.fields['firstname'] === 'Reception');
    expect(night).toMatchObject({
      voicemailId: data.voicemails[0]?.id,
      agentId: data.agents[0]?.id,
      callPermissionIds: [data.callPermissions[0]?.id],
      lineIds: [],
    });
    const line = inventory.lines.find((l) => l.id === reception?.lineIds[0]);
    expect(line).toMatchObject({ context: 'default', userIds: [reception?.id] });
    expect(line?.endpointSipId).not.toBeNull();
    expect(inventory.extensions.find((e) => e.id === line?.extensionIds[0])).toMatchObject({ exten: '1000' });
    const incall = inventory.incalls.find((i) => i.userId === reception?.id);
    expect(inventory.extensions.find((e) => e.id === incall?.extensionIds[0])).toMatchObject({
      exten: '0123456700',
      context: 'from-extern',
    });
    expect(inventory.voicemails[0]).toMatchObject({ number: '1998', userIds: [night?.id] });
    expect(again).toEqual(inventory);
    expect(pagedRequests).toBe(2);
    expect(inventory.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
