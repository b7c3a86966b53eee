import { describe, expect, it } from 'vitest';
import { provisionUser, startApi } from './helpers.ts';

// Rules 7 to 9 of xivo-api.md §9 ("the 10 things") and incall destinations; the others are in rules.test.ts.
// Each has at least one accepted and one refused case, over real HTTP.

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
  // Agents are created through confd here; on XiVO 16.15 they come from the web services.
  async function listApi() {
    const api = await startApi({ seed: 'example', flavour: 'xivo-confd-agents' });
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
