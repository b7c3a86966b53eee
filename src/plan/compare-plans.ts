import { compareText } from '../compare-text.ts';
import { describePerson, oneLine } from './describe-person.ts';
import type { PersonPlan, Plan } from './types.ts';

export interface PlanComparison {
  /** Deletions the fresh plan makes that the reviewed one did not, e.g. `k1: delete voicemail 1042@default`. */
  newDeletions: string[];
  /** Renumberings the fresh plan makes that the reviewed one did not. */
  newRenumberings: string[];
  /**
   * Every difference, per person, for humans: `+ Name [key] create` for a person nobody reviewed,
   * `- Name [key] update` for one the fresh plan no longer changes, `~ Name [key] update` followed by
   * the lines that appeared (`+ drift email: …`) or went away (`- email: …`).
   */
  differences: string[];
  /** True when apply must refuse: the fresh plan destroys or renumbers something nobody reviewed. */
  refused: boolean;
}

/**
 * Compares the plan a reviewer saw (`plan --out`) with the plan recomputed at apply time. Every
 * difference is listed (people added, fields changed, drift to revert); only what cannot be undone,
 * deletions and renumberings, is a reason to refuse, unless the caller is strict about any difference.
 */
export function comparePlans(reviewed: Plan, fresh: Plan): PlanComparison {
  const before = destructive(reviewed);
  const after = destructive(fresh);
  const newDeletions = [...after.deletions].filter((d) => !before.deletions.has(d)).sort(compareText);
  const newRenumberings = [...after.renumberings]
    .filter((r) => !before.renumberings.has(r))
    .sort(compareText);
  return {
    newDeletions,
    newRenumberings,
    differences: differences(reviewed, fresh),
    refused: newDeletions.length > 0 || newRenumberings.length > 0,
  };
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

/** A person changes when the plan does something to them or cannot (a problem). */
function changing(plan: Plan): Map<string, PersonPlan> {
  return new Map(
    plan.people.filter((p) => p.kind !== 'noop' || p.problems.length > 0).map((p) => [p.key, p]),
  );
}

function differences(reviewed: Plan, fresh: Plan): string[] {
  const before = changing(reviewed);
  const after = changing(fresh);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compareText);
  const out: string[] = [];
  const title = (sign: string, p: PersonPlan): string =>
    oneLine(`${sign} ${p.name || '(no name)'} [${p.key}] ${p.kind}`);
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    if (!old && now) {
      out.push(`${title('+', now)} (not in the reviewed plan)`);
      for (const line of describePerson(now)) out.push(oneLine(`    ${line}`));
    } else if (old && !now) {
      out.push(`${title('-', old)} (no longer to do)`);
    } else if (old && now) {
      const was = describePerson(old);
      const is = describePerson(now);
      const gone = was.filter((l) => !is.includes(l));
      const added = is.filter((l) => !was.includes(l));
      if (old.kind === now.kind && gone.length === 0 && added.length === 0) continue;
      out.push(old.kind === now.kind ? title('~', now) : `${title('~', now)} (reviewed: ${old.kind})`);
      for (const line of gone) out.push(oneLine(`    - ${line}`));
      for (const line of added) out.push(oneLine(`    + ${line}`));
    }
  }
  return out;
}
