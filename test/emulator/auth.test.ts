import { describe, expect, it } from 'vitest';
import { AUTH_PASSWORD, AUTH_USER, basic, getToken, send, startApi } from './helpers.ts';

// §9.10: xivo-auth 0.1 tokens and confd's ACL check.

describe('§9.10 auth: POST /0.1/token', () => {
  it('issues a token for the webservice user with backend xivo_service', async () => {
    const api = await startApi({ clock: () => Date.UTC(2026, 10, 26, 12, 0, 0) });

    const reply = await send(
      `${api.emulator.url}/0.1/token`,
      'POST',
      { backend: 'xivo_service', expiration: 3600 },
      basic(AUTH_USER, AUTH_PASSWORD),
    );

    expect(reply.status).toBe(200);
    const data = (reply.body as { data: Record<string, unknown> }).data;
    expect(Object.keys(data).sort()).toEqual([
      'acls',
      'auth_id',
      'expires_at',
      'issued_at',
      'token',
      'xivo_user_uuid',
    ]);
    expect(data).toMatchObject({ acls: ['confd.#'], xivo_user_uuid: null, auth_id: '1' });
    expect(data['issued_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const hours =
      (Date.parse(String(data['expires_at'])) - Date.parse(String(data['issued_at']))) / 3_600_000;
    expect(hours).toBe(1);
  });

  it.each([
    ['a wrong password', basic(AUTH_USER, 'wrong'), { backend: 'xivo_service' }],
    ['an unknown login', basic('nobody', AUTH_PASSWORD), { backend: 'xivo_service' }],
    ['another backend', basic(AUTH_USER, AUTH_PASSWORD), { backend: 'xivo_user' }],
    ['no credentials', {}, { backend: 'xivo_service' }],
  ])('answers 401 Authentication Failed for %s', async (_case, headers, body) => {
    const api = await startApi();

    const reply = await send(`${api.emulator.url}/0.1/token`, 'POST', body, headers);

    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ reason: ['Authentication Failed'], status_code: 401 });
    expect((reply.body as { timestamp: unknown[] }).timestamp[0]).toEqual(expect.any(Number));
  });

  it('answers 400 Invalid expiration for a non-positive expiration, 500 without a backend, 400 on bad JSON', async () => {
    const api = await startApi();
    const headers = basic(AUTH_USER, AUTH_PASSWORD);

    const zero = await send(
      `${api.emulator.url}/0.1/token`,
      'POST',
      { backend: 'xivo_service', expiration: 0 },
      headers,
    );
    const text = await send(
      `${api.emulator.url}/0.1/token`,
      'POST',
      { backend: 'xivo_service', expiration: '60' },
      headers,
    );
    const noBackend = await send(`${api.emulator.url}/0.1/token`, 'POST', {}, headers);
    const badJson = await send(`${api.emulator.url}/0.1/token`, 'POST', '{"backend":', headers);

    expect(zero.body).toMatchObject({ reason: ['Invalid expiration'], status_code: 400 });
    expect(text.status).toBe(400);
    expect(noBackend.status).toBe(500);
    expect(noBackend.body).toMatch(/<title>500 Internal Server Error<\/title>/);
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatch(/<title>400 Bad Request<\/title>/);
  });
});

