import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { allocatePoolNumbers } from './allocate-pool-numbers.ts';
import { collectCandidates } from './collect-candidates.ts';
import { prepareAll } from './entry-preparer.ts';
import { applyLifecycle } from './export-lifecycle.ts';
import type { ExportInput } from './export-input.ts';
import { type ReleasedNumber, liveQuarantine, nextQuarantine, releasable } from './export-quarantine.ts';
import type { Provenance, Rejection } from './map-result.ts';
import { settleCandidates } from './settle-candidates.ts';
import { enforceStateRules } from './enforce-state-rules.ts';
import { fieldSources } from './field-sources.ts';

export interface ExportResult {
  /** Every state that should exist after the export, by key (unchanged ones included: the writer skips equal bytes). */
  write: Map<string, UserState>;
  /** Keys whose files are removed (grace period over). */
  remove: string[];
  quarantine: QuarantinedNumber[];
  rejected: Rejection[];
  /** Keys newly disabled in this run (disabled in the directory, or missing from it). */
  disabled: string[];
  provenance: Map<string, Record<string, Provenance>>;
}

/**
 * The pure heart of `xivo-sync export`: maps every entry, allocates pool numbers deterministically,
 * rejects duplicates (naming both people), and applies the lifecycle (disabled or missing →
 * `disabled` with `since`; after `lifecycle.graceDays` → removed, numbers quarantined). A rejected
 * person keeps the previous state unchanged. `owner: xivo` fields take XiVO's value when the person's
 * XiVO user exists, the previous state's when XiVO was not read, else the directory's (xivo-owned.ts).
 */
export function computeExport(input: ExportInput): ExportResult {
  const { config, previous, now } = input;
  const quarantineDays = config.lifecycle.quarantineDays;
  const prepared = 'prepared' in input ? [...input.prepared] : prepareAll(input, input.entries);
  const { candidates, seen, rejected: unmapped } = collectCandidates(prepared, config, previous);
  const pools = allocatePoolNumbers({
    candidates,
    previous,
    usedInXivo: input.usedInXivo,
    quarantine: liveQuarantine(input.quarantine, quarantineDays, now),
    quarantineDays,
    now,
  });
  const settled = settleCandidates(candidates, pools.allocated, input);
  const lifecycle = applyLifecycle({
    write: settled.write,
    candidates,
    previous,
    seen,
    graceDays: config.lifecycle.graceDays,
    now,
  });
  // A rejected person keeps their file as it is: it is part of what the export leaves in state/.
  const removed = new Set(lifecycle.remove);
  for (const key of seen) {
    const before = previous.get(key);
    if (before !== undefined && !settled.write.has(key) && !removed.has(key)) settled.write.set(key, before);
  }
  const quarantine = nextQuarantine(input.quarantine, pools.reclaimed, lifecycle.released, now);
  const enforced = enforceStateRules({
    write: settled.write,
    previous,
    config,
    quarantine,
    sources: fieldSources(config),
  });
  for (const key of enforced.reverted) settled.provenance.delete(key);
  // Added after the rules were enforced: only the final states say which numbers nobody holds any more.
  const dropped = droppedNumbers(previous, settled.write, removed);
  return {
    write: settled.write,
    remove: lifecycle.remove,
    quarantine: dropped.length === 0 ? quarantine : nextQuarantine(quarantine, [], dropped, now),
    rejected: [...unmapped, ...pools.rejected, ...settled.rejected, ...enforced.rejected],
    disabled: lifecycle.disabled.filter((key) => !enforced.reverted.has(key)),
    provenance: settled.provenance,
  };
}

/**
 * The numbers a person still in state held before this export and nobody holds after it: a move to
 * another site, a DID taken away. They go to quarantine like a removed person's, so that calls to the
 * old number do not reach the next person given it. (A removed person's are released by the lifecycle.)
 */
function droppedNumbers(
  previous: ReadonlyMap<string, UserState>,
  write: ReadonlyMap<string, UserState>,
  removed: ReadonlySet<string>,
): ReleasedNumber[] {
  const id = (n: ReleasedNumber): string => `${n.kind}|${n.context ?? ''}|${n.number}`;
  const held = new Set<string>();
  for (const state of write.values()) for (const n of releasable(state)) held.add(id(n));
  const dropped: ReleasedNumber[] = [];
  for (const [key, before] of previous) {
    if (removed.has(key) || write.get(key) === before) continue;
    for (const n of releasable(before)) if (!held.has(id(n))) dropped.push(n);
  }
  return dropped;
}
