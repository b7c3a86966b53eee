import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, fakeXivo, rejection, startHarness } from './helpers.ts';

afterEach(closeAll);

describe('POST retries', () => {
  it('retries a POST the server refused without doing anything (429, 503), and creates once', async () => {
    const { client, emu } = await startHarness({ seed: 'none' });
    emu.setFaults({ rateLimitRate: 0.6, retryAfterSeconds: 0, methods: ['POST'], seed: 11 });

    const users = [];
    for (let i = 0; i < 5; i++) users.push(await client.users.create({ firstname: `Retry${i}` }));
    emu.setFaults({});

    const posts = emu.requestLog.entries.filter((e) => e.method === 'POST' && e.path === '/1.1/users');
    expect(posts.map((e) => e.status)).toContain(429);
    expect(posts.filter((e) => e.status === 201)).toHaveLength(5);
    expect(
      emu
        .snapshot()
        .users.map((u) => u.firstname)
        .sort(),
    ).toEqual(['Retry0', 'Retry1', 'Retry2', 'Retry3', 'Retry4']);
  });

  it.each([500, 502, 504])(
    'does not retry a POST answered %i: it may have created the object',
    async (status) => {
      let posts = 0;
      const client = await fakeXivo(
        (req, res) => {
          if (req.method === 'POST') posts++;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(['Unexpected error']));
        },
        { backoffBaseMs: 1 },
      );

      const error = await rejection(client.users.create({ firstname: 'Once' }));

      expect(error.status).toBe(status);
      expect(posts).toBe(1);
    },
  );

  it.each(['PUT', 'DELETE'] as const)(
    'retries a %s answered 500: confd rolls a failed request back, so repeating it is safe',
    async (method) => {
      let calls = 0;
      const client = await fakeXivo(
        (req, res) => {
          if (req.method !== method) {
            res.writeHead(404).end();
            return;
          }
          calls++;
          res.writeHead(calls < 3 ? 500 : 204, { 'content-type': 'application/json' });
          res.end(calls < 3 ? JSON.stringify(['Unexpected error']) : undefined);
        },
        { backoffBaseMs: 1 },
      );

      await client.request(method, '/users/1/voicemails/2');

      expect(calls).toBe(3);
    },
  );
});
