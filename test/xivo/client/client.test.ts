import { createServer, type Server } from 'node:http';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfdPort } from '../../../src/apply/index.ts';
import { readLiveInventory } from '../../../src/prepare/index.ts';
import { ReconcilerError } from '../../../src/errors.ts';
import { createXivoClient } from '../../../src/xivo/index.ts';
import { closeAll, rejection, startHarness, statuses } from './helpers.ts';
import { EMULATOR_AUTH } from '../../helpers/emulator.ts';

afterEach(closeAll);

describe('typed methods', () => {
  it('provisions a user through the XiVO recipe and reads every association back', async () => {
    // Every typed method, confd agents included: a server that has them.
    const { client, emu } = await startHarness({ flavour: 'xivo-confd-agents' });
    const user = await client.users.create({ firstname: 'John', lastname: 'Doe', userfield: 'E1' });
    expect(user).toMatchObject({ firstname: 'John', caller_id: '"John Doe"', lines: [], voicemail: null });
    const line = await client.lines.create({ context: 'default' });
    const sip = await client.endpointsSip.create({});
    await client.lineEndpointSip.associate(line.id, sip.id);
    const extension = await client.extensions.create({ exten: '1234', context: 'default' });
    await client.lineExtensions.associate(line.id, extension.id);
    await client.userLines.associate(user.uuid, line.id);
    const incall = await client.incalls.create({ destination: { type: 'user', user_id: user.id } });
    const did = await client.extensions.create({ exten: '0123456789', context: 'from-extern' });
    await client.incallExtensions.associate(incall.id, did.id);
    const voicemail = await client.voicemails.create({
      name: 'John Doe',
      number: '1234',
      context: 'default',
    });
    await client.userVoicemail.associate(user.id, voicemail.id);
    const agent = await client.agents.create({ number: '8100' });
    await client.userAgent.associate(user.id, agent.id);
    const [permission] = (await client.callPermissions.list({ name: 'international' })).items;
    await client.userCallPermissions.associate(user.id, permission?.id ?? 0);

    expect((await client.userLines.ofUser(user.uuid)).items).toEqual([
      expect.objectContaining({ user_id: user.id, line_id: line.id, main_user: true, main_line: true }),
    ]);
    expect((await client.userLines.ofLine(line.id)).total).toBe(1);
    expect(await client.lineEndpointSip.ofLine(line.id)).toMatchObject({
      line_id: line.id,
      endpoint_id: sip.id,
    });
    expect(await client.lineEndpointSip.ofEndpoint(sip.id)).toMatchObject({ line_id: line.id });
    expect((await client.lineExtensions.ofLine(line.id)).items).toEqual([
      expect.objectContaining({ line_id: line.id, extension_id: extension.id }),
    ]);
    expect((await client.lineExtensions.ofExtension(extension.id)).total).toBe(1);
    expect(await client.userVoicemail.ofUser(user.id)).toMatchObject({ voicemail_id: voicemail.id });
    expect((await client.userVoicemail.ofVoicemail(voicemail.id)).items).toHaveLength(1);
    expect(await client.userAgent.ofUser(user.id)).toMatchObject({ agent_id: agent.id });
    expect((await client.userCallPermissions.ofUser(user.id)).items).toEqual([
      expect.objectContaining({ call_permission_id: permission?.id }),
    ]);
    // The example seed's Night Operator holds it too.
    expect((await client.userCallPermissions.ofCallPermission(permission?.id ?? 0)).items).toContainEqual(
      expect.objectContaining({ user_id: user.id }),
    );

    const read = await client.users.get(user.uuid);
    expect(read.lines[0]).toMatchObject({ id: line.id, extensions: [{ exten: '1234', context: 'default' }] });
    expect(read.incalls[0]?.extensions[0]?.exten).toBe('0123456789');
    expect((await client.users.listDirectory({ id: user.id })).items[0]?.agent_id).toBe(agent.id);

    await client.users.update(user.uuid, { lastname: 'Smith' });
    expect((await client.users.get(user.id)).lastname).toBe('Smith');

    // Teardown in XiVO order.
    await client.userCallPermissions.dissociate(user.id, permission?.id ?? 0);
    await client.userAgent.dissociate(user.id);
    await client.userVoicemail.dissociate(user.id);
    await client.voicemails.delete(voicemail.id);
    await client.incalls.delete(incall.id);
    await client.extensions.delete(did.id);
    await client.lineExtensions.dissociate(line.id, extension.id);
    await client.userLines.dissociate(user.id, line.id);
    await client.extensions.delete(extension.id);
    await client.lineEndpointSip.dissociate(line.id, sip.id);
    await client.lines.delete(line.id);
    await client.users.delete(user.uuid);
    const data = emu.snapshot();
    expect(data.users.some((u) => u.id === user.id)).toBe(false);
    expect(data.extensions.some((e) => e.exten === '1234')).toBe(false);
  });

  it("serves as the reconciler's ConfdPort", async () => {
    const { client, emu } = await startHarness();
    const port: ConfdPort = client;
    const live = await readLiveInventory(client, 'userfield');
    expect(live.users.map((u) => u.id).sort()).toEqual(
      emu
        .snapshot()
        .users.map((u) => u.id)
        .sort(),
    );
    expect(
      await port.request('PUT', `/users/${live.users[0]?.id ?? 0}`, { lastname: 'Port' }),
    ).toBeUndefined();
  });

  it('pages listAll by limit/offset with filters', async () => {
    const { client, emu } = await startHarness({ seed: 'none' });
    emu.seed({
      contexts: [{ name: 'default', type: 'internal', user_ranges: [{ start: '1000', end: '1999' }] }],
      extensions: Array.from({ length: 25 }, (_, i) => ({ exten: String(1000 + i), context: 'default' })),
    });
    emu.requestLog.reset();
    const rows = await client.listAll<{ exten: string }>(
      '/extensions',
      { context: 'default' },
      { pageSize: 10 },
    );
    expect(rows.map((r) => r.exten)).toEqual(Array.from({ length: 25 }, (_, i) => String(1000 + i)));
    expect(emu.requestLog.counts()['GET /1.1/extensions']).toBe(3);
    expect(await client.extensions.listAll({ exten: '1007' })).toEqual([
      expect.objectContaining({ exten: '1007' }),
    ]);
  });
});

