import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startEmulator, type SeedUser } from '../../src/emulator/index.ts';
import { AUTH_PASSWORD, AUTH_USER, getToken, send, startApi } from './helpers.ts';
import { makeTestCertificate } from '../helpers/tls.ts';
import { testdir } from '../helpers/tmp-dir.ts';

/** Seed entries for `count` fully provisioned people (line, SIP, extension, DID, voicemail, agent). */
function people(count: number): SeedUser[] {
  return Array.from({ length: count }, (_, i) => ({
    user: {
      firstname: `First${i}`,
      lastname: `Last${i}`,
      email: `user${i}@corp.example`,
      userfield: `key-${i}`,
    },
    line: { line: { context: 'default' }, extension: { exten: String(100000 + i), context: 'default' } },
    incall: { extension: { exten: String(3312300000 + i), context: 'from-extern' } },
    voicemail: { name: `First${i} Last${i}`, number: String(100000 + i), context: 'default' },
    agent: { number: String(500000 + i) },
  }));
}

const BENCH_CONTEXTS = [
  { name: 'default', user_ranges: [{ start: '100000', end: '199999' }] },
  {
    name: 'from-extern',
    type: 'incall',
    incall_ranges: [{ start: '3312300000', end: '3312399999', did_length: 10 }],
  },
];

describe('fault injection', () => {
  it('answers a configured fraction with 500/502/503 JSON arrays, deterministically', async () => {
    const api = await startApi({ faults: { errorRate: 0.3, seed: 42 } });

    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await api.call('GET', '/users')).status);
    const failures = statuses.filter((s) => s >= 500);
    api.emulator.setFaults({});
    const healthy = await api.call('GET', '/users');
    const failed = await (async () => {
      api.emulator.setFaults({ errorRate: 1 });
      return api.call('GET', '/users');
    })();

    expect(failures.length).toBeGreaterThan(40);
    expect(failures.length).toBeLessThan(80);
    expect(new Set(failures)).toEqual(new Set([500, 502, 503]));
    expect(healthy.status).toBe(200);
    expect(failed.headers.get('content-type')).toBe('application/json');
    expect(failed.body).toEqual([expect.stringMatching(/^Unexpected error: injected fault/)]);
  });

  it('never faults the token request unless includeAuth is set', async () => {
    const api = await startApi({ faults: { errorRate: 1 } });

    const token = await getToken(api.emulator.url);
    api.emulator.setFaults({ errorRate: 1, includeAuth: true });
    const refused = await send(`${api.emulator.url}/0.1/token`, 'POST', { backend: 'xivo_service' });

    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.status).toBeGreaterThanOrEqual(500);
  });

  it('answers 429 with Retry-After', async () => {
    const api = await startApi({ faults: { rateLimitRate: 1, retryAfterSeconds: 7 } });

    const reply = await api.call('GET', '/users');

    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
  });

  it('resets connections and holds others until the client gives up', async () => {
    const api = await startApi({ faults: { resetRate: 1 } });

    const reset = api.call('GET', '/users');
    await expect(reset).rejects.toThrow();
    api.emulator.setFaults({ timeoutRate: 1 });
    const started = Date.now();
    const held = fetch(`${api.emulator.url}/1.1/users`, {
      headers: { 'X-Auth-Token': api.token },
      signal: AbortSignal.timeout(300),
    });

    await expect(held).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(api.emulator.requestLog.entries.map((e) => e.status).slice(-2)).toEqual([0, 0]);
  });

  it('restricts faults to the configured methods and adds latency', async () => {
    const api = await startApi({ faults: { errorRate: 1, methods: ['POST'] } });

    const read = await api.call('GET', '/users');
    const write = await api.call('POST', '/users', { firstname: 'A' });
    api.emulator.setFaults({ latencyMs: { min: 60, max: 80 } });
    const started = Date.now();
    const slow = await api.call('GET', '/users');
    const elapsed = Date.now() - started;

    expect(read.status).toBe(200);
    expect(write.status).toBeGreaterThanOrEqual(500);
    expect(slow.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(55);
  });

  it('in phase "after" executes the request and then loses the reply', async () => {
    const api = await startApi({ faults: { errorRate: 1, methods: ['POST'], phase: 'after' } });

    const lost = await api.call('POST', '/users', { firstname: 'Ghost' });
    api.emulator.setFaults({});
    const list = (await api.call('GET', '/users')).body;

    expect(lost.status).toBeGreaterThanOrEqual(500);
    expect(list).toMatchObject({ total: 1, items: [{ firstname: 'Ghost' }] });
  });
});

