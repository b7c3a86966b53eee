import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ReconcilerError, SafetyError } from '../errors.ts';
import { XivoApiError } from '../xivo/index.ts';
import { LOCK_NAME } from '../prepare/index.ts';
import type { ConfdPort } from './confd-port.ts';

/**
 * Name of the lock object. A XiVO call permission, because confd makes its name unique (creating a
 * second one is refused), which turns "create" into an atomic test-and-set on the server every apply
 * talks to, whatever machine it runs on. It is disabled and has no members, so it grants nothing.
 */

/** Another apply holds the lock and did not release it within `--lock-timeout`. Exit code 3. */
export class LockHeldError extends SafetyError {
  readonly holder: string;
  readonly since: string;

  constructor(holder: string, since: string, expires: string) {
    super(
      `the apply lock is held by ${holder} since ${since} (expires ${expires}): another apply is running; retry later, raise --lock-timeout, or see xivo-sync unlock`,
    );
    this.holder = holder;
    this.since = since;
  }
}

/** The lock expired and was taken over while this apply ran: it must stop starting steps. */
export class LockLostError extends SafetyError {}

/** XiVO failed a lock request: the apply did not start. Exit code 1, like any unreachable service. */
class LockRequestError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('XIVO_HTTP', message, options);
  }
}

/** The apply lock as `xivo-sync unlock` shows it. */
export interface ApplyLockInfo {
  id: number;
  holder: string;
  since: string;
  expires: string;
  /** Past its expiry: the next apply takes it over anyway. */
  expired: boolean;
}

/** The apply lock, if one is held (expired or not). */
export async function inspectApplyLock(
  port: ConfdPort,
  now: () => number = Date.now,
): Promise<ApplyLockInfo | undefined> {
  const current = await readLock(port);
  if (!current) return undefined;
  const { holder, since, expires } = current.content;
  return { id: current.id, holder, since, expires, expired: Date.parse(expires) <= now() };
}

/**
 * Removes the apply lock whatever its state: for a lock stranded by a run that cannot release it.
 * Deletes by id, so a lock taken since `info` was read is never removed by mistake.
 */
export async function removeApplyLock(port: ConfdPort, info: ApplyLockInfo): Promise<void> {
  await port.request('DELETE', `/callpermissions/${info.id}`).catch((error: unknown) => {
    if (!(error instanceof XivoApiError) || error.status !== 404) throw error;
  });
}

export interface LockOptions {
  /** Who holds the lock, shown to whoever waits. (Default: `<hostname>:<pid>`) */
  holder?: string;
  /** How long to wait for a held lock, in ms. (Default: 0: fail at once) */
  timeoutMs?: number;
  /** Lifetime of the lock without renewal, in ms; a crashed apply's lock is taken over after it. (Default: 10 minutes) */
  ttlMs?: number;
  /** Pause between attempts while waiting, in ms. (Default: 1000) */
  pollMs?: number;
  /** The clock. (Default: `Date.now`) */
  now?: () => number;
  /**
   * Whether the holder named in a lock is a process that no longer runs on this host: its lock is
   * taken over at once instead of waiting for its expiry. (Default: `<this hostname>:<pid>` with no
   * such process)
   */
  isDeadHolder?: (holder: string) => boolean;
  /** Told when a dead holder's lock is taken over, to say so. (Default: silent) */
  onTakeOver?: (message: string) => void;
}

interface LockContent {
  holder: string;
  since: string;
  expires: string;
  token: string;
}

export interface HeldLock {
  /** Pushes the expiry forward; apply calls it periodically so a long run keeps the lock. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes the apply lock: creates the `xivo-sync-lock` call permission whose description records
 * holder, since and expiry. If it exists and has expired (its holder crashed), it is deleted by id
 * and creation retried; deleting by id means two waiters can never both remove a fresh lock.
 */
export async function acquireApplyLock(port: ConfdPort, options: LockOptions = {}): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? 10 * 60_000;
  const deadline = now() + (options.timeoutMs ?? 0);
  const holder = options.holder ?? `${hostname()}:${process.pid}`;
  const token = randomUUID();
  const since = new Date(now()).toISOString();
  const content = (): LockContent => ({ holder, since, expires: new Date(now() + ttl).toISOString(), token });

