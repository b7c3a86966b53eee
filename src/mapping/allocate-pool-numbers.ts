import type { NumberRange } from '../state/generated/mapping.ts';
import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { allocateNumbers } from '../numbering/index.ts';
import type { Candidate } from './collect-candidates.ts';
import { compareText } from '../compare-text.ts';
import { quarantineLookup } from './export-quarantine.ts';
import type { AllocatedNumbers, Rejection } from './map-result.ts';

type Kind = 'did' | 'extension' | 'agent';

export interface PoolInput {
  /** Pruned: a candidate the pool has no number left for is removed (and rejected). */
  candidates: Map<string, Candidate>;
  previous: ReadonlyMap<string, UserState>;
  usedInXivo: ReadonlySet<string> | undefined;
  /** The live quarantine (liveQuarantine). */
  quarantine: readonly QuarantinedNumber[];
  quarantineDays: number;
  now: Date;
}

export interface PoolResult {
  /** The numbers of each candidate who requested some: kept from state, given back, or new. */
  allocated: Map<string, AllocatedNumbers>;
  /** Quarantine entries whose number went back to the person who held it. */
  reclaimed: QuarantinedNumber[];
  /** Candidates the pool had no number left for. */
  rejected: Rejection[];
}

/**
 * Hands out pool numbers to the candidates' number requests, deterministically (allocateNumbers), one
 * pool at a time: a number held by anyone else, in state or in XiVO, is never given.
 */
export function allocatePoolNumbers(input: PoolInput): PoolResult {
  const { candidates, previous, quarantine, quarantineDays, now } = input;
  // Numbers held in state by people not being re-mapped now (rejected, missing, disabled) stay theirs.
  const ours = new Set<string>();
  for (const state of previous.values())
    for (const kind of ['did', 'extension', 'agent'] as const) addIf(ours, held(kind, state));

  const allocated = new Map<string, AllocatedNumbers>();
  const reclaimed: QuarantinedNumber[] = [];
  const rejected: Rejection[] = [];
  const quarantined = quarantineLookup(quarantine);
  for (const group of [...poolGroups(candidates)].sort((a, b) => compareText(a.kind, b.kind))) {
    // Someone an earlier pool could not serve is rejected already: they take nothing from this one.
    const keys = group.keys.filter((key) => candidates.has(key));
    const requesters = new Set(keys);
    const used = new Set<string>();
    for (const number of input.usedInXivo ?? []) if (!ours.has(number)) used.add(number);
    for (const [key, state] of previous) if (!requesters.has(key)) addIf(used, held(group.kind, state));
    for (const [key, candidate] of candidates)
      if (!requesters.has(key)) addIf(used, held(group.kind, candidate.user));
    const result = allocateNumbers({
      requests: keys.map((key) => ({ key, current: previousNumber(previous.get(key), group.kind) })),
      pool: group.pool,
      used,
      quarantine: quarantine.filter((q) => q.kind === group.kind),
      quarantineDays,
      now,
    });
    for (const [key, number] of result.assigned) {
      allocated.set(key, { ...allocated.get(key), [group.kind]: number });
      const back = quarantined(group.kind, group.context, number, key);
      if (back !== undefined) reclaimed.push(back);
    }
    for (const key of result.exhausted) {
      const candidate = candidates.get(key)!;
      rejected.push({
        dn: candidate.user.dn,
        attribute: '',
        value: '',
        rule: group.kind,
        message: `no free ${group.kind} number left in ${group.pool.map((r) => `${r.start}-${r.end}`).join(', ')}`,
      });
      candidates.delete(key);
    }
  }
  return { allocated, reclaimed, rejected };
}

/** The candidates' number requests, one group per pool. */
function poolGroups(
  candidates: ReadonlyMap<string, Candidate>,
): Iterable<{ kind: Kind; context: string; pool: NumberRange[]; keys: string[] }> {
  // DIDs have no context: one number plan for the whole system.
  const groups = new Map<string, { kind: Kind; context: string; pool: NumberRange[]; keys: string[] }>();
  for (const [key, candidate] of candidates) {
    for (const request of candidate.numberRequests) {
      const context = request.kind === 'did' ? '' : request.context;
      const id = `${request.kind}|${context}|${JSON.stringify(request.pool)}`;
      const group = groups.get(id) ?? { kind: request.kind, context, pool: request.pool, keys: [] };
      group.keys.push(key);
      groups.set(id, group);
    }
  }
  return groups.values();
}

function held(kind: Kind, state: UserState): string | undefined {
  return kind === 'did'
    ? state.did?.number
    : kind === 'extension'
      ? state.line?.extension
      : state.agent?.number;
}

function previousNumber(state: UserState | undefined, kind: Kind): string | undefined {
  return state === undefined ? undefined : held(kind, state);
}

function addIf(set: Set<string>, value: string | undefined): void {
  if (value !== undefined && value !== '') set.add(value);
}
