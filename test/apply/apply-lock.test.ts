import { describe, expect, it } from 'vitest';
import { LockHeldError, LockLostError, acquireApplyLock } from '../../src/apply/index.ts';
import { LOCK_NAME } from '../../src/prepare/index.ts';
import { startXivo } from '../helpers/emulator.ts';

describe('apply lock', () => {
  it('is a disabled call permission naming holder, since and expiry, removed on release', async () => {
    const { emu, port } = await startXivo();
    const clock = Date.parse('2026-11-26T12:00:00Z');

    const lock = await acquireApplyLock(port, { holder: 'ci-runner:42', now: () => clock, ttlMs: 60_000 });
    const held = emu.snapshot().callPermissions;
    await lock.release();

    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ name: LOCK_NAME, enabled: false });
    expect(JSON.parse(held[0]?.description ?? '')).toMatchObject({
      holder: 'ci-runner:42',
      since: '2026-11-26T12:00:00.000Z',
      expires: '2026-11-26T12:01:00.000Z',
    });
    expect(emu.snapshot().callPermissions).toEqual([]);
  });

  it('refuses a second holder with a clear message when not allowed to wait', async () => {
    const { port } = await startXivo();
    await acquireApplyLock(port, { holder: 'first' });

    const second = acquireApplyLock(port, { holder: 'second', timeoutMs: 0 });

    await expect(second).rejects.toBeInstanceOf(LockHeldError);
    await expect(second).rejects.toThrow(/^the apply lock is held by first since \d{4}-.*Z \(expires/);
  });

  it('lets a second holder wait until the first releases', async () => {
    const { port } = await startXivo();
    const first = await acquireApplyLock(port, { holder: 'first' });
    setTimeout(() => void first.release(), 300);
    const started = Date.now();

    const second = await acquireApplyLock(port, { holder: 'second', timeoutMs: 5000, pollMs: 50 });

    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await second.release();
  });

  it('takes over the lock of a crashed holder once it expired, and the old holder cannot release it', async () => {
    const { emu, port } = await startXivo();
    let clock = Date.parse('2026-11-26T12:00:00Z');
    const crashed = await acquireApplyLock(port, { holder: 'crashed', ttlMs: 1000, now: () => clock });
    clock += 1001;

    const next = await acquireApplyLock(port, { holder: 'next', now: () => clock });
    await crashed.release();
    const renewal = crashed.renew();

    const held = emu.snapshot().callPermissions;
    expect(held).toHaveLength(1);
    expect(JSON.parse(held[0]?.description ?? '')).toMatchObject({ holder: 'next' });
    await expect(renewal).rejects.toBeInstanceOf(LockLostError);
    await expect(renewal).rejects.toThrow(
      /^the apply lock was lost while applying \(now held by next since /,
    );
    await next.renew();
    await next.release();
    expect(emu.snapshot().callPermissions).toEqual([]);
  });
});
