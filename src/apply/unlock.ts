import path from 'node:path';
import { ConfigError, type Env, readMappings, resolveXivoConnection } from '../config/index.ts';
import { createXivoClient } from '../xivo/index.ts';
import { type ApplyLockInfo, inspectApplyLock, removeApplyLock } from './apply-lock.ts';

export interface UnlockOptions {
  /** Repository holding `mappings/` (the XiVO to talk to). */
  repoDir: string;
  env: Env;
  cwd: string;
  /** Told of a connection that `insecure: true` lets through in clear text, on every run. */
  onWarning?: (message: string) => void;
  /** Remove the lock; without it, only show it. */
  force: boolean;
  /** The clock, to tell an expired lock. (Default: `Date.now`) */
  now?: () => number;
}

/**
 * `xivo-sync unlock`: the apply lock's holder, since and expiry, and with `force` its removal, for a
 * lock stranded by a run that could not release it (a killed machine, a lost network).
 */
export async function unlockApply(
  options: UnlockOptions,
): Promise<{ lock?: ApplyLockInfo; removed: boolean }> {
  const mappings = await readMappings(path.join(options.repoDir, 'mappings'));
  if (!mappings.config)
    throw new ConfigError('mappings/ is invalid (run xivo-sync validate)', { issues: mappings.issues });
  const client = createXivoClient(resolveXivoConnection(mappings.config, options));
  try {
    const lock = await inspectApplyLock(client, options.now);
    if (lock === undefined) return { removed: false };
    if (options.force) await removeApplyLock(client, lock);
    return { lock, removed: options.force };
  } finally {
    client.close();
  }
}
