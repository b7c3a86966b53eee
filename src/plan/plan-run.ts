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

/** A number someone else gives up is taken only after they gave it up; otherwise it is a conflict. */
export function resolveClaims(run: PlanRun): void {
  const byId = new Map(run.steps.map((s) => [s.id, s]));
  const people = new Map(run.people.map((p) => [p.key, p]));
  for (const claim of run.claims) {
    const release = run.releases.get(claim.resourceKey);
    const step = byId.get(claim.stepId);
    if (release !== undefined && step && !step.dependsOn.includes(release)) {
      step.dependsOn = [...step.dependsOn, release].sort(compareText);
    } else if (release === undefined) {
      people
        .get(claim.key)
        ?.problems.push(`${claim.label} is held by another XiVO object; creating it will fail`);
    }
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
