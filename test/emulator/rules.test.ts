import { describe, expect, it } from 'vitest';
import { provisionUser, startApi } from './helpers.ts';

// One describe per rule of xivo-api.md §9 ("the 10 things"): rules 1-4 here, 5-6 in
// rules-associations.test.ts, 7-9 in rules-deletes-lists.test.ts, 10 (auth) in auth.test.ts.
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
    const api = await startApi({ seed: 'example', flavour: 'xivo-confd-agents' });

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