describe('errors', () => {
  it('carries method, path, status and confd messages', async () => {
    const { client } = await startHarness();
    const notFound = await rejection(client.users.get(999));
    expect(notFound).toBeInstanceOf(ReconcilerError);
    expect(notFound).toMatchObject({ code: 'XIVO_HTTP', method: 'GET', path: '/users/999', status: 404 });
    expect(notFound.messages).toEqual([expect.stringMatching(/^Resource Not Found - User was not found/)]);
    expect(notFound.message).toMatch(/^GET \/users\/999 → 404: Resource Not Found - User was not found/);

    const duplicate = await rejection(client.extensions.create({ exten: '1999', context: 'default' }));
    expect(duplicate).toMatchObject({ method: 'POST', path: '/extensions', status: 400 });
    expect(duplicate.messages[0]).toMatch(/^Resource Error - Extension already exists/);
  });

  it('reports a refused login without the password', async () => {
    const { emu } = await startHarness();
    const client = createXivoClient({
      baseUrl: emu.url,
      authUrl: emu.authUrl,
      username: EMULATOR_AUTH.authUser,
      password: 'wrong-Password-9',
    });
    try {
      const error = await rejection(client.users.list());
      expect(error).toMatchObject({
        method: 'POST',
        path: '/0.1/token',
        status: 401,
        messages: ['Authentication Failed'],
      });
      expect(inspect(error, { depth: 10 })).not.toContain('wrong-Password-9');
    } finally {
      client.close();
    }
  });

  it('redacts the password and the token from messages that echo them', async () => {
    const { client, emu } = await startHarness();
    const echoed = await rejection(client.users.get(EMULATOR_AUTH.authPassword));
    expect(echoed.status).toBe(404);
    expect(echoed.messages[0]).toContain('***');
    expect(inspect(echoed, { depth: 10 })).not.toContain(EMULATOR_AUTH.authPassword);

    // A confd that echoes the request's token in its error (a real server in front of the emulator's auth).
    let seenToken = '';
    const echo: Server = createServer((req, res) => {
      seenToken = String(req.headers['x-auth-token']);
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify([`Input Error - token ${seenToken} refused`]));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const address = echo.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const leaky = createXivoClient({
      baseUrl: `http://127.0.0.1:${port}`,
      authUrl: emu.authUrl,
      username: EMULATOR_AUTH.authUser,
      password: EMULATOR_AUTH.authPassword,
    });
    try {
      const error = await rejection(leaky.users.list());
      expect(seenToken).toMatch(/\S{8,}/);
      expect(error.messages).toEqual(['Input Error - token *** refused']);
      expect(inspect(error, { depth: 10 })).not.toContain(seenToken);
    } finally {
      leaky.close();
      await new Promise((resolve) => echo.close(resolve));
    }
  });

  it('rejects a response missing a field we use (boundary validation)', async () => {
    const server: Server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.startsWith('/0.1/token') === true) {
        res.end(
          JSON.stringify({
            data: {
              token: 'tok-123456',
              issued_at: '2026-01-01T10:00:00',
              expires_at: '2026-01-01T11:00:00',
            },
          }),
        );
      } else {
        res.end(
          JSON.stringify({
            total: 1,
            items: [{ id: '7', exten: '1000', context: 'default', lines: [], incall: null }],
          }),
        );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const client = createXivoClient({ baseUrl: url, authUrl: url, username: 'u', password: 'p-secret' });
    try {
      const error = await rejection(client.extensions.list());
      expect(error).toMatchObject({ method: 'GET', path: '/extensions', status: 200 });
      expect(error.messages.join()).toMatch(/\/items\/0\/id must be integer/);
    } finally {
      client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('token lifecycle', () => {
  it('renews transparently after the token expired on the server (one 401, one new login)', async () => {
    let now = Date.parse('2026-11-26T12:00:00Z');
    const { client, emu } = await startHarness({ clock: () => now });
    await client.users.list();
    now += 3601_000; // past the 3600 s the client asked for
    emu.requestLog.reset();
    const users = await client.users.list();
    expect(users.total).toBeGreaterThan(0);
    expect(statuses(emu, 'GET /1.1/users')).toEqual([401, 200]);
    expect(statuses(emu, 'POST /0.1/token')).toEqual([200]);
  });

  it('renews after revocation, and only once for concurrent requests', async () => {
    const { client, emu } = await startHarness();
    await client.users.list();
    emu.revokeAllTokens();
    emu.requestLog.reset();
    await Promise.all(Array.from({ length: 5 }, () => client.extensions.list()));
    expect(statuses(emu, 'POST /0.1/token')).toEqual([200]);
    expect(statuses(emu, 'GET /1.1/extensions').filter((s) => s === 200)).toHaveLength(5);
  });

  it('renews before expiry from issued_at/expires_at, measured on the local clock', async () => {
    let local = 1_000_000;
    const { client, emu } = await startHarness({}, { now: () => local, tokenExpiration: 100 });
    await client.users.list();
    local += 70_000; // 70 % of the lifetime: still used
    await client.users.list();
    expect(statuses(emu, 'POST /0.1/token')).toEqual([200]);
    local += 15_000; // 85 %: renewed before use, never a 401
    await client.users.list();
    expect(statuses(emu, 'POST /0.1/token')).toEqual([200, 200]);
    expect(statuses(emu, 'GET /1.1/users')).toEqual([200, 200, 200]);
  });
});
