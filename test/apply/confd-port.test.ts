import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConfdRequestError, createConfdPort, fetchLiveInventory } from '../../src/apply/index.ts';
import { startEmulator } from '../../src/xivo/emulator/index.ts';
import { makeTestCertificate } from '../helpers/tls.ts';

const AUTH = { authUser: 'port-test', authPassword: 'port-secret-123' };

async function setup(seed: 'example' | 'none' = 'none') {
  const emu = await startEmulator({ ...AUTH, seed });
  onTestFinished(() => emu.close());
  const port = createConfdPort({ baseUrl: emu.url, username: AUTH.authUser, password: AUTH.authPassword });
  return { emu, port };
}

describe('createConfdPort', () => {
  it("carries confd's message, method and path in errors", async () => {
    const { port } = await setup();

    const failure = port.request('POST', '/extensions', { exten: '1000', context: 'nowhere' });

    await expect(failure).rejects.toBeInstanceOf(ConfdRequestError);
    await expect(failure).rejects.toThrow(
      /^POST \/extensions → 400: Input Error - field 'context': Context was not found/,
    );
  });

  it('logs in again once when the token was revoked', async () => {
    const { emu, port } = await setup();
    await port.request('GET', '/users');
    emu.revokeAllTokens();
    emu.requestLog.reset();

    await port.request('GET', '/users');

    expect(emu.requestLog.counts()).toEqual({ 'GET /1.1/users': 2, 'POST /0.1/token': 1 });
  });

  it('retries a GET after 5xx but never a write, and never shows the password', async () => {
    const { emu, port } = await setup();
    await port.request('GET', '/users');
    emu.setFaults({ errorRate: 1, methods: ['POST'] });

    emu.requestLog.reset();
    const write = port.request('POST', '/users', { firstname: 'Once' });
    await expect(write).rejects.toThrow(/^POST \/users → 5\d\d/);
    const writes = emu.requestLog.entries.filter(
      (e) => e.method === 'POST' && e.path === '/1.1/users',
    ).length;
    emu.setFaults({ errorRate: 1, methods: ['GET'] });
    emu.requestLog.reset();
    const read = port.request('GET', '/users');
    await expect(read).rejects.toThrow(/^GET \/users → 5\d\d: Unexpected error/);
    const attempts = emu.requestLog.entries.filter((e) => e.method === 'GET').length;
    emu.setFaults({});
    const bad = createConfdPort({
      baseUrl: emu.url,
      username: AUTH.authUser,
      password: 'wrong-password-xyz',
    });
    const login: unknown = await bad.request('GET', '/users').then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(writes).toBe(1);
    expect(attempts).toBe(4);
    expect(login).toBeInstanceOf(ConfdRequestError);
    expect((login as ConfdRequestError).message).toBe(
      'POST /0.1/token → 401: authentication failed for port-test',
    );
    expect(JSON.stringify(login)).not.toContain('wrong-password-xyz');
  });
});

describe('fetchLiveInventory', () => {
  it('normalises users, lines, DIDs, voicemails, agents and call permissions of a XiVO', async () => {
    const { emu, port } = await setup('example');

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

describe('createConfdPort over HTTPS, as XiVO serves it', () => {
  it('trusts the configured CA, refuses an unknown certificate, and reaches auth on its own port', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'confd-tls-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const { cert, key } = makeTestCertificate(dir);
    const emu = await startEmulator({
      ...AUTH,
      authPort: 0,
      tls: { cert, key },
    });
    onTestFinished(() => emu.close());
    const options = {
      baseUrl: emu.url,
      authUrl: emu.authUrl,
      username: AUTH.authUser,
      password: AUTH.authPassword,
    };

    const trusted = await createConfdPort({ ...options, ca: cert }).request('GET', '/users');
    const untrusted = createConfdPort(options).request('GET', '/users');

    expect(emu.url).toMatch(/^https:/);
    expect(trusted).toMatchObject({ total: 0, items: [] });
    await expect(untrusted).rejects.toThrow(/^POST \/0\.1\/token → no response: self[- ]signed certificate/);
  });
});
