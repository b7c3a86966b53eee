import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import { type NumberRange, inRanges, rangeNumbers } from './ranges.ts';
import { isQuarantined } from './quarantine.ts';
import { compareText } from '../compare-text.ts';

export interface NumberRequest {
  /** Key of the person (state file name). */
  key: string;
  /** The number this person already holds in state: kept when still in the pool and not claimed by someone else. */
  current?: string | undefined;
}

export interface AllocationInput {
  requests: readonly NumberRequest[];
  /** The pool, in the order numbers should be handed out (lowest first within each range). */
  pool: readonly NumberRange[];
  /** Numbers nobody may be given: held by other people in state, or used by anything in XiVO (inventory). */
  used: ReadonlySet<string>;
  /** Released numbers and their release dates (state/numbers/quarantine.json), for this kind and context. */
  quarantine: readonly QuarantinedNumber[];
  /** Days a released number is held back (mappings `lifecycle.quarantineDays`). */
  quarantineDays: number;
  now: Date;
}

export interface AllocationResult {
  /** key → number, for every request that got one. */
  assigned: Map<string, string>;
  /** Keys that got nothing because the pool is exhausted, in key order. */
  exhausted: string[];
}

/**
 * Deterministic allocation: people who already hold a number keep it; the others, in key order, get
 * the lowest free number of the pool. "Free" excludes `used`, numbers kept or given in this run, and
 * numbers still in quarantine, except that a quarantined number goes back to the person who held it
 * (a reappearing person gets the same number). The result depends only on the inputs, never on
 * their order.
 */
export function allocateNumbers(input: AllocationInput): AllocationResult {
  const assigned = new Map<string, string>();
  const taken = new Set<string>();
  const requests = [...input.requests].sort((a, b) => compareText(a.key, b.key));

  // Keepers first, so a newcomer sorted before them can never take their number.
  for (const request of requests) {
    const current = request.current;
    if (
      current === undefined ||
      taken.has(current) ||
      input.used.has(current) ||
      !inRanges(current, input.pool)
    )
      continue;
    assigned.set(request.key, current);
    taken.add(current);
  }

  const heldBack = new Map<string, string>();
  for (const entry of input.quarantine) {
    if (isQuarantined(entry, input.quarantineDays, input.now)) heldBack.set(entry.number, entry.previousKey);
  }

  // A returning person takes back their quarantined number before the pool is scanned.
  for (const request of requests) {
    if (assigned.has(request.key)) continue;
    for (const [number, previousKey] of heldBack) {
      if (
        previousKey === request.key &&
        !taken.has(number) &&
        !input.used.has(number) &&
        inRanges(number, input.pool)
      ) {
        assigned.set(request.key, number);
        taken.add(number);
        break;
      }
    }
  }

  const candidates = input.pool.map((range) => rangeNumbers(range));
  let rangeIndex = 0;
  const exhausted: string[] = [];
  for (const request of requests) {
    if (assigned.has(request.key)) continue;
    let found: string | undefined;
    while (found === undefined && rangeIndex < candidates.length) {
      const next = candidates[rangeIndex]!.next();
      if (next.done === true) {
        rangeIndex++;
        continue;
      }
      const number = next.value;
      if (!taken.has(number) && !input.used.has(number) && !heldBack.has(number)) found = number;
    }
    if (found === undefined) {
      exhausted.push(request.key);
      continue;
    }
    assigned.set(request.key, found);
    taken.add(found);
  }
  return { assigned, exhausted };
}
