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

  const keys = new Set<string>([...states.map((s) => s.key), ...match.managed.keys()]);
  const stateByKey = new Map(states.map((s) => [s.key, s]));
  for (const key of [...keys].sort(compareText)) {
    const state = stateByKey.get(key);
    const live = match.managed.get(key) ?? match.adopted.get(key) ?? null;
    planPerson(run, key, state ?? null, live, match.adopted.has(key), match.problems.get(key) ?? []);
  }
  resolveClaims(run);

  const steps = orderSteps(run.steps);
  const people = run.people;
  const deletions = countDeletions(steps);
  const existing = countManaged([...match.managed.values()], index);
  const safety = checkDeletions(
    deletions,
    existing,
    options.maxDeletes ?? {},
    options.allowDeletions ?? null,
  );
  const count = (kind: PersonKind): number => people.filter((p) => p.kind === kind).length;
  return {
    version: 1,
    inventoryFingerprint: inventory.fingerprint,
    keyField: options.keyField,
    agentsApi: inventory.agentsApi,
    summary: {
      create: count('create'),
      adopt: count('adopt'),
      update: count('update'),
      disable: count('disable'),
      enable: count('enable'),
      delete: count('delete'),
      noop: count('noop'),
      blocked: count('blocked'),
      renumber: people.reduce((n, p) => n + p.renumbering.length, 0),
      drift: people.filter((p) => p.drift.length > 0).length,
      problems: people.reduce((n, p) => n + p.problems.length, 0),
      steps: steps.length,
    },
    safety,
    people,
    steps,
  };
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

function countManaged(users: readonly LiveUser[], index: InventoryIndex): Record<DeletionResource, number> {
  return {
    users: users.length,
    lines: users.reduce((n, u) => n + u.lineIds.length, 0),
    dids: users.reduce((n, u) => n + (index.incallsByUser.get(u.id)?.length ?? 0), 0),
    voicemails: users.filter((u) => u.voicemailId !== null).length,
    agents: users.filter((u) => u.agentId !== null).length,
  };
}
