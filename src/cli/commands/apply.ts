import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SafetyError, UsageError } from '../../errors.ts';
import {
  LockLostError,
  acquireApplyLock,
  applyPlan,
  preparePlan,
  renderApplyReport,
  type NewUserSecrets,
} from '../../apply/index.ts';
import type { XivoClient } from '../../xivo/index.ts';
import { comparePlans, parsePlan, renderPlanText, type Plan } from '../../plan/index.ts';
import { ExitCode, type CliContext } from '../context.ts';
import type { RegisterCommand } from './index.ts';
import { parseAllowDeletions } from './plan.ts';

interface ApplyFlags {
  dir?: string;
  stateDir?: string;
  autoApprove?: boolean;
  concurrency: string;
  lockTimeout: string;
  lockTtl: string;
  allowDeletions?: string;
  json?: boolean;
}

/**
 * `xivo-sync apply [plan.json]`: takes the XiVO lock, recomputes the plan against live XiVO, refuses
 * when it deletes or renumbers more than the reviewed plan (if given), asks (or `--auto-approve`),
 * runs it and prints the report. Exit 0 when every step succeeded, 1 when any failed, 3 when refused.
 */
export const registerApply: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('apply')
    .description(
      'converge XiVO to state/ (recomputes the plan; with a saved plan, refuses unreviewed deletions)',
    )
    .argument('[plan]', 'plan saved by `xivo-sync plan --out`, as reviewed')
    .option('--dir <dir>', 'repository holding mappings/ and state/ (default: current directory)')
    .option('--state-dir <dir>', 'state directory (default: <dir>/state)')
    .option('--auto-approve', 'do not ask for confirmation (CI)')
    .option('--concurrency <n>', 'steps in flight at once', '8')
    .option('--lock-timeout <seconds>', 'how long to wait for another apply to finish', '0')
    .option(
      '--lock-ttl <seconds>',
      'lifetime of the lock without renewal: how long a crashed apply blocks the next one',
      '600',
    )
    .option('--allow-deletions <n>', 'accept up to n deletions per resource type above the safety threshold')
    .option('--json', 'print the result as JSON')
    .action(async (planFile: string | undefined, flags: ApplyFlags) => {
      const concurrency = positive(flags.concurrency, '--concurrency');
      const lockTimeoutMs = whole(flags.lockTimeout, '--lock-timeout') * 1000;
      const lockTtlMs = positive(flags.lockTtl, '--lock-ttl') * 1000;
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      const reviewed =
        planFile === undefined ? undefined : await readSavedPlan(path.resolve(ctx.cwd, planFile));

      const prepare = (port?: XivoClient) =>
        preparePlan({
          repoDir,
          stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
          env: ctx.env,
          now: ctx.now(),
          allowDeletions: parseAllowDeletions(flags.allowDeletions),
          port,
        });
      // A first, read-only plan: when there is nothing to do, apply writes nothing at all (not even
      // the lock), so a re-run after success is a true no-op.
      const first = await prepare();
      if (first.plan.steps.length === 0 && !first.plan.safety.refused) {
        ctx.stdout(
          flags.json
            ? `${JSON.stringify({ plan: first.plan.summary, result: null }, null, 2)}\n`
            : 'No changes: XiVO matches the state.\n',
        );
        setExitCode(ExitCode.ok);
        return;
      }
      if (first.plan.safety.refused) throw new SafetyError(first.plan.safety.reasons.join('; '));
      const port = first.port;
      const lock = await acquireApplyLock(port, { timeoutMs: lockTimeoutMs, ttlMs: lockTtlMs });
      // Keeps the lock alive during a long run; a crashed run's lock expires on its own.
      const lost = new AbortController();
      const renewal = setInterval(
        () =>
          void lock.renew().catch((error: unknown) => {
            // A lock we cannot prove is ours any more means another apply may run: stop starting steps.
            if (error instanceof LockLostError) lost.abort(error);
          }),
        Math.max(250, lockTtlMs / 3),
      );
      renewal.unref();
      try {
        // Under the lock, XiVO may have moved (another apply just finished): plan again.
        const { plan } = await prepare(port);
        if (plan.safety.refused) throw new SafetyError(plan.safety.reasons.join('; '));
        if (reviewed) {
          const comparison = comparePlans(reviewed, plan);
          if (comparison.refused) {
            const lines = [...comparison.newDeletions, ...comparison.newRenumberings].map((l) => `  ${l}`);
            throw new SafetyError(
              `the plan changed since it was reviewed: it now deletes or renumbers what the saved plan did not:\n${lines.join('\n')}\nre-run xivo-sync plan and review again`,
            );
          }
        }
        if (plan.steps.length === 0) {
          ctx.stdout(
            flags.json
              ? `${JSON.stringify({ plan: plan.summary, result: null }, null, 2)}\n`
              : 'No changes: XiVO matches the state.\n',
          );
          setExitCode(ExitCode.ok);
          return;
        }
        if (!flags.autoApprove) {
          if (!ctx.isTty) throw new UsageError('apply needs --auto-approve when not run from a terminal');
          ctx.stdout(renderPlanText(plan));
          if (!(await confirm(ctx))) {
            ctx.stderr('apply cancelled\n');
            setExitCode(ExitCode.error);
            return;
          }
        }
        const secrets: NewUserSecrets[] = [];
        const result = await applyPlan(plan, port, {
          concurrency,
          signal: lost.signal,
          // Held in memory for the onboarding step only; never printed, logged or saved.
          onSecrets: (s) => void secrets.push(s),
          // A live counter on a terminal only: CI logs get the report, not thousands of updates.
          onStep:
            ctx.isTty && !flags.json
              ? (_outcome, done, total) =>
                  ctx.stderr(`\rapplying: ${done}/${total} steps${done === total ? '\n' : ''}`)
              : undefined,
        });
        if (flags.json) ctx.stdout(`${JSON.stringify({ plan: plan.summary, result }, null, 2)}\n`);
        else ctx.stdout(renderApplyReport(result));
        if (secrets.length > 0 && !flags.json) {
          ctx.stdout(`${secrets.length} new user(s) received a generated password or voicemail PIN.\n`);
        }
        setExitCode(result.counts.failed + result.counts.blocked === 0 ? ExitCode.ok : ExitCode.error);
      } finally {
        clearInterval(renewal);
        await lock.release();
      }
    });
};

async function readSavedPlan(file: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the saved plan ${file}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON`, { cause: error });
  }
  return parsePlan(json, file);
}

async function confirm(ctx: CliContext): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question('Apply these changes to XiVO? Type "yes" to confirm: ');
    void ctx;
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}

function positive(raw: string, flag: string): number {
  const n = whole(raw, flag);
  if (n < 1) throw new UsageError(`${flag} must be at least 1`);
  return n;
}

function whole(raw: string, flag: string): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} must be a whole number, got '${raw}'`);
  return Number(raw);
}
