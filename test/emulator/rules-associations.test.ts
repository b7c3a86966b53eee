import { describe, expect, it } from 'vitest';
import { provisionUser, startApi } from './helpers.ts';

// Rules 5 and 6 of xivo-api.md §9 ("the 10 things"); the others are in rules.test.ts.
// Each has at least one accepted and one refused case, over real HTTP.

describe('§9.5 cardinalities', () => {
  it('gives a line at most one extension', async () => {
    const api = await startApi({ seed: 'example' });
    const { lineId } = await provisionUser(api, '1042');
    const second = await api.create('/extensions', { exten: '1043', context: 'default' });

    const refused = await api.call('PUT', `/lines/${lineId}/extensions/${second.id}`);

    expect(refused.status).toBe(400);
    expect((refused.body as string[])[0]).toMatch(/^Resource Error - Line is associated with a Extension/);
  });

  it('shares an extension between lines of the same main user only', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const bob = await provisionUser(api, '1043', { firstname: 'Bob' });
    const aliceLine2 = await api.create('/lines', { context: 'default' });
    const sip = await api.create('/endpoints/sip', {});
    await api.ok('PUT', `/lines/${aliceLine2.id}/endpoints/sip/${sip.id}`);
    await api.ok('PUT', `/users/${alice.userId}/lines/${aliceLine2.id}`);

    const sameUser = await api.call('PUT', `/lines/${aliceLine2.id}/extensions/${alice.extensionId}`);
    await api.ok('DELETE', `/lines/${aliceLine2.id}/extensions/${alice.extensionId}`);
    const otherUser = await api.call('PUT', `/lines/${aliceLine2.id}/extensions/${bob.extensionId}`);

    expect(sameUser.status).toBe(204);
    expect(otherUser.status).toBe(400);
    expect((otherUser.body as string[])[0]).toMatch(/^Resource Error - Extension is associated with a Line/);
  });

  it('makes the first line main_line and the first user main_user, with fallback on dissociation', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const bob = await api.create('/users', { firstname: 'Bob' });
    const line2 = await api.create('/lines', { context: 'default' });
    const sip2 = await api.create('/endpoints/sip', {});
    await api.ok('PUT', `/lines/${line2.id}/endpoints/sip/${sip2.id}`);
    await api.ok('PUT', `/users/${alice.userId}/lines/${line2.id}`);
    await api.ok('PUT', `/users/${bob.id}/lines/${alice.lineId}`);

    const userLines = (await api.call('GET', `/users/${alice.userId}/lines`)).body;
    const lineUsers = (await api.call('GET', `/lines/${alice.lineId}/users`)).body;
    await api.ok('DELETE', `/users/${bob.id}/lines/${alice.lineId}`);
    await api.ok('DELETE', `/users/${alice.userId}/lines/${alice.lineId}`);
    const fallback = (await api.call('GET', `/users/${alice.userId}/lines`)).body;

    expect(userLines).toMatchObject({
      total: 2,
      items: [
        { user_id: alice.userId, line_id: alice.lineId, main_line: true, main_user: true },
        { user_id: alice.userId, line_id: line2.id, main_line: false, main_user: true },
      ],
    });
    expect(lineUsers).toMatchObject({
      total: 2,
      items: [
        { user_id: alice.userId, main_user: true },
        { user_id: bob.id, main_user: false },
      ],
    });
    expect(fallback).toMatchObject({ total: 1, items: [{ line_id: line2.id, main_line: true }] });
  });

  it('gives a user at most one voicemail and one agent, while a voicemail may serve several users', async () => {
    // Agents are created through confd here; on XiVO 16.15 they come from the web services.
    const api = await startApi({ seed: 'example', flavour: 'xivo-confd-agents' });
    const alice = await api.create('/users', { firstname: 'Alice' });
    const bob = await api.create('/users', { firstname: 'Bob' });
    const vm1 = await api.create('/voicemails', { name: 'Shared', number: '1500', context: 'default' });
    const vm2 = await api.create('/voicemails', { name: 'Other', number: '1501', context: 'default' });
    const agent1 = await api.create('/agents', { number: '8001' });
    const agent2 = await api.create('/agents', { number: '8002' });

    await api.ok('PUT', `/users/${alice.id}/voicemails/${vm1.id}`);
    await api.ok('PUT', `/users/${bob.id}/voicemails/${vm1.id}`);
    const secondVm = await api.call('PUT', `/users/${alice.id}/voicemails/${vm2.id}`);
    await api.ok('PUT', `/users/${alice.id}/agents/${agent1.id}`);
    const secondAgent = await api.call('PUT', `/users/${alice.id}/agents/${agent2.id}`);
    const vmUsers = (await api.call('GET', `/voicemails/${vm1.id}/users`)).body;

    expect(secondVm.body).toEqual([
      `Resource Error - User is associated with a Voicemail ('user_id': ${alice.id}, 'voicemail_id': ${vm1.id})`,
    ]);
    expect(secondAgent.body).toEqual([
      `Resource Error - User is associated with a Agent ('user_id': ${alice.id}, 'agent_id': ${agent1.id})`,
    ]);
    expect(vmUsers).toMatchObject({ total: 2 });
  });

  it('links an incall to one extension and an extension to one incall; call permissions are many-to-many', async () => {
    const api = await startApi({ seed: 'example' });
    const user = await api.create('/users', { firstname: 'Alice' });
    const incall = await api.create('/incalls', { destination: { type: 'user', user_id: user.id } });
    const incall2 = await api.create('/incalls', { destination: { type: 'none' } });
    const did1 = await api.create('/extensions', { exten: '0123456742', context: 'from-extern' });
    const did2 = await api.create('/extensions', { exten: '0123456743', context: 'from-extern' });
    const perm1 = await api.create('/callpermissions', { name: 'p1' });
    const perm2 = await api.create('/callpermissions', { name: 'p2' });

    await api.ok('PUT', `/incalls/${incall.id}/extensions/${did1.id}`);
    const secondDid = await api.call('PUT', `/incalls/${incall.id}/extensions/${did2.id}`);
    const takenDid = await api.call('PUT', `/incalls/${incall2.id}/extensions/${did1.id}`);
    await api.ok('PUT', `/users/${user.id}/callpermissions/${perm1.id}`);
    await api.ok('PUT', `/users/${user.id}/callpermissions/${perm2.id}`);
    const permissions = (await api.call('GET', `/users/${user.id}/callpermissions`)).body;

    expect((secondDid.body as string[])[0]).toMatch(
      /^Resource Error - Incall is associated with a Extension/,
    );
    expect((takenDid.body as string[])[0]).toMatch(/^Resource Error - Extension is associated with a Incall/);
    expect(permissions).toMatchObject({ total: 2 });
  });
});

