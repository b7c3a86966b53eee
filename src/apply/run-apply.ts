import { SafetyError } from '../errors.ts';
import { comparePlans, type Plan } from '../plan/index.ts';
import { type PrepareOptions, preparePlan } from '../prepare/index.ts';
import { acquireApplyLock, keepRenewed } from './apply-lock.ts';
import { type ApplyOptions, type ApplyResult, applyPlan } from './apply-plan.ts';

export interface RunApplyOptions extends Omit<PrepareOptions, 'port'> {
  /**
   * The plan as reviewed (`plan --out`). The run refuses when the fresh plan deletes or renumbers what
   * this one did not. (Default: none, nothing to compare with)
   */
  reviewed?: Plan;
  /**
   * `--strict-plan`: refuse any difference between `reviewed` and the fresh plan, not only unreviewed
   * deletions and renumberings. (Default: false; differences are told through `onNotice` and applied)
   */
  strictPlan?: boolean;
  /** Steps in flight at once. */
  concurrency: number;
  /** How long to wait for another apply's lock, in ms (0: fail at once). */
  lockTimeoutMs: number;
  /** The lock expires after this long without renewal, in ms. */
  lockTtlMs: number;
  /**
   * Asked with the fresh plan, under the lock, before the first write; resolving false cancels the run.
   * (Default: none, the run proceeds: `--auto-approve`)
   */
  confirm?: (plan: Plan) => Promise<boolean>;
  /** Each new user's generated password and voicemail PIN, in memory only. */
  onSecrets?: ApplyOptions['onSecrets'];
  /** Called after each step. */
  onStep?: ApplyOptions['onStep'];
  /** Told what a human should know and that is not an error (a dead holder's lock taken over). */
  onNotice?: (message: string) => void;
  /**
   * Aborted on SIGINT/SIGTERM/SIGHUP: no step starts after it, the steps in flight finish (each
   * request within the client's timeout), the lock is released and the report tells the rest blocked.
   * (Default: never aborted)
   */
  signal?: AbortSignal;
}

/** How a run ended: nothing to do, cancelled at the prompt, or applied (each step's outcome inside). */
export type ApplyRun =
  | { status: 'in-sync'; plan: Plan }
  | { status: 'cancelled'; plan: Plan }
  | { status: 'applied'; plan: Plan; result: ApplyResult };

/**
 * The apply stage: plans once without writing anything (nothing to do means nothing written, not even
 * the lock), then takes the lock, plans again under it (XiVO may have moved), refuses a plan that fails
 * a safety gate or went stale since `reviewed`, asks `confirm`, and runs the steps while renewing the
 * lock. Throws SafetyError on a refusal; a lock lost mid-run stops further steps (reported blocked).
 */
export async function runApply(options: RunApplyOptions): Promise<ApplyRun> {
  const first = await preparePlan(options);
  const port = first.port;
  try {
    if (first.plan.safety.refused) throw new SafetyError(first.plan.safety.reasons.join('; '));
    if (first.plan.steps.length === 0) return { status: 'in-sync', plan: first.plan };

    const lock = await acquireApplyLock(port, {
      timeoutMs: options.lockTimeoutMs,
      ttlMs: options.lockTtlMs,
      ...(options.onNotice === undefined ? {} : { onTakeOver: options.onNotice }),
    });
    const renewal = keepRenewed(lock, options.lockTtlMs);
    try {
      const { plan } = await preparePlan({ ...options, port });
      if (plan.safety.refused) throw new SafetyError(plan.safety.reasons.join('; '));
      if (options.reviewed) checkReviewed(options.reviewed, plan, options);
      if (plan.steps.length === 0) return { status: 'in-sync', plan };
      if (options.confirm !== undefined && !(await options.confirm(plan)))
        return { status: 'cancelled', plan };
      const result = await applyPlan(plan, port, {
        concurrency: options.concurrency,
        signal: options.signal === undefined ? renewal.lost : AbortSignal.any([renewal.lost, options.signal]),
        onSecrets: options.onSecrets,
        onStep: options.onStep,
      });
      return { status: 'applied', plan, result };
    } finally {
      renewal.stop();
      await lock.release();
    }
  } finally {
    port.close();
  }
}

function checkReviewed(reviewed: Plan, plan: Plan, options: RunApplyOptions): void {
  const comparison = comparePlans(reviewed, plan);
  const listed = comparison.differences.map((l) => `  ${l}`).join('\n');
  if (comparison.refused) {
    const lines = [...comparison.newDeletions, ...comparison.newRenumberings].map((l) => `  ${l}`);
    throw new SafetyError(
      `the plan changed since it was reviewed: it now deletes or renumbers what the saved plan did not:\n${lines.join('\n')}\nevery difference:\n${listed}\nre-run xivo-sync plan and review again`,
    );
  }
  if (comparison.differences.length === 0) return;
  if (options.strictPlan === true) {
    throw new SafetyError(
      `the plan changed since it was reviewed (--strict-plan refuses any difference):\n${listed}\nre-run xivo-sync plan and review again`,
    );
  }
  options.onNotice?.(
    `the plan changed since it was reviewed; applying these differences too (--strict-plan refuses them):\n${listed}`,
  );
}
