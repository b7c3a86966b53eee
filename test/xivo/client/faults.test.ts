import { Agent as HttpAgent } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, rejection, startHarness, statuses } from './helpers.ts';

afterEach(closeAll);

describe('retries', () => {
  it('10 % of 5xx: every read succeeds', async () => {
    const { client, emu } = await startHarness();
    await client.users.list(); // log in before the faults start
    emu.setFaults({ errorRate: 0.1, seed: 7 });
    emu.requestLog.reset();
    const reads = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? client.users.list() : client.extensions.list())),
    );
    expect(reads).toHaveLength(200);
    expect(reads.every((r) => r.total > 0)).toBe(true);
    const failures = emu.requestLog.entries.filter((e) => e.status >= 500);
    expect(failures.length).toBeGreaterThan(5); // the faults did happen and were retried
    expect(emu.requestLog.entries.filter((e) => e.status === 200)).toHaveLength(200);
  });

  it('honours Retry-After on 429 and gives up after `retries`', async () => {
    const { client, emu } = await startHarness({}, { retries: 1 });
    await client.users.list();
    emu.setFaults({ rateLimitRate: 1, retryAfterSeconds: 1, methods: ['GET'] });
    emu.requestLog.reset();
    const started = performance.now();
    const error = await rejection(client.users.list());
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ method: 'GET', path: '/users', status: 429 });
    expect(statuses(emu, 'GET /1.1/users')).toEqual([429, 429]);
    // backoffBaseMs is 5 ms in the harness: only Retry-After explains a full second.
    expect(elapsed).toBeGreaterThanOrEqual(990);
  });

  it('retries a GET after connection resets and timeouts', async () => {
    // 8 retries: a read fails only if 9 draws in a row are faults (0.25^9), whatever the interleaving.
    const { client, emu } = await startHarness({}, { timeoutMs: 300, retries: 8 });
    await client.users.list();
    emu.setFaults({ resetRate: 0.2, timeoutRate: 0.05, seed: 3 });
    emu.requestLog.reset();
    const reads = await Promise.all(Array.from({ length: 30 }, () => client.contexts.list()));
    expect(reads.every((r) => r.items.some((c) => c.name === 'default'))).toBe(true);
    expect(emu.requestLog.entries.some((e) => e.status === 0)).toBe(true);
  });

  it('gives up on a GET that always times out, with the subject', async () => {
    const { client, emu } = await startHarness({}, { timeoutMs: 200, retries: 2 });
    await client.users.list();
    emu.setFaults({ timeoutRate: 1 });
    emu.requestLog.reset();
    const error = await rejection(client.voicemails.list());
    expect(error).toMatchObject({ method: 'GET', path: '/voicemails', status: 0 });
    expect(error.messages[0]).toMatch(/timeout/i);
    expect(emu.requestLog.counts()['GET /1.1/voicemails']).toBe(3);
  });

  it('never retries a POST: a reset after the write leaves exactly one user', async () => {
    const { client, emu } = await startHarness();
    await client.users.list();
    emu.setFaults({ resetRate: 1, methods: ['POST'], phase: 'after' });
    emu.requestLog.reset();
    const error = await rejection(client.users.create({ firstname: 'Once', userfield: 'once' }));
    expect(error).toMatchObject({ method: 'POST', path: '/users', status: 0 });
    expect(emu.requestLog.counts()['POST /1.1/users']).toBe(1);
    expect(emu.snapshot().users.filter((u) => u.userfield === 'once')).toHaveLength(1);
  });

  it('never retries a POST answered 503', async () => {
    const { client, emu } = await startHarness();
    await client.users.list();
    emu.setFaults({ errorRate: 1, methods: ['POST'], seed: 2 });
    emu.requestLog.reset();
    const error = await rejection(client.extensions.create({ exten: '1500', context: 'default' }));
    expect([500, 502, 503]).toContain(error.status);
    expect(emu.requestLog.counts()['POST /1.1/extensions']).toBe(1);
  });

  it('retries an idempotent PUT answered 502/503', async () => {
    const { client, emu } = await startHarness();
    const [user] = (await client.users.list({ lastname: 'Desk' })).items;
    emu.setFaults({ errorRate: 0.5, methods: ['PUT'], seed: 5 });
    for (let i = 0; i < 5; i++)
      await client.users.update(user?.id ?? 0, { mobile_phone_number: `+3360000000${i}` });
    emu.setFaults({});
    expect(emu.requestLog.entries.some((e) => e.method === 'PUT' && e.status >= 502)).toBe(true);
    expect((await client.users.get(user?.id ?? 0))['mobile_phone_number']).toBe('+33600000004');
  });
});

describe('concurrency', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    const agent = new HttpAgent({ keepAlive: true });
    const { client, emu } = await startHarness({}, { concurrency: 3, httpAgent: agent });
    await client.users.list();
    emu.setFaults({ latencyMs: 60 });
    let peak = 0;
    const sample = setInterval(() => {
      const inFlight = Object.values(agent.sockets).reduce((n, list) => n + (list?.length ?? 0), 0);
      peak = Math.max(peak, inFlight);
    }, 5);
    const started = performance.now();
    try {
      await Promise.all(Array.from({ length: 12 }, () => client.extensions.list()));
    } finally {
      clearInterval(sample);
    }
    const elapsed = performance.now() - started;
    expect(peak).toBe(3);
    // 12 requests of ≥ 60 ms, 3 at a time: at least 4 rounds.
    expect(elapsed).toBeGreaterThanOrEqual(4 * 60 - 5);
  });
});
