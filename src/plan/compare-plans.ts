import type { Plan } from './types.ts';

export interface PlanComparison {
  /** Deletions the fresh plan makes that the reviewed one did not, e.g. `k1: delete voicemail 1042@default`. */
  newDeletions: string[];
  /** Renumberings the fresh plan makes that the reviewed one did not. */
  newRenumberings: string[];
  /** True when apply must refuse: the fresh plan destroys or renumbers something nobody reviewed. */
  refused: boolean;
}

/**
 * Compares the plan a reviewer saw (`plan --out`) with the plan recomputed at apply time. Only what
 * cannot be undone is a reason to stop: deletions and renumberings. New creations or field updates
 * (someone merged another change meanwhile) proceed.
 */
export function comparePlans(reviewed: Plan, fresh: Plan): PlanComparison {
  const before = destructive(reviewed);
  const after = destructive(fresh);
  const newDeletions = [...after.deletions].filter((d) => !before.deletions.has(d)).sort();
  const newRenumberings = [...after.renumberings].filter((r) => !before.renumberings.has(r)).sort();
  return { newDeletions, newRenumberings, refused: newDeletions.length > 0 || newRenumberings.length > 0 };
}

function destructive(plan: Plan): { deletions: Set<string>; renumberings: Set<string> } {
  const deletions = new Set<string>();
  const renumberings = new Set<string>();
  for (const person of plan.people) {
    if (person.kind === 'delete') deletions.add(`${person.key}: delete user ${person.name}`);
    for (const r of person.resources) {
      if (r.change === 'delete')
        deletions.add(`${person.key}: delete ${r.resource} ${r.old ?? ''}`.trimEnd());
    }
    for (const r of person.renumbering)
      renumberings.add(`${person.key}: renumber ${r.resource} ${r.old} → ${r.new}`);
  }
  return { deletions, renumberings };
}
