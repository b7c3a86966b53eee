import type { UserState } from '../state/index.ts';
import type { LiveInventory, LiveUser } from './live-inventory.ts';
import { type InventoryIndex, indexInventory } from './index-inventory.ts';
import { matchUsers } from './match-users.ts';
import { createPlanRun, resolveClaims } from './plan-run.ts';
import { planPerson } from './plan-user.ts';
import { compareText } from '../compare-text.ts';
import { orderSteps } from './order-steps.ts';
import { checkDeletions, type DeletionLimits } from './check-deletions.ts';
import type { DeletionResource, PersonKind, Plan, PlanStep } from './types.ts';

export interface PlanOptions {
  /** XiVO user field holding the key (mappings/ `identity.xivoField`). */
  keyField: 'userfield' | 'description';
  /** Fields an unmarked XiVO user is adopted on, in order (mappings/ `identity.adoptBy`, resolved). */
  adoptBy: readonly ('email' | 'username')[];
  /**
   * Owner of each mapped user field (mappings/ `fields.<name>.owner`). `xivo`-owned fields are sent
   * only when creating a user: afterwards XiVO is authoritative. Fields absent here but present in
   * state (e.g. a site language) count as directory-owned. (Default: all directory-owned)
   */
  fieldOwners?: Readonly<Record<string, 'directory' | 'xivo' | 'allocator'>>;
  /** The clock, for the grace period of disabled people. */
  now: Date;
  /**
   * Days a disabled person stays disabled before removal (mappings/ `lifecycle.graceDays`).
   * (Default: none: disabled people are never removed by the plan, only by deleting their file)
   */
  graceDays?: number;
  /** Deletion thresholds per resource type (mappings/ `safety.maxDeletes`). (Default: none) */
  maxDeletes?: DeletionLimits;
  /** `--allow-deletions N`: lifts a refusal when no type deletes more than N. (Default: null) */
  allowDeletions?: number | null;
  /**
   * The state as of the last successful apply, by key. A XiVO value that differs from it was edited
   * by hand: it is listed as drift. (Default: none: differences are planned but not called drift)
   */
  lastApplied?: ReadonlyMap<string, UserState>;
}

/**
 * Desired state × live XiVO → the ordered steps that converge XiVO, per person. Pure and
 * deterministic: the same inputs give an equal plan.
 */
export function computePlan(
  desired: readonly UserState[],
  inventory: LiveInventory,
  options: PlanOptions,
): Plan {
  const index = indexInventory(inventory, options.keyField);
  const states = [...desired].sort((a, b) => compareText(a.key, b.key));
  const match = matchUsers(states, inventory, options);
  const run = createPlanRun(index, options);

  // Each key once, in order: the states (sorted) merged with the managed users no state names.
  const gone: string[] = [];
  for (const key of match.managed.keys()) if (!hasKey(states, key)) gone.push(key);
  gone.sort(compareText);
  for (let s = 0, g = 0; s < states.length || g < gone.length;) {
    const state = states[s];
    const key = gone[g];
    if (state !== undefined && (key === undefined || compareText(state.key, key) < 0)) {
      s++;
      // Two states with one key: the last one counts, as it would in a map by key.
      if (states[s]?.key === state.key) continue;
      const live = match.managed.get(state.key) ?? match.adopted.get(state.key) ?? null;
      const problems = match.problems.get(state.key) ?? [];
      planPerson(run, state.key, state, live, match.adopted.has(state.key), problems);
    } else if (key !== undefined) {
      g++;
      planPerson(run, key, null, match.managed.get(key) ?? null, false, match.problems.get(key) ?? []);
    }
  }
  resolveClaims(run);

  const steps = orderSteps(run.steps);
  const people = run.people;
  const deletions = countDeletions(steps);
  const existing = countManaged(match.managed.values(), index);
  const safety = checkDeletions(
    deletions,
    existing,
    options.maxDeletes ?? {},
    options.allowDeletions ?? null,
  );
  const kinds: Record<PersonKind, number> = {
    create: 0,
    adopt: 0,
    update: 0,
    disable: 0,
    enable: 0,
    delete: 0,
    noop: 0,
    blocked: 0,
  };
  let renumber = 0;
  let drift = 0;
  let problems = 0;
  for (const person of people) {
    kinds[person.kind]++;
    renumber += person.renumbering.length;
    if (person.drift.length > 0) drift++;
    problems += person.problems.length;
  }
  return {
    version: 1,
    inventoryFingerprint: inventory.fingerprint,
    keyField: options.keyField,
    agentsApi: inventory.agentsApi,
    summary: { ...kinds, renumber, drift, problems, steps: steps.length },
    safety,
    people,
    steps,
  };
}

/** Whether a state of `states`, sorted by key, has this key. */
function hasKey(states: readonly UserState[], key: string): boolean {
  let low = 0;
  let high = states.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareText((states[middle] as UserState).key, key);
    if (order === 0) return true;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return false;
}

function countDeletions(steps: readonly PlanStep[]): Record<DeletionResource, number> {
  const counts: Record<DeletionResource, number> = { users: 0, lines: 0, dids: 0, voicemails: 0, agents: 0 };
  for (const { action } of steps) {
    if (action.op !== 'delete') continue;
    if (action.resource === 'user') counts.users++;
    else if (action.resource === 'line') counts.lines++;
    else if (action.resource === 'incall') counts.dids++;
    else if (action.resource === 'voicemail') counts.voicemails++;
    else if (action.resource === 'agent') counts.agents++;
  }
  return counts;
}

function countManaged(users: Iterable<LiveUser>, index: InventoryIndex): Record<DeletionResource, number> {
  const counts: Record<DeletionResource, number> = { users: 0, lines: 0, dids: 0, voicemails: 0, agents: 0 };
  for (const user of users) {
    counts.users++;
    counts.lines += user.lineIds.length;
    counts.dids += index.incallsByUser.get(user.id)?.length ?? 0;
    if (user.voicemailId !== null) counts.voicemails++;
    if (user.agentId !== null) counts.agents++;
  }
  return counts;
}
