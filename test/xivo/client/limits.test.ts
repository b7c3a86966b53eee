import { createServer, type ServerResponse } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createXivoClient, type XivoClientOptions } from '../../../src/xivo/index.ts';
import { rejection } from './helpers.ts';

/** A server that logs anyone in and answers every confd request with `answer`. */
async function server(answer: (res: ServerResponse) => void, options: Partial<XivoClientOptions>) {
  const http = createServer((req, res) => {
    if (req.url?.startsWith('/0.1/token') === true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          data: { token: 't', issued_at: '2026-11-28T00:00:00', expires_at: '2026-11-28T01:00:00' },
        }),
      );
      return;
    }
    answer(res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const client = createXivoClient({
    baseUrl: url,
    authUrl: url,
    username: 'u',
    password: 'p',
    retries: 0,
    ...options,
  });
  onTestFinished(async () => {
    client.close();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });
  return { client };
}

describe('request limits', () => {
  it('cuts off a server that drips its answer, at the deadline, naming the request', async () => {
    const timers = new Set<NodeJS.Timeout>();
    onTestFinished(() => timers.forEach(clearInterval));
    // One byte every 50 ms: never silent long enough for the idle timeout, never done.
    const drip = await server(
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        timers.add(setInterval(() => res.write(' '), 50));
      },
      { deadlineMs: 400, timeoutMs: 10_000 },
    );

    const error = await rejection(drip.client.users.list());

    expect(error.status).toBe(0);
    expect(error.message).toBe(
      'GET /users → no response: ERR_CANCELED: no complete answer within 0.4 s (the deadline of a request)',
    );
  });

  it('refuses an answer larger than the limit, without holding it in memory', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const timers = new Set<NodeJS.Timeout>();
    const endless = await server(
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(chunk), 1);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
      },
      { maxResponseBytes: 1024 * 1024 },
    );
    onTestFinished(() => timers.forEach(clearInterval));

    const error = await rejection(endless.client.users.list());

    expect(error.message).toMatch(
      /^GET \/users → no response: .*the answer is larger than 1 MiB \(the largest accepted\)$/,
    );
  });
});