describe('§9.6 already associated, missing associations, devices and secondary users', () => {
  it('refuses to associate the same pair twice', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const perm = await api.create('/callpermissions', { name: 'p1' });
    await api.ok('PUT', `/users/${alice.userId}/callpermissions/${perm.id}`);

    const sameLine = await api.call('PUT', `/users/${alice.userId}/lines/${alice.lineId}`);
    const samePerm = await api.call('PUT', `/users/${alice.userId}/callpermissions/${perm.id}`);

    expect(sameLine.body).toEqual([
      `Resource Error - User is associated with a Line ('user_id': ${alice.userId}, 'line_id': ${alice.lineId})`,
    ]);
    expect((samePerm.body as string[])[0]).toMatch(
      /^Resource Error - User is associated with a CallPermission/,
    );
  });

  it.each([
    ['UserLine', (ids: Ids) => `/users/${ids.user}/lines/${ids.line}`],
    ['LineExtension', (ids: Ids) => `/lines/${ids.line}/extensions/${ids.extension}`],
    ['UserVoicemail', (ids: Ids) => `/users/${ids.user}/voicemails`],
    ['UserAgent', (ids: Ids) => `/users/${ids.user}/agents`],
    ['IncallExtension', (ids: Ids) => `/incalls/${ids.incall}/extensions/${ids.did}`],
  ])('answers 404 %s when dissociating a pair that is not associated', async (name, path) => {
    const api = await startApi({ seed: 'example' });
    const user = await api.create('/users', { firstname: 'Alice' });
    const line = await api.create('/lines', { context: 'default' });
    const extension = await api.create('/extensions', { exten: '1042', context: 'default' });
    const incall = await api.create('/incalls', { destination: { type: 'none' } });
    const did = await api.create('/extensions', { exten: '0123456742', context: 'from-extern' });
    const ids = { user: user.id, line: line.id, extension: extension.id, incall: incall.id, did: did.id };

    const refused = await api.call('DELETE', path(ids));

    expect(refused.status).toBe(404);
    expect((refused.body as string[])[0]).toMatch(new RegExp(`^Resource Not Found - ${name} was not found`));
  });

  it('dissociates an associated pair', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');

    const extension = await api.call('DELETE', `/lines/${alice.lineId}/extensions/${alice.extensionId}`);
    const line = await api.call('DELETE', `/users/${alice.userId}/lines/${alice.lineId}`);

    expect([extension.status, line.status]).toEqual([204, 204]);
  });

  it('refuses to dissociate a line that has a provisioned device (the example seed has one)', async () => {
    const api = await startApi({ seed: 'example' });
    const lines = (await api.call('GET', '/lines')).body as {
      items: Array<{
        id: number;
        device_id: string | null;
        users: Array<{ uuid: string }>;
        extensions: Array<{ id: number }>;
      }>;
    };
    const withDevice = lines.items.find((l) => l.device_id !== null);
    const without = lines.items.find((l) => l.device_id === null);

    const userLine = await api.call('DELETE', `/users/${withDevice?.users[0]?.uuid}/lines/${withDevice?.id}`);
    const lineExtension = await api.call(
      'DELETE',
      `/lines/${withDevice?.id}/extensions/${withDevice?.extensions[0]?.id}`,
    );
    const free = await api.call('DELETE', `/users/${without?.users[0]?.uuid}/lines/${without?.id}`);

    expect(userLine.status).toBe(400);
    expect((userLine.body as string[])[0]).toMatch(
      /^Resource Error - Line is associated with a Device \('line_id': \d+, 'device_id': '[0-9a-f]+'\)$/,
    );
    expect((lineExtension.body as string[])[0]).toMatch(/^Resource Error - Line is associated with a Device/);
    expect(free.status).toBe(204);
  });

  it('keeps the main user on a line while secondary users remain', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const bob = await api.create('/users', { firstname: 'Bob' });
    await api.ok('PUT', `/users/${bob.id}/lines/${alice.lineId}`);

    const mainLeaves = await api.call('DELETE', `/users/${alice.userId}/lines/${alice.lineId}`);
    const secondaryLeaves = await api.call('DELETE', `/users/${bob.id}/lines/${alice.lineId}`);

    expect(mainLeaves.body).toEqual([
      `Resource Error - There are secondary users associated to the line ('line_id': ${alice.lineId})`,
    ]);
    expect(secondaryLeaves.status).toBe(204);
  });
});

interface Ids {
  user: number;
  line: number;
  extension: number;
  incall: number;
  did: number;
}