describe('§9.10 auth: token operations', () => {
  it('reads, checks, scopes and revokes a token', async () => {
    const api = await startApi({ acls: ['confd.users.read'] });
    const url = `${api.emulator.url}/0.1/token/${api.token}`;

    const got = await send(url, 'GET');
    const scoped = await send(`${url}?scope=confd.users.read`, 'HEAD');
    const forbidden = await send(`${url}?scope=confd.lines.read`, 'GET');
    const forbiddenHead = await send(`${url}?scope=confd.lines.read`, 'HEAD');
    const revoked = await send(url, 'DELETE');
    const gone = await send(url, 'GET');
    const goneHead = await send(url, 'HEAD');

    expect(got.body).toMatchObject({ data: { token: api.token } });
    expect(scoped.status).toBe(204);
    expect(forbidden.body).toMatchObject({ reason: ['Unauthorized for confd.lines.read'], status_code: 403 });
    expect(forbiddenHead.status).toBe(403);
    expect(revoked.body).toEqual({ data: { message: 'success' } });
    expect(gone.body).toMatchObject({ reason: ['No such token'], status_code: 404 });
    expect(goneHead.status).toBe(404);
  });

  it.each([
    ['confd.users.*.read', 'confd.users.42.read', 204],
    ['confd.users.*.read', 'confd.users.42.lines.read', 403],
    ['confd.users.*', 'confd.users', 403],
    ['confd.#', 'confd.users.42.lines.7.update', 204],
    ['confd.#', 'auth.tokens.read', 403],
    ['confd.users.me.#', 'confd.users.1.voicemails.read', 204],
    ['confd.users.me.#', 'confd.users.2.voicemails.read', 403],
    ['confd.lines.read', 'confd.linesXread', 403],
  ])('ACL %s checked against scope %s answers %i', async (acl, scope, status) => {
    const api = await startApi({ acls: [acl] });

    const reply = await send(`${api.emulator.url}/0.1/token/${api.token}?scope=${scope}`, 'HEAD');

    expect(reply.status).toBe(status);
  });

  it('lists the enabled backends', async () => {
    const api = await startApi();

    const reply = await send(`${api.emulator.url}/0.1/backends`, 'GET');

    expect(reply.body).toEqual({ data: ['ldap_user', 'xivo_admin', 'xivo_service', 'xivo_user'] });
  });
});

describe('§9.10 auth: confd requires a token granting the endpoint ACL', () => {
  it('answers 401 with a Digest challenge and a plain body without a valid token', async () => {
    const api = await startApi();

    const none = await send(`${api.emulator.url}/1.1/users`, 'GET');
    const bogus = await send(`${api.emulator.url}/1.1/users`, 'GET', undefined, { 'X-Auth-Token': 'nope' });
    const good = await api.call('GET', '/users');

    for (const reply of [none, bogus]) {
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toMatch(
        /^Digest realm="Authentication Required",nonce="[0-9a-f]+",opaque="[0-9a-f]+"$/,
      );
      expect(reply.body).toBe('Unauthorized Access');
    }
    expect(good.status).toBe(200);
  });

  it('expires tokens after their lifetime (default 7200 s) and honours a client expiration', async () => {
    let now = Date.UTC(2026, 10, 26, 12, 0, 0);
    const api = await startApi({ clock: () => now });
    const short = await getToken(api.emulator.url, 60);
    const withShort = () =>
      send(`${api.emulator.url}/1.1/users`, 'GET', undefined, { 'X-Auth-Token': short });

    now += 59_000;
    const beforeShort = await withShort();
    now += 2_000;
    const afterShort = await withShort();
    now += 7_000_000;
    const beforeDefault = await api.call('GET', '/users');
    now += 200_000;
    const afterDefault = await api.call('GET', '/users');

    expect(beforeShort.status).toBe(200);
    expect(afterShort.status).toBe(401);
    expect(beforeDefault.status).toBe(200);
    expect(afterDefault.status).toBe(401);
  });

  it('answers 401 once tokens are revoked', async () => {
    const api = await startApi();

    const before = await api.call('GET', '/users');
    api.emulator.revokeAllTokens();
    const after = await api.call('GET', '/users');

    expect([before.status, after.status]).toEqual([200, 401]);
  });

  it.each([
    [['confd.users.read'], 'GET', '/users', 200],
    [['confd.users.read'], 'POST', '/users', 401],
    [['confd.users.*.read'], 'GET', '/users/1', 200],
    [['confd.users.*.read'], 'GET', '/users/1/lines', 401],
    [['confd.users.#'], 'GET', '/users/1/lines', 200],
    [['confd.users.1.update'], 'PUT', '/users/1', 204],
    [['confd.users.1.update'], 'PUT', '/users/2', 401],
    [['confd.users.#'], 'GET', '/lines', 401],
    [['confd.#'], 'GET', '/lines', 200],
    [['confd.users.1.lines.*.update'], 'PUT', '/users/1/lines/9', 404],
  ])('with ACLs %j, %s %s answers %i', async (acls, method, path, status) => {
    const api = await startApi({ acls });
    api.emulator.seed({ users: [{ user: { firstname: 'One' } }, { user: { firstname: 'Two' } }] });

    const reply = await api.call(
      method,
      path,
      method === 'GET' ? undefined : method === 'POST' ? { firstname: 'X' } : {},
    );

    expect(reply.status).toBe(status);
  });
});
