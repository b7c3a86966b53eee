import { ReconcilerError } from '../errors.ts';
import type { Plan } from './types.ts';

/** A saved plan file that is not a plan this version wrote. */
export class PlanFileError extends ReconcilerError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/**
 * Checks the shape of a saved plan (`plan --out`) before apply trusts it. The saved plan is only used
 * for comparison (apply always recomputes), so the check is about shape, not about trust.
 */
export function parsePlan(json: unknown, file: string): Plan {
  const fail = (what: string): never => {
    throw new PlanFileError(`${file}: not a plan saved by xivo-sync plan --out (${what})`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('not a JSON object');
  const plan = json as Record<string, unknown>;
  if (plan['version'] !== 1) fail(`unsupported version ${JSON.stringify(plan['version'])}`);
  if (!Array.isArray(plan['people'])) fail('no people');
  if (!Array.isArray(plan['steps'])) fail('no steps');
  for (const [i, person] of (plan['people'] as unknown[]).entries()) {
    const p = person as Record<string, unknown> | null;
    if (
      typeof p?.['key'] !== 'string' ||
      typeof p['kind'] !== 'string' ||
      !Array.isArray(p['resources']) ||
      !Array.isArray(p['renumbering'])
    ) {
      fail(`/people/${i} is malformed`);
    }
  }
  return json as Plan;
}
