import type { UserState } from '../state/index.ts';
import type { PlanOptions } from './compute-plan.ts';
import { normalise } from './index-inventory.ts';
import type { LiveInventory, LiveUser } from './live-inventory.ts';

export interface Match {
  managed: Map<string, LiveUser>;
  adopted: Map<string, LiveUser>;
  problems: Map<string, string[]>;
}

/** Managed users by key, unmarked users adopted by e-mail or username, and the problems found. */
export function matchUsers(states: readonly UserState[], inv: LiveInventory, options: PlanOptions): Match {
  const managed = new Map<string, LiveUser>();
  const problems = new Map<string, string[]>();
  const unmarked: LiveUser[] = [];
  for (const user of [...inv.users].sort((a, b) => a.id - b.id)) {
    const marker = user.fields[options.keyField];
    const key = typeof marker === 'string' ? marker.trim() : '';
    if (key === '') {
      unmarked.push(user);
      continue;
    }
    const first = managed.get(key);
    if (first) {
      // Never delete either: a duplicate marker is a human mistake to look at, not a departure.
      const list = problems.get(key) ?? [];
      list.push(`XiVO users ${first.id} and ${user.id} both carry this key; only ${first.id} is managed`);
      problems.set(key, list);
      continue;
    }
    managed.set(key, user);
  }
  const adopted = new Map<string, LiveUser>();
  const taken = new Set<number>();
  const { adoptBy } = options;
  // Indexed, because a first run may hold thousands of state files and thousands of unmarked users.
  const byField = new Map<string, Map<string, LiveUser[]>>();
  for (const field of adoptBy) {
    const map = new Map<string, LiveUser[]>();
    for (const user of unmarked) {
      const value = normalise(user.fields[field]);
      if (value === '') continue;
      const list = map.get(value) ?? [];
      list.push(user);
      map.set(value, list);
    }
    byField.set(field, map);
  }
  for (const state of states) {
    if (managed.has(state.key)) continue;
    for (const field of adoptBy) {
      const wanted = normalise(state.user[field]);
      if (wanted === '') continue;
      const candidates = (byField.get(field)?.get(wanted) ?? []).filter((u) => !taken.has(u.id));
      if (candidates.length === 1) {
        const user = candidates[0] as LiveUser;
        adopted.set(state.key, user);
        taken.add(user.id);
        break;
      }
      if (candidates.length > 1) {
        const list = problems.get(state.key) ?? [];
        list.push(`several unmarked XiVO users share ${field} ${wanted}; none adopted`);
        problems.set(state.key, list);
      }
    }
  }
  return { managed, adopted, problems };
}
