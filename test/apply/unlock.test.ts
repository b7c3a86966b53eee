import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { acquireApplyLock, inspectApplyLock } from '../../src/apply/index.ts';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startXivo, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

describe('a stranded apply lock', () => {
  it('is shown by xivo-sync unlock, removed with --force, and then gone', async () => {
    const { emu, port } = await startXivo();
    // A run killed without releasing: its lock stays for its TTL.
    await acquireApplyLock(port, { holder: 'ci-runner:4242', ttlMs: 600_000 });
    const repo = await exampleCopy();
    const unlock = async (...args: string[]) => {
      const io = captureCli({ cwd: repo, env: xivoEnv(emu), now: () => new Date() });
      const code = await runCli(['unlock', ...args], io.ctx);
      return { code, out: io.out(), err: io.err() };
    };

    const shown = await unlock();
    const forced = await unlock('--force');
    const after = await unlock();

    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(
      /^apply lock: held by ci-runner:4242 since \d{4}-\S+Z, expires \d{4}-\S+Z \(active\)\npass --force to remove it/,
    );
    expect(forced.out).toMatch(/apply lock removed\n$/);
    expect(after.out).toBe('no apply lock is held\n');
    expect(await inspectApplyLock(port)).toBeUndefined();
  });

  it('is found again by its token when the reply to the lock request was lost', async () => {
    const { emu, port } = await startXivo();
    // The server creates the lock, then the reply is replaced by a 5xx.
    emu.setFaults({ errorRate: 1, methods: ['POST'], phase: 'after' });

    const lock = await acquireApplyLock(port, { holder: 'me:1' });
    emu.setFaults({});
    const held = await inspectApplyLock(port);
    await lock.release();

    expect(held).toMatchObject({ holder: 'me:1', expired: false });
    expect(await inspectApplyLock(port)).toBeUndefined();
  });

  it('says "apply lock" when XiVO fails the lock request', async () => {
    const { emu, port } = await startXivo();
    emu.setFaults({ errorRate: 1, methods: ['POST'] });

    const attempt = acquireApplyLock(port, { holder: 'me:1' });

    await expect(attempt).rejects.toThrow(/^could not take the apply lock: POST \/callpermissions → 50\d/);
  });

  it('is taken over at once, and said so, when its holder no longer runs on this host', async () => {
    const { port } = await startXivo();
    // A pid far above any pid_max: no such process.
    const dead = `${hostname()}:999999999`;
    await acquireApplyLock(port, { holder: dead, ttlMs: 600_000 });
    const notices: string[] = [];

    const lock = await acquireApplyLock(port, {
      holder: 'me:1',
      timeoutMs: 0,
      onTakeOver: (m) => notices.push(m),
    });

    expect(notices).toEqual([
      expect.stringMatching(
        new RegExp(
          `^taking over the apply lock of ${dead} \\(since .*\\): that process no longer runs on this host$`,
        ),
      ),
    ]);
    expect(await inspectApplyLock(port)).toMatchObject({ holder: 'me:1' });
    await lock.release();
  });

  it('is not taken over early when its holder on this host still runs', async () => {
    const { port } = await startXivo();
    await acquireApplyLock(port, { holder: `${hostname()}:${process.pid}`, ttlMs: 600_000 });

    const second = acquireApplyLock(port, { holder: 'me:1', timeoutMs: 0 });

    await expect(second).rejects.toThrow(/^the apply lock is held by /);
  });
});