describe('request log', () => {
  it('counts requests per path and per route, and confd writes', async () => {
    const api = await startApi({ seed: 'example' });
    api.emulator.requestLog.reset();

    const user = await api.create('/users', { firstname: 'A' });
    await api.call('GET', '/users');
    await api.call('GET', '/users?limit=1');
    await api.call('GET', `/users/${user.id}`);
    await api.ok('PUT', `/users/${user.id}`, { lastname: 'B' });

    expect(api.emulator.requestLog.counts()).toEqual({
      'POST /1.1/users': 1,
      'GET /1.1/users': 2,
      [`GET /1.1/users/${user.id}`]: 1,
      [`PUT /1.1/users/${user.id}`]: 1,
    });
    expect(api.emulator.requestLog.countsByRoute()['GET /1.1/users/{user_id}']).toBe(1);
    expect(api.emulator.requestLog.countWrites()).toBe(2);
    expect(api.emulator.requestLog.entries.at(-1)).toEqual({
      method: 'PUT',
      path: `/1.1/users/${user.id}`,
      route: '/1.1/users/{user_id}',
      status: 204,
    });
  });
});

describe('seeding, snapshot and persistence', () => {
  it('seeds through the HTTP validation rules and shows the result over HTTP', async () => {
    const api = await startApi({ seed: 'none' });
    api.emulator.seed({ contexts: BENCH_CONTEXTS });

    const result = api.emulator.seed({ users: people(2) });
    const user = (await api.call('GET', `/users/${result.users[0]?.userId}`)).body;
    const duplicate = () => api.emulator.seed({ users: people(1) });

    expect(user).toMatchObject({
      userfield: 'key-0',
      lines: [{ id: result.users[0]?.lineId, extensions: [{ exten: '100000' }] }],
      incalls: [{ id: result.users[0]?.incallId, extensions: [{ exten: '3312300000' }] }],
      voicemail: { id: result.users[0]?.voicemailId },
    });
    expect(duplicate).toThrow(/users\[0\]: Resource Error - User already exists/);
  });

  it('seeds 20,000 fully provisioned users quickly and lists them quickly', async () => {
    const api = await startApi({ seed: 'none' });
    api.emulator.seed({ contexts: BENCH_CONTEXTS });
    const input = people(20_000);

    const seedStart = performance.now();
    const result = api.emulator.seed({ users: input });
    const seedMs = performance.now() - seedStart;
    const listStart = performance.now();
    const page = (await api.call('GET', '/users?limit=1000&offset=19500')).body as {
      total: number;
      items: unknown[];
    };
    const search = (await api.call('GET', '/users?search=user19999@')).body as { total: number };
    const listMs = performance.now() - listStart;
    const snapshot = api.emulator.snapshot();
    console.log(
      `seeded 20000 users in ${seedMs.toFixed(0)} ms; two list requests in ${listMs.toFixed(0)} ms`,
    );

    expect(result.users).toHaveLength(20_000);
    // Generous bounds for a shared 2-core CI machine; a quadratic store would take minutes.
    expect(seedMs).toBeLessThan(10_000);
    expect(listMs).toBeLessThan(5_000);
    expect(page.total).toBe(20_000);
    expect(page.items).toHaveLength(500);
    expect(search.total).toBe(1);
    expect(snapshot.userLines).toHaveLength(20_000);
    expect(snapshot.agents).toHaveLength(20_000);
    expect(snapshot.incallExtensions).toHaveLength(20_000);
  }, 60_000);

  it('returns snapshots that are deep copies', async () => {
    const api = await startApi({ seed: 'example' });

    const snapshot = api.emulator.snapshot();
    snapshot.users[0]!.firstname = 'Mutated';
    const again = api.emulator.snapshot();

    expect(again.users[0]?.firstname).not.toBe('Mutated');
    expect(again.contexts.map((c) => c.name)).toEqual(['default', 'from-extern', 'to-extern']);
  });

  it('persists tables, associations and id counters across restarts', async () => {
    const file = join(await testdir('emulator'), 'xivo.json');
    const first = await startEmulator({
      authUser: AUTH_USER,
      authPassword: AUTH_PASSWORD,
      seed: 'example',
      dataFile: file,
    });
    const token = await getToken(first.url);
    const headers = { 'X-Auth-Token': token };
    const created = (await send(`${first.url}/1.1/users`, 'POST', { firstname: 'Kept' }, headers)).body as {
      id: number;
    };
    const line2 = (await send(`${first.url}/1.1/lines`, 'POST', { context: 'default' }, headers)).body as {
      id: number;
    };
    const sip2 = (await send(`${first.url}/1.1/endpoints/sip`, 'POST', {}, headers)).body as { id: number };
    await send(`${first.url}/1.1/lines/${line2.id}/endpoints/sip/${sip2.id}`, 'PUT', undefined, headers);
    // Main user of line 1 is the seeded Reception user: add Kept as a secondary user.
    await send(`${first.url}/1.1/users/${created.id}/lines/1`, 'PUT', undefined, headers);
    await send(`${first.url}/1.1/users/${created.id}/lines/${line2.id}`, 'PUT', undefined, headers);
    await first.close();

    const second = await startEmulator({
      authUser: AUTH_USER,
      authPassword: AUTH_PASSWORD,
      seed: 'example',
      dataFile: file,
    });
    onTestFinished(() => second.close());
    const token2 = await getToken(second.url);
    const kept = await send(`${second.url}/1.1/users/${created.id}/lines`, 'GET', undefined, {
      'X-Auth-Token': token2,
    });
    const next = (
      await send(`${second.url}/1.1/users`, 'POST', { firstname: 'Next' }, { 'X-Auth-Token': token2 })
    ).body as { id: number };
    const oldToken = await send(`${second.url}/1.1/users`, 'GET', undefined, headers);

    expect(kept.body).toMatchObject({
      total: 2,
      items: [
        { line_id: 1, main_line: true, main_user: false },
        { line_id: line2.id, main_line: false, main_user: true },
      ],
    });
    expect(next.id).toBe(created.id + 1);
    expect(oldToken.status).toBe(401);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
  });
});

