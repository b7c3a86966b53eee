import { InternalError } from '../errors.ts';
import { MinHeap } from './min-heap.ts';
import type { PlanStep } from './types.ts';

/**
 * Topological order of the steps (Kahn), breaking ties by the order they were produced in (people by
 * key, then the confd recipe), so the same input always yields the same list. Throws on a cycle or a
 * dependency on an unknown step: both would be bugs of the planner.
 */
export function orderSteps(steps: readonly PlanStep[]): PlanStep[] {
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (index.has(step.id)) throw new InternalError(`duplicate plan step id ${step.id}`);
    index.set(step.id, i);
  });
  const pending = new Array<number>(steps.length).fill(0);
  const dependants: number[][] = steps.map(() => []);
  steps.forEach((step, i) => {
    for (const dep of step.dependsOn) {
      const j = index.get(dep);
      if (j === undefined) throw new InternalError(`plan step ${step.id} depends on unknown step ${dep}`);
      pending[i] = (pending[i] ?? 0) + 1;
      dependants[j]?.push(i);
    }
  });
  const heap = new MinHeap();
  pending.forEach((count, i) => {
    if (count === 0) heap.push(i);
  });
  const ordered: PlanStep[] = [];
  for (let i = heap.pop(); i !== undefined; i = heap.pop()) {
    ordered.push(steps[i] as PlanStep);
    for (const d of dependants[i] ?? []) {
      pending[d] = (pending[d] ?? 0) - 1;
      if (pending[d] === 0) heap.push(d);
    }
  }
  if (ordered.length !== steps.length) {
    const stuck = steps.filter((_, i) => (pending[i] ?? 0) > 0).map((s) => s.id);
    throw new InternalError(`plan steps form a cycle: ${stuck.slice(0, 5).join(', ')}`);
  }
  return ordered;
}