  for (;;) {
    try {
      const body = (await port.request('POST', '/callpermissions', {
        name: LOCK_NAME,
        enabled: false,
        mode: 'deny',
        description: JSON.stringify(content()),
      })) as { id: number };
      return heldLock(port, body.id, token, content);
    } catch (error) {
      if (!(error instanceof XivoApiError)) throw error;
      if (error.status !== 400) {
        // The reply was lost (a timeout, a reset, a 5xx from a proxy): the lock may be ours anyway.
        // Only this run knows its token, so finding it proves it.
        const mine = await readLock(port).catch(() => undefined);
        if (mine?.content.token === token) return heldLock(port, mine.id, token, content);
        throw new LockRequestError(`could not take the apply lock: ${error.message}`, { cause: error });
      }
    }
    const current = await readLock(port);
    const dead = current !== undefined && (options.isDeadHolder ?? isDeadLocalHolder)(current.content.holder);
    if (current && dead) {
      options.onTakeOver?.(
        `taking over the apply lock of ${current.content.holder} (since ${current.content.since}): that process no longer runs on this host`,
      );
    }
    if (current && (dead || Date.parse(current.content.expires) <= now())) {
      await port.request('DELETE', `/callpermissions/${current.id}`).catch((error: unknown) => {
        if (!(error instanceof XivoApiError) || error.status !== 404) throw error;
      });
      continue;
    }
    if (now() >= deadline) {
      const c = current?.content;
      throw new LockHeldError(c?.holder ?? 'unknown', c?.since ?? 'unknown', c?.expires ?? 'unknown');
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(options.pollMs ?? 1000, Math.max(1, deadline - now()))),
    );
  }
}

/** `<hostname>:<pid>` of this host whose process is gone (signal 0 probes without sending anything). */
function isDeadLocalHolder(holder: string): boolean {
  const separator = holder.lastIndexOf(':');
  const host = holder.slice(0, separator);
  const pid = Number(holder.slice(separator + 1));
  if (separator < 0 || host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another user; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function readLock(port: ConfdPort): Promise<{ id: number; content: LockContent } | undefined> {
  const list = (await port.request('GET', `/callpermissions?name=${LOCK_NAME}`)) as {
    items: Array<{ id: number; name: string; description: string | null }>;
  };
  const row = list.items.find((i) => i.name === LOCK_NAME);
  if (!row) return undefined;
  try {
    const parsed = JSON.parse(row.description ?? '') as Partial<LockContent>;
    return {
      id: row.id,
      content: {
        holder: String(parsed.holder ?? 'unknown'),
        since: String(parsed.since ?? 'unknown'),
        expires: String(parsed.expires ?? new Date(0).toISOString()),
        token: String(parsed.token ?? ''),
      },
    };
  } catch {
    // An unreadable lock was not written by this tool: treat it as expired rather than wait forever.
    return {
      id: row.id,
      content: { holder: 'unknown', since: 'unknown', expires: new Date(0).toISOString(), token: '' },
    };
  }
}

function heldLock(port: ConfdPort, id: number, token: string, content: () => LockContent): HeldLock {
  return {
    async renew() {
      const current = await readLock(port);
      // Someone took the lock over (ours expired, e.g. the network was down): stop, do not steal back.
      if (current?.id !== id || current.content.token !== token) {
        const by = current ? `${current.content.holder} since ${current.content.since}` : 'nobody';
        throw new LockLostError(`the apply lock was lost while applying (now held by ${by})`);
      }
      await port.request('PUT', `/callpermissions/${id}`, { description: JSON.stringify(content()) });
    },
    async release() {
      const current = await readLock(port);
      // Never delete a lock someone else took over after ours expired.
      if (current?.id !== id || current.content.token !== token) return;
      await port.request('DELETE', `/callpermissions/${id}`).catch((error: unknown) => {
        if (!(error instanceof XivoApiError) || error.status !== 404) throw error;
      });
    },
  };
}

/**
 * Keeps a held lock alive: renews it every third of its lifetime, the next renewal scheduled when one
 * ends (slow renewals never pile up). A renewal that finds the lock taken over aborts `lost`: whoever
 * holds it must stop starting work. A crashed holder's lock still expires on its own.
 */
export function keepRenewed(lock: HeldLock, ttlMs: number): { lost: AbortSignal; stop(): void } {
  const lost = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (): void => {
    timer = setTimeout(
      () => {
        lock.renew().then(
          () => {
            if (!stopped) schedule();
          },
          (error: unknown) => {
            if (error instanceof LockLostError) lost.abort(error);
            else if (!stopped) schedule();
          },
        );
      },
      Math.max(250, ttlMs / 3),
    );
    timer.unref();
  };
  schedule();
  return {
    lost: lost.signal,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
