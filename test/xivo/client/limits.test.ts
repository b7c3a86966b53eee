import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeXivo, rejection } from './helpers.ts';

describe('request limits', () => {
  it('cuts off a server that drips its answer, at the deadline, naming the request', async () => {
    const timers = new Set<NodeJS.Timeout>();
    onTestFinished(() => timers.forEach(clearInterval));
    // One byte every 50 ms: never silent long enough for the idle timeout, never done.
    const drip = await fakeXivo(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        timers.add(setInterval(() => res.write(' '), 50));
      },
      { deadlineMs: 400, timeoutMs: 10_000, retries: 0 },
    );

    const error = await rejection(drip.users.list());

    expect(error.status).toBe(0);
    expect(error.message).toBe(
      'GET /users → no response: ERR_CANCELED: no complete answer within 0.4 s (the deadline of a request)',
    );
  });

  it('refuses an answer larger than the limit, without holding it in memory', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const timers = new Set<NodeJS.Timeout>();
    const endless = await fakeXivo(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(chunk), 1);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
      },
      { maxResponseBytes: 1024 * 1024, retries: 0 },
    );
    onTestFinished(() => timers.forEach(clearInterval));

    const error = await rejection(endless.users.list());

    expect(error.message).toMatch(
      /^GET \/users → no response: .*the answer is larger than 1 MiB \(the largest accepted\)$/,
    );
  });
});
