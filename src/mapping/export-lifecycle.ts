import type { UserState } from '../state/generated/user.ts';
import { utcDate } from '../numbering/index.ts';
import { compareText } from '../compare-text.ts';
import { type ReleasedNumber, releasable } from './export-quarantine.ts';

export interface LifecycleInput {
  /** The accepted states by key; disabled and removed people are updated in place. */
  write: Map<string, UserState>;
  /** Whether each accepted person is disabled in the directory. */
  candidates: ReadonlyMap<string, { disabled: boolean }>;
  previous: ReadonlyMap<string, UserState>;
  /** Every key the directory returned (rejected people keep their previous state untouched). */
  seen: ReadonlySet<string>;
  graceDays: number;
  now: Date;
}

export interface LifecycleResult {
  /** Keys newly disabled in this run, sorted. */
  disabled: string[];
  /** Keys whose files are removed (grace period over), sorted. */
  remove: string[];
  /** The numbers removed people held, for the quarantine. */
  released: ReleasedNumber[];
}

/**
 * Disabled in the directory, or missing from it → `disabled` since the first run that saw it; after
 * `graceDays` → removed, and the numbers released.
 */
export function applyLifecycle(input: LifecycleInput): LifecycleResult {
  const { write, candidates, previous, seen, graceDays, now } = input;
  const today = utcDate(now);
  const disabled: string[] = [];
  const remove: string[] = [];
  const removing = new Set<string>();
  const released: ReleasedNumber[] = [];
  const rejectedKeys = new Set([...seen].filter((key) => !write.has(key)));
  for (const [key, state] of write) {
    if (!candidates.get(key)!.disabled) continue;
    const before = previous.get(key);
    const since = before?.status === 'disabled' && before.since !== undefined ? before.since : today;
    const disabledState = { ...state, status: 'disabled' as const, since };
    if (before?.status !== 'disabled') disabled.push(key);
    if (expired(since, graceDays, now)) {
      write.delete(key);
      if (before !== undefined) {
        remove.push(key);
        removing.add(key);
        released.push(...releasable(before));
      }
    } else write.set(key, disabledState);
  }
  for (const [key, before] of previous) {
    if (write.has(key) || rejectedKeys.has(key) || removing.has(key) || seen.has(key)) continue;
    const since = before.status === 'disabled' && before.since !== undefined ? before.since : today;
    if (before.status !== 'disabled') disabled.push(key);
    if (expired(since, graceDays, now)) {
      remove.push(key);
      released.push(...releasable(before));
    } else write.set(key, { ...before, status: 'disabled', since });
  }
  return { disabled: disabled.sort(compareText), remove: remove.sort(compareText), released };
}

function expired(since: string, graceDays: number, now: Date): boolean {
  return now.getTime() >= Date.parse(`${since}T00:00:00Z`) + graceDays * 86_400_000;
}
