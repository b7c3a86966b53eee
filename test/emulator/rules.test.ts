import { describe, expect, it } from 'vitest';
import { provisionUser, startApi } from './helpers.ts';

// One describe per rule of xivo-api.md §9 ("the 10 things"); rule 10 (auth) is in auth.test.ts.
// Each has at least one accepted and one refused case, over real HTTP.

describe('§9.1 error shape and status codes', () => {
  it('answers 201 + Location + body on create, 204 empty on update/delete/associate', async () => {
    const api = await startApi({ seed: 'example' });

    const created = await api.call('POST', '/users', { firstname: 'Alice' });
    const id = (created.body as { id: number }).id;
    const updated = await api.call('PUT', `/users/${id}`, { lastname: 'Martin' });
    const deleted = await api.call('DELETE', `/users/${id}`);

    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${api.emulator.url}/1.1/users/${id}`);
    expect(created.body).toMatchObject({ id, firstname: 'Alice' });
    expect([updated.status, updated.body]).toEqual([204, undefined]);
    expect([deleted.status, deleted.body]).toEqual([204, undefined]);
  });

  it('answers errors as a JSON array of categorised strings, 404 for a missing resource, 400 otherwise, never 409', async () => {
    const api = await startApi({ seed: 'example' });
    await api.create('/users', { firstname: 'Alice', email: 'alice@example.com' });

    const missing = await api.call('GET', '/users/999');
    const duplicate = await api.call('POST', '/users', { firstname: 'Bob', email: 'alice@example.com' });
    const invalid = await api.call('POST', '/users', { lastname: 'NoFirstname' });

    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(["Resource Not Found - User was not found ('id': 999)"]);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual(["Resource Error - User already exists ('email': 'alice@example.com')"]);
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual(["Input Error - firstname: ['Missing data for required field.']"]);
  });

  it('answers 400 on a malformed or undeclared JSON body, and a JSON 404 on unknown routes and ids', async () => {
    const api = await startApi();

    const badJson = await api.call('POST', '/users', '{"firstname": ');
    const unknown = await api.call('GET', '/no-such-thing');
    const malformedId = await api.call('GET', '/users/%E0%A4%A');
    const notDeclaredJson = await fetch(`${api.emulator.url}/1.1/users`, {
      method: 'POST',
      headers: { 'X-Auth-Token': api.token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '{"firstname": "Form"}',
    });

    expect(badJson.status).toBe(400);
    expect(badJson.body).toEqual([
      'The browser (or proxy) sent a request that this server could not understand.',
    ]);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json');
    expect(Array.isArray(unknown.body)).toBe(true);
    expect(notDeclaredJson.status).toBe(400);
    expect(await notDeclaredJson.json()).toEqual(["Input Error - _schema: ['Invalid input type.']"]);
    expect(malformedId.status).toBe(404);
    expect((malformedId.body as string[])[0]).toMatch(/^Resource Not Found - User was not found/);
  });

  it('applies PUT as a partial update, ignores unknown fields and keeps booleans strict', async () => {
    const api = await startApi();
    const user = await api.create('/users', { firstname: 'Alice', lastname: 'Martin', frobnicate: 42 });

    await api.ok('PUT', `/users/${user.id}`, { mobile_phone_number: '+33612345678', color: 'blue' });
    const after = (await api.call('GET', `/users/${user.id}`)).body as Record<string, unknown>;
    const notBool = await api.call('PUT', `/users/${user.id}`, { enabled: 'true' });
    const notInt = await api.call('PUT', `/users/${user.id}`, { ring_seconds: '30' });

    expect(after).toMatchObject({
      firstname: 'Alice',
      lastname: 'Martin',
      mobile_phone_number: '+33612345678',
    });
    expect(after).not.toHaveProperty('frobnicate');
    expect(after).not.toHaveProperty('color');
    expect(notBool.status).toBe(400);
    expect(notBool.body).toEqual(["Input Error - enabled: ['Not a valid boolean.']"]);
    expect(notInt.body).toEqual(["Input Error - ring_seconds: ['Not a valid integer.']"]);
  });
});

describe('§9.2 uniqueness', () => {
  it('refuses a duplicate extension in the same context but accepts it in another', async () => {
    const api = await startApi({ seed: 'example' });
    await api.create('/contexts', { name: 'branch', user_ranges: [{ start: '1000', end: '1999' }] });
    await api.create('/extensions', { exten: '1500', context: 'default' });

    const elsewhere = await api.call('POST', '/extensions', { exten: '1500', context: 'branch' });
    const duplicate = await api.call('POST', '/extensions', { exten: '1500', context: 'default' });

    expect(elsewhere.status).toBe(201);
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toEqual([
      "Resource Error - Extension already exists ('exten': '1500', 'context': 'default')",
    ]);
  });

  it.each([
    [
      'voicemail number+context',
      '/voicemails',
      { name: 'A', number: '1500', context: 'default' },
      { name: 'B', number: '1500', context: 'default' },
      'Voicemail already exists',
    ],
    [
      'user email',
      '/users',
      { firstname: 'A', email: 'a@example.com' },
      { firstname: 'B', email: 'a@example.com' },
      'User already exists',
    ],
    [
      'user username',
      '/users',
      { firstname: 'A', username: 'alice' },
      { firstname: 'B', username: 'alice' },
      'User already exists',
    ],
    [
      'SIP username',
      '/endpoints/sip',
      { username: 'alice-sip' },
      { username: 'alice-sip' },
      'SIPEndpoint already exists',
    ],
    [
      'line provisioning_code',
      '/lines',
      { context: 'default', provisioning_code: '123456' },
      { context: 'default', provisioning_code: '123456' },
      'Line already exists',
    ],
    ['context name', '/contexts', { name: 'branch' }, { name: 'branch' }, 'Context already exists'],
    [
      'call permission name',
      '/callpermissions',
      { name: 'intl' },
      { name: 'intl' },
      'CallPermission already exists',
    ],
    ['agent number', '/agents', { number: '8100' }, { number: '8100' }, 'Agent already exists'],
  ])('refuses a duplicate %s', async (_name, path, first, second, message) => {
    const api = await startApi({ seed: 'example' });

    const accepted = await api.call('POST', path, first);
    const refused = await api.call('POST', path, second);

    expect(accepted.status).toBe(201);
    expect(refused.status).toBe(400);
    expect((refused.body as string[])[0]).toMatch(new RegExp(`^Resource Error - ${message} \\(`));
  });

  it('lets an update keep its own unique values', async () => {
    const api = await startApi();
    const user = await api.create('/users', { firstname: 'A', email: 'a@example.com' });

    const same = await api.call('PUT', `/users/${user.id}`, { email: 'a@example.com', firstname: 'Anne' });

    expect(same.status).toBe(204);
  });
});

describe('§9.3 context ranges', () => {
  it('accepts an internal extension inside a range and refuses one outside', async () => {
    const api = await startApi({ seed: 'example' });

    const inside = await api.call('POST', '/extensions', { exten: '1998', context: 'default' });
    const inGroupRange = await api.call('POST', '/extensions', { exten: '2001', context: 'default' });
    const outside = await api.call('POST', '/extensions', { exten: '99999', context: 'default' });

    expect(inside.status).toBe(201);
    expect(inGroupRange.status).toBe(201);
    expect(outside.status).toBe(400);
    expect(outside.body).toEqual([
      "Input Error - Extension '99999' is outside of range for context 'default'",
    ]);
  });

  it('compares DIDs on their last did_length digits', async () => {
    const api = await startApi({ seed: 'example' });

    const fullNumber = await api.call('POST', '/extensions', { exten: '0123456742', context: 'from-extern' });
    const suffix = await api.call('POST', '/extensions', { exten: '5442', context: 'from-extern' });
    const wrongSuffix = await api.call('POST', '/extensions', { exten: '5542', context: 'from-extern' });
    const fullOfShortRange = await api.call('POST', '/extensions', {
      exten: '0198765442',
      context: 'from-extern',
    });

    expect(fullNumber.status).toBe(201);
    expect(suffix.status).toBe(201);
    expect(wrongSuffix.status).toBe(400);
    expect(fullOfShortRange.status).toBe(400);
  });

  it('exempts patterns and outcall contexts, and refuses an unknown context', async () => {
    const api = await startApi({ seed: 'example' });

    const pattern = await api.call('POST', '/extensions', { exten: '_9XXX', context: 'default' });
    const outcall = await api.call('POST', '/extensions', { exten: '0033123', context: 'to-extern' });
    const unknown = await api.call('POST', '/extensions', { exten: '1000', context: 'nowhere' });

    expect(pattern.status).toBe(201);
    expect(outcall.status).toBe(201);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual([
      "Input Error - field 'context': Context was not found ('context': 'nowhere')",
    ]);
  });

  it('checks the range again when an extension is moved', async () => {
    const api = await startApi({ seed: 'example' });
    const extension = await api.create('/extensions', { exten: '1500', context: 'default' });

    const inside = await api.call('PUT', `/extensions/${extension.id}`, { exten: '1501' });
    const outside = await api.call('PUT', `/extensions/${extension.id}`, { exten: '5000' });

    expect(inside.status).toBe(204);
    expect(outside.body).toEqual([
      "Input Error - Extension '5000' is outside of range for context 'default'",
    ]);
  });
});

describe('§9.4 line prerequisites', () => {
  it('requires an endpoint before user↔line and line↔extension', async () => {
    const api = await startApi({ seed: 'example' });
    const user = await api.create('/users', { firstname: 'Alice' });
    const line = await api.create('/lines', { context: 'default' });
    const extension = await api.create('/extensions', { exten: '1042', context: 'default' });

    const userLine = await api.call('PUT', `/users/${user.id}/lines/${line.id}`);
    const lineExtension = await api.call('PUT', `/lines/${line.id}/extensions/${extension.id}`);
    const sip = await api.create('/endpoints/sip', {});
    await api.ok('PUT', `/lines/${line.id}/endpoints/sip/${sip.id}`);
    const userLineAfter = await api.call('PUT', `/users/${user.id}/lines/${line.id}`);
    const lineExtensionAfter = await api.call('PUT', `/lines/${line.id}/extensions/${extension.id}`);

    expect(userLine.body).toEqual([
      `Resource Error - Line must be associated with a Endpoint ('line_id': ${line.id})`,
    ]);
    expect(lineExtension.status).toBe(400);
    expect(userLineAfter.status).toBe(204);
    expect(lineExtensionAfter.status).toBe(204);
  });

  it('accepts a line caller id only once the line has an endpoint, and one endpoint per line', async () => {
    const api = await startApi({ seed: 'example' });
    const line = await api.create('/lines', { context: 'default' });
    const other = await api.create('/lines', { context: 'default' });
    const sip = await api.create('/endpoints/sip', {});

    const onCreate = await api.call('POST', '/lines', { context: 'default', caller_id_name: 'Alice' });
    const before = await api.call('PUT', `/lines/${line.id}`, {
      caller_id_name: 'Alice',
      caller_id_num: '1042',
    });
    await api.ok('PUT', `/lines/${line.id}/endpoints/sip/${sip.id}`);
    const after = await api.call('PUT', `/lines/${line.id}`, {
      caller_id_name: 'Alice',
      caller_id_num: '1042',
    });
    const sipTwice = await api.call('PUT', `/lines/${other.id}/endpoints/sip/${sip.id}`);
    const lineBody = (await api.call('GET', `/lines/${line.id}`)).body;

    expect(onCreate.status).toBe(400);
    expect(before.body).toEqual([
      `Resource Error - Line must be associated with a Endpoint ('line_id': ${line.id})`,
    ]);
    expect(after.status).toBe(204);
    expect(lineBody).toMatchObject({
      caller_id_name: 'Alice',
      caller_id_num: '1042',
      protocol: 'sip',
      name: sip['username'],
    });
    expect((sipTwice.body as string[])[0]).toMatch(/^Resource Error - Endpoint is associated with a Line/);
  });

  it('requires an internal context for line↔extension and an incall context for incall↔extension', async () => {
    const api = await startApi({ seed: 'example' });
    const { lineId } = await provisionUser(api, '1042');
    const line2 = await api.create('/lines', { context: 'default' });
    const sip2 = await api.create('/endpoints/sip', {});
    await api.ok('PUT', `/lines/${line2.id}/endpoints/sip/${sip2.id}`);
    const did = await api.create('/extensions', { exten: '0123456742', context: 'from-extern' });
    const internal = await api.create('/extensions', { exten: '1043', context: 'default' });
    const incall = await api.create('/incalls', { destination: { type: 'none' } });

    const didOnLine = await api.call('PUT', `/lines/${line2.id}/extensions/${did.id}`);
    const internalOnIncall = await api.call('PUT', `/incalls/${incall.id}/extensions/${internal.id}`);
    const didOnIncall = await api.call('PUT', `/incalls/${incall.id}/extensions/${did.id}`);

    expect(lineId).toBeGreaterThan(0);
    expect(didOnLine.body).toEqual(["Resource Error - ContextType 'incall' cannot be associated"]);
    expect(internalOnIncall.body).toEqual(["Resource Error - ContextType 'internal' cannot be associated"]);
    expect(didOnIncall.status).toBe(204);
  });
});

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
    const api = await startApi({ seed: 'example' });
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

describe('§9.7 delete guards', () => {
  it('refuses to delete a user with a line or a voicemail, and deletes one without', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const bob = await api.create('/users', { firstname: 'Bob' });
    const vm = await api.create('/voicemails', { name: 'Bob', number: '1500', context: 'default' });
    await api.ok('PUT', `/users/${bob.id}/voicemails/${vm.id}`);
    const carol = await api.create('/users', { firstname: 'Carol' });

    const withLine = await api.call('DELETE', `/users/${alice.userId}`);
    const withVoicemail = await api.call('DELETE', `/users/${bob.id}`);
    const free = await api.call('DELETE', `/users/${carol.id}`);

    expect(withLine.body).toEqual([
      `Resource Error - User is associated with a Line ('user_id': ${alice.userId}, 'line_ids': (${alice.lineId},))`,
    ]);
    expect((withVoicemail.body as string[])[0]).toMatch(
      /^Resource Error - User is associated with a Voicemail/,
    );
    expect(free.status).toBe(204);
  });

  it('refuses to delete a voicemail with users, an associated extension, or a referenced context', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const vm = await api.create('/voicemails', { name: 'Alice', number: '1500', context: 'default' });
    await api.ok('PUT', `/users/${alice.userId}/voicemails/${vm.id}`);
    const empty = await api.create('/contexts', { name: 'empty' });

    const voicemail = await api.call('DELETE', `/voicemails/${vm.id}`);
    const extension = await api.call('DELETE', `/extensions/${alice.extensionId}`);
    const context = await api.call('DELETE', `/contexts/1`);
    const emptyContext = await api.call('DELETE', `/contexts/${empty.id}`);

    expect((voicemail.body as string[])[0]).toMatch(/^Resource Error - Voicemail is associated with a User/);
    expect((extension.body as string[])[0]).toMatch(/^Resource Error - Extension is associated with a Line/);
    expect((context.body as string[])[0]).toMatch(/^Resource Error - Context is associated with a/);
    expect(emptyContext.status).toBe(204);
  });

  it('refuses to delete a SIP endpoint still attached to its line, and to detach it while the line is in use', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const spare = await api.create('/endpoints/sip', {});

    const attached = await api.call('DELETE', `/endpoints/sip/${alice.sipId}`);
    const inUse = await api.call('DELETE', `/lines/${alice.lineId}/endpoints/sip/${alice.sipId}`);
    const free = await api.call('DELETE', `/endpoints/sip/${spare.id}`);

    expect((attached.body as string[])[0]).toMatch(/^Resource Error - SIPEndpoint is associated with a Line/);
    expect((inUse.body as string[])[0]).toMatch(/^Resource Error - Line is associated with a User/);
    expect(free.status).toBe(204);
  });

  it('frees the extension of a deleted incall, removes the endpoint of a deleted line, drops memberships', async () => {
    const api = await startApi({ seed: 'example' });
    const alice = await provisionUser(api, '1042');
    const incall = await api.create('/incalls', { destination: { type: 'user', user_id: alice.userId } });
    const did = await api.create('/extensions', { exten: '0123456742', context: 'from-extern' });
    await api.ok('PUT', `/incalls/${incall.id}/extensions/${did.id}`);
    const perm = await api.create('/callpermissions', { name: 'p1' });
    await api.ok('PUT', `/users/${alice.userId}/callpermissions/${perm.id}`);

    await api.ok('DELETE', `/incalls/${incall.id}`);
    const didAfter = (await api.call('GET', `/extensions/${did.id}`)).body;
    await api.ok('DELETE', `/lines/${alice.lineId}`);
    const sipAfter = await api.call('GET', `/endpoints/sip/${alice.sipId}`);
    const extensionAfter = (await api.call('GET', `/extensions/${alice.extensionId}`)).body;
    await api.ok('DELETE', `/callpermissions/${perm.id}`);
    const permissionsAfter = (await api.call('GET', `/users/${alice.userId}/callpermissions`)).body;
    const userDeleted = await api.call('DELETE', `/users/${alice.userId}`);

    expect(didAfter).toMatchObject({ incall: null });
    expect(sipAfter.status).toBe(404);
    expect(extensionAfter).toMatchObject({ lines: [] });
    expect(permissionsAfter).toEqual({ total: 0, items: [] });
    expect(userDeleted.status).toBe(204);
  });
});

describe('§9.8 lists', () => {
  async function listApi() {
    const api = await startApi({ seed: 'example' });
    for (const [firstname, lastname, exten] of [
      ['Zoé', 'Adam', '1100'],
      ['Yann', 'Berger', '1101'],
      ['Xavier', 'Clément', '1102'],
    ] as const) {
      await provisionUser(api, exten, {
        firstname,
        lastname,
        email: `${firstname.toLowerCase()}@corp.example`,
      });
    }
    return api;
  }

  it('pages with total before limit/offset and sorts by lastname by default', async () => {
    const api = await listApi();

    const all = (await api.call('GET', '/users')).body as {
      total: number;
      items: Array<{ lastname: string }>;
    };
    const paged = (await api.call('GET', '/users?limit=2&offset=1')).body as typeof all;
    const skipped = (await api.call('GET', '/users?limit=1&skip=2')).body as typeof all;
    const desc = (await api.call('GET', '/users?order=firstname&direction=desc&limit=1')).body as {
      items: Array<{ firstname: string }>;
    };

    expect(all.total).toBe(6);
    expect(all.items.map((u) => u.lastname)).toEqual([
      'Adam',
      'Berger',
      'Clément',
      'Desk',
      'Operator',
      'Room',
    ]);
    expect(paged.total).toBe(6);
    expect(paged.items.map((u) => u.lastname)).toEqual(['Berger', 'Clément']);
    expect(skipped.items.map((u) => u.lastname)).toEqual(['Clément']);
    expect(desc.items[0]?.firstname).toBe('Zoé');
  });

  it('searches case-insensitively over the documented columns and filters exact columns', async () => {
    const api = await listApi();

    const byName = (await api.call('GET', '/users?search=BERG')).body;
    const byExten = (await api.call('GET', '/users?search=110')).body as { total: number };
    const byEmail = (await api.call('GET', '/users?email=yann@corp.example')).body;
    const partialEmail = (await api.call('GET', '/users?email=yann')).body;
    const extensions = (await api.call('GET', '/extensions?exten=1100&context=default')).body;
    const incallOnly = (await api.call('GET', '/extensions?type=incall')).body as {
      items: Array<{ context: string }>;
    };

    expect(byName).toMatchObject({ total: 1, items: [{ lastname: 'Berger' }] });
    expect(byExten.total).toBe(3);
    expect(byEmail).toMatchObject({ total: 1, items: [{ firstname: 'Yann' }] });
    expect(partialEmail).toMatchObject({ total: 0 });
    expect(extensions).toMatchObject({ total: 1, items: [{ exten: '1100' }] });
    expect(incallOnly.items.every((e) => e.context === 'from-extern')).toBe(true);
  });

  it.each([
    ['limit=0', "Input Error - field 'limit': wrong type. Should be a positive number"],
    ['limit=abc', "Input Error - field 'limit': wrong type. Should be a positive number"],
    ['offset=-1', "Input Error - field 'offset': wrong type. Should be a positive number"],
    ['order=shoe_size', "Input Error - order: column 'shoe_size' was not found"],
    ['direction=up', "Input Error - direction: must be 'asc' or 'desc'"],
  ])('refuses %s with the documented message', async (query, message) => {
    const api = await startApi();

    const reply = await api.call('GET', `/users?${query}`);

    expect(reply.status).toBe(400);
    expect(reply.body).toEqual([message]);
  });

  it('serves the directory and summary views', async () => {
    const api = await listApi();
    const vm = await api.create('/voicemails', { name: 'Zoé Adam', number: '1100', context: 'default' });
    const agent = await api.create('/agents', { number: '8100' });
    const zoe = ((await api.call('GET', '/users?search=zoé')).body as { items: Array<{ id: number }> })
      .items[0];
    await api.ok('PUT', `/users/${zoe?.id}/voicemails/${vm.id}`);
    await api.ok('PUT', `/users/${zoe?.id}/agents/${agent.id}`);

    const directory = (await api.call('GET', '/users?view=directory&search=zoé')).body;
    const summary = (await api.call('GET', '/users?view=summary&search=zoé')).body;
    const unknownView = await api.call('GET', '/users?view=full');

    expect(directory).toMatchObject({
      total: 1,
      items: [
        { agent_id: agent.id, voicemail_number: '1100', exten: '1100', context: 'default', firstname: 'Zoé' },
      ],
    });
    expect(summary).toMatchObject({
      items: [{ extension: '1100', context: 'default', protocol: 'sip', enabled: true }],
    });
    expect(unknownView.status).toBe(400);
  });
});

describe('§9.9 defaults and generated values', () => {
  it('fills user defaults and a uuid, and addresses users by id or uuid', async () => {
    const api = await startApi();

    const user = await api.create('/users', { firstname: 'John', lastname: 'Doe' });
    const byUuid = await api.call('GET', `/users/${String(user['uuid'])}`);
    const badUuid = await api.call('GET', '/users/6f1a0c4e-0000-4000-8000-000000000000');

    expect(user).toMatchObject({
      caller_id: '"John Doe"',
      ring_seconds: 30,
      simultaneous_calls: 5,
      supervision_enabled: true,
      enabled: true,
      call_transfer_enabled: false,
    });
    expect(user['uuid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(byUuid.body).toMatchObject({ id: user.id });
    expect(badUuid.status).toBe(404);
  });

  it('generates line, SIP, voicemail and call-permission defaults', async () => {
    const api = await startApi({ seed: 'example' });

    const line = await api.create('/lines', { context: 'default' });
    const sip = await api.create('/endpoints/sip', {});
    const vm = await api.create('/voicemails', { name: 'A', number: '1500', context: 'default' });
    const perm = await api.create('/callpermissions', { name: 'p1' });

    expect(line).toMatchObject({ position: 1, registrar: 'default' });
    expect(line['provisioning_code']).toMatch(/^[1-8]{6}$/);
    expect(sip).toMatchObject({ type: 'friend', host: 'dynamic' });
    expect(sip['username']).toMatch(/^[a-z0-9]{8}$/);
    expect(sip['secret']).toMatch(/^[a-z0-9]{8}$/);
    expect(vm).toMatchObject({ ask_password: true, delete_messages: false, enabled: true });
    expect(perm).toMatchObject({ mode: 'deny', enabled: true });
  });

  it('refuses values that break the field rules', async () => {
    const api = await startApi({ seed: 'example' });

    const ring = await api.call('POST', '/users', { firstname: 'A', ring_seconds: 61 });
    const language = await api.call('POST', '/users', { firstname: 'A', language: 'french' });
    const code = await api.call('POST', '/lines', { context: 'default', provisioning_code: '12' });
    const vmNumber = await api.call('POST', '/voicemails', { name: 'A', number: 'abc', context: 'default' });

    expect(ring.body).toEqual(["Input Error - ring_seconds: ['Must be between 0 and 60.']"]);
    expect(language.body).toEqual(["Input Error - language: ['String does not match expected pattern.']"]);
    expect(code.status).toBe(400);
    expect(vmNumber.status).toBe(400);
  });
});

describe('incall destinations', () => {
  it('accepts an existing destination user, shows it on the user, and refuses an unknown one', async () => {
    const api = await startApi();
    const user = await api.create('/users', { firstname: 'Alice', lastname: 'Martin' });

    const accepted = await api.create('/incalls', {
      destination: { type: 'user', user_id: user.id, ring_time: 20 },
    });
    const refused = await api.call('POST', '/incalls', { destination: { type: 'user', user_id: 404 } });
    const badType = await api.call('POST', '/incalls', { destination: { type: 'teleport' } });
    const userAfter = (await api.call('GET', `/users/${user.id}`)).body;

    expect(accepted['destination']).toEqual({
      type: 'user',
      user_id: user.id,
      ring_time: 20,
      user_firstname: 'Alice',
      user_lastname: 'Martin',
    });
    expect(userAfter).toMatchObject({ incalls: [{ id: accepted.id, extensions: [] }] });
    expect(refused.body).toEqual(["Input Error - field 'actionarg1': User was not found"]);
    expect(badType.body).toEqual(["Input Error - destination: {'type': ['Not a valid choice.']}"]);
  });
});
