import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { allocatePoolNumbers } from './allocate-pool-numbers.ts';
import { collectCandidates } from './collect-candidates.ts';
import { prepareAll } from './entry-preparer.ts';
import { applyLifecycle } from './export-lifecycle.ts';
import type { ExportInput } from './export-input.ts';
import { liveQuarantine, nextQuarantine } from './export-quarantine.ts';
import type { Provenance, Rejection } from './map-result.ts';
import { settleCandidates } from './settle-candidates.ts';

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
  const { candidates, seen, rejected: unmapped } = collectCandidates(prepared, config);
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
  return {
    write: settled.write,
    remove: lifecycle.remove,
    quarantine: nextQuarantine(input.quarantine, pools.reclaimed, lifecycle.released, now),
    rejected: [...unmapped, ...pools.rejected, ...settled.rejected],
    disabled: lifecycle.disabled,
    provenance: settled.provenance,
  };
}
