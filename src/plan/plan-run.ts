import { compareText } from '../compare-text.ts';
import type { PlanOptions } from './compute-plan.ts';
import type { InventoryIndex } from './index-inventory.ts';
import type { FieldChange, JsonScalar, PersonPlan, PlanStep, ResourceChange, StepAction } from './types.ts';

interface Claim {
  stepId: string;
  key: string;
  resourceKey: string;
  label: string;
}

/** What one planning run shares across people: the inventory, the steps so far, numbers moving between people. */
export interface PlanRun {
  readonly index: InventoryIndex;
  readonly options: PlanOptions;
  readonly steps: PlanStep[];
  readonly people: PersonPlan[];
  readonly claims: Claim[];
  /** `ext:1042@default` → the step after which that number no longer exists. */
  readonly releases: Map<string, string>;
  /** Orphan lines already re-used by someone in this run. */
  readonly takenLines: Set<number>;
}

/** The person being planned, handed to each resource planner with the run it belongs to. */
export interface PersonDraft {
  readonly run: PlanRun;
  readonly person: PersonPlan;
}

export function createPlanRun(index: InventoryIndex, options: PlanOptions): PlanRun {
  return { index, options, steps: [], people: [], claims: [], releases: new Map(), takenLines: new Set() };
}

/** Adds a step of the person (`u:<key>:<what>`) and returns its id. */
export function addStep(
  p: PersonDraft,
  what: string,
  action: StepAction,
  dependsOn: (string | undefined)[],
  description: string,
): string {
  const id = `u:${p.person.key}:${what}`;
  p.run.steps.push({
    id,
    key: p.person.key,
    action,
    dependsOn: [...new Set(dependsOn.filter((d): d is string => d !== undefined))].sort(compareText),
    description,
  });
  p.person.steps.push(id);
  return id;
}

export function addResource(p: PersonDraft, change: ResourceChange): void {
  p.person.resources.push(change);
}

/** The step takes a number that may be someone else's: resolveClaims orders it after its release. */
export function claim(p: PersonDraft, stepId: string, resourceKey: string, label: string): void {
  p.run.claims.push({ stepId, key: p.person.key, resourceKey, label });
}

/**
 * A number someone else gives up is taken only after they gave it up. One that nobody gives up is held
 * by an object the plan does not manage: confd would refuse it, so the step is not planned (nor what
 * depends on it), and a person being created is not created at all.
 */
export function resolveClaims(run: PlanRun): void {
  // Most runs have no claim: then no index of every step and person (20,000 people in a large XiVO).
  if (run.claims.length === 0) return;
  const byId = new Map(run.steps.map((s) => [s.id, s]));
  const people = new Map(run.people.map((p) => [p.key, p]));
  const dropped = new Set<string>();
  for (const claim of run.claims) {
    const release = run.releases.get(claim.resourceKey);
    const step = byId.get(claim.stepId);
    const person = people.get(claim.key);
    if (release !== undefined && step && reaches(byId, release, step.id)) {
      // Two people swapping numbers in place: neither can go first.
      person?.problems.push(`${claim.label} is given up only after this change (a swap); not planned`);
      dropped.add(claim.stepId);
    } else if (release !== undefined && step && !step.dependsOn.includes(release)) {
      step.dependsOn = [...step.dependsOn, release].sort(compareText);
    } else if (release === undefined && person) {
      const held = `${claim.label} is held by another XiVO object`;
      if (person.kind === 'create' || person.kind === 'blocked') {
        person.problems.push(`not created: ${held}`);
        person.kind = 'blocked';
        for (const id of person.steps) dropped.add(id);
      } else {
        person.problems.push(`${held}; not planned`);
        dropped.add(claim.stepId);
      }
    }
  }
  if (dropped.size > 0) dropSteps(run, dropped);
}

/** Whether step `from` depends, directly or not, on step `to`. */
function reaches(byId: ReadonlyMap<string, PlanStep>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(byId.get(id)?.dependsOn ?? []));
  }
  return false;
}

/** Removes the steps and, transitively, every step that depends on one of them. */
function dropSteps(run: PlanRun, ids: ReadonlySet<string>): void {
  const gone = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of run.steps) {
      if (!gone.has(step.id) && step.dependsOn.some((d) => gone.has(d))) {
        gone.add(step.id);
        grew = true;
      }
    }
  }
  const kept = run.steps.filter((s) => !gone.has(s.id));
  run.steps.splice(0, run.steps.length, ...kept);
  for (const person of run.people) {
    if (person.steps.some((id) => gone.has(id))) person.steps = person.steps.filter((id) => !gone.has(id));
  }
}

export function diffFields(
  current: Record<string, unknown>,
  wanted: Record<string, JsonScalar>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(wanted)) {
    const old = scalar(current[field]);
    if (!sameValue(old, value)) changes.push({ field, old, new: value });
  }
  return changes.sort((a, b) => compareText(a.field, b.field));
}

export function scalar(value: unknown): JsonScalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function sameValue(a: JsonScalar, b: JsonScalar): boolean {
  return a === b;
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
