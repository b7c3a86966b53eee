import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Asks the kernel for a free TCP port on `host` by binding port 0. The port is released before the
 * caller binds it, so callers retry when they lose the race (EADDRINUSE).
 */
export async function findFreePort(host: string): Promise<number> {
  const server = createServer();
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') {
    throw new Error(`could not read the port bound on ${host}`);
  }
  return address.port;
}

/** Whether `port` on `host` can be bound right now. */
export async function isPortFree(host: string, port: number): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, host);
    await once(server, 'listening');
    return true;
  } catch {
    return false;
  } finally {
    if (server.listening) {
      server.close();
      await once(server, 'close');
    }
  }
}

/** Collects a child's output (bounded) so that start-up failures can quote it. */
export function captureOutput(child: ChildProcess): () => string {
  let text = '';
  const append = (chunk: Buffer): void => {
    text = (text + chunk.toString('utf8')).slice(-16_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

/**
 * Stops a child: `signal` first, SIGKILL if it has not exited after `graceMs`. Resolves once it is gone.
 */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

const orphans = new Map<ChildProcess, string>();
let isExitHookInstalled = false;

/**
 * Kills the child and removes its data dir if this Node process exits without stopping it (a crashed
 * worker, an aborted run), so no server or 30 MB Samba copy outlives the test run. Returns the function
 * that removes the safety net.
 */
export function killOnExit(child: ChildProcess, dir: string): () => void {
  if (!isExitHookInstalled) {
    // One listener for all children: a test file may start many servers. Only synchronous work is
    // possible in an exit handler.
    process.once('exit', () => {
      for (const [orphan, orphanDir] of orphans) {
        orphan.kill('SIGKILL');
        rmSync(orphanDir, { recursive: true, force: true });
      }
    });
    // A signal's default action ends Node without 'exit' (a benchmark stopped with kill or a closed
    // terminal would leave its servers running): exit instead, with the code the signal would give.
    // Ctrl-C needs nothing: it reaches the servers too. A process with its own handler keeps it.
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(code));
    }
    isExitHookInstalled = true;
  }
  orphans.set(child, dir);
  return () => {
    orphans.delete(child);
  };
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
