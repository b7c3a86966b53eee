import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { SafetyError } from '../errors.ts';
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
      `another apply holds the XiVO lock: held by ${holder} since ${since} (expires ${expires}); retry later or raise --lock-timeout`,
    );
    this.holder = holder;
    this.since = since;
  }
}

/** The lock expired and was taken over while this apply ran: it must stop starting steps. */
export class LockLostError extends SafetyError {}

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
      if (!(error instanceof XivoApiError) || error.status !== 400) throw error;
    }
    const current = await readLock(port);
    if (current && Date.parse(current.content.expires) <= now()) {
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
        throw new LockLostError(`the XiVO lock was lost while applying (now held by ${by})`);
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
