import type { DeletionCheck, DeletionResource, PlanSafety } from './types.ts';

/** Refuse above `count` deletions or `percent` % of the managed ones (mappings/ `safety.maxDeletes`). */
export type DeletionLimits = Partial<Record<DeletionResource, { count?: number; percent?: number }>>;

const ORDER: readonly DeletionResource[] = ['users', 'lines', 'dids', 'voicemails', 'agents'];

/**
 * The deletion gate. A type is exceeded when it deletes more than its `count`, or more than
 * `percent` % of what exists; `allowDeletions` (the reviewer's `--allow-deletions N`) lifts the
 * refusal when no type deletes more than N.
 */
export function checkDeletions(
  deletions: Readonly<Record<DeletionResource, number>>,
  existing: Readonly<Record<DeletionResource, number>>,
  limits: DeletionLimits,
  allowDeletions: number | null,
): PlanSafety {
  const checks: DeletionCheck[] = ORDER.map((resource) => {
    const count = deletions[resource];
    const limit = limits[resource] ?? {};
    const base = existing[resource];
    const overCount = limit.count !== undefined && count > limit.count;
    const overPercent = limit.percent !== undefined && base > 0 && (count * 100) / base > limit.percent;
    return {
      resource,
      count,
      existing: base,
      limit: { ...limit },
      exceeded: count > 0 && (overCount || overPercent),
    };
  });
  const reasons = checks
    .filter((c) => c.exceeded && (allowDeletions === null || c.count > allowDeletions))
    .map((c) => {
      const parts = [
        c.limit.count === undefined ? undefined : `${c.limit.count}`,
        c.limit.percent === undefined ? undefined : `${c.limit.percent}% of ${c.existing}`,
      ].filter(Boolean);
      const override = allowDeletions === null ? '' : ` (--allow-deletions ${allowDeletions} is not enough)`;
      return `would delete ${c.count} ${c.resource}, above the limit (${parts.join(' or ')})${override}; review and re-run with --allow-deletions ${c.count}`;
    });
  return { refused: reasons.length > 0, reasons, deletions: checks, allowDeletions };
}