function httpsJson(
  url: string,
  ca: Buffer,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpsRequest(
      url,
      { method, ca, headers: { ...headers, ...(payload ? { 'Content-Type': 'application/json' } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text === '' ? undefined : (JSON.parse(text) as unknown),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('XiVO-like transport', () => {
  it('serves auth and confd on separate ports over HTTPS, each refusing the other API', async () => {
    const dir = await testdir('emulator');
    const { cert, key } = makeTestCertificate(dir);
    const emulator = await startEmulator({
      authUser: AUTH_USER,
      authPassword: AUTH_PASSWORD,
      authPort: 0,
      tls: { cert, key },
    });
    onTestFinished(() => emulator.close());
    const credentials = {
      Authorization: `Basic ${Buffer.from(`${AUTH_USER}:${AUTH_PASSWORD}`).toString('base64')}`,
    };

    const token = await httpsJson(
      `${emulator.authUrl}/0.1/token`,
      cert,
      'POST',
      { backend: 'xivo_service' },
      credentials,
    );
    const value = (token.body as { data: { token: string } }).data.token;
    const created = await httpsJson(
      `${emulator.url}/1.1/users`,
      cert,
      'POST',
      { firstname: 'Tls' },
      { 'X-Auth-Token': value },
    );
    const authOnConfd = await httpsJson(`${emulator.url}/0.1/backends`, cert, 'GET');
    const confdOnAuth = await httpsJson(`${emulator.authUrl}/1.1/users`, cert, 'GET', undefined, {
      'X-Auth-Token': value,
    });

    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.authUrl).not.toBe(emulator.url);
    expect(token.status).toBe(200);
    expect(created.status).toBe(201);
    expect((created.body as { links: Array<{ href: string }> }).links[0]?.href).toMatch(/^https:\/\//);
    expect(authOnConfd.status).toBe(404);
    expect(confdOnAuth.status).toBe(404);
  });
});
