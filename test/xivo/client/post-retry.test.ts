import { createServer } from 'node:http';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createXivoClient } from '../../../src/xivo/index.ts';
import { closeAll, rejection, startHarness } from './helpers.ts';

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
      const server = createServer((req, res) => {
        if (req.url?.startsWith('/0.1/token') === true) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              data: { token: 't', issued_at: '2026-11-28T00:00:00', expires_at: '2026-11-28T01:00:00' },
            }),
          );
          return;
        }
        if (req.method === 'POST') posts++;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(['Unexpected error']));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
      const client = createXivoClient({
        baseUrl: url,
        authUrl: url,
        username: 'u',
        password: 'p',
        backoffBaseMs: 1,
      });
      onTestFinished(async () => {
        client.close();
        await new Promise((resolve) => server.close(resolve));
      });

      const error = await rejection(client.users.create({ firstname: 'Once' }));

      expect(error.status).toBe(status);
      expect(posts).toBe(1);
    },
  );
});
