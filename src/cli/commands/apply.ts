import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SafetyError, UsageError } from '../../errors.ts';
import {
  type ApplyRecord,
  appliedCommit,
  buildApplyRecord,
  failedApplyRecord,
  recordApply,
} from '../../git/index.ts';
import { type ApplyRun, renderApplyReport, runApply } from '../../apply/index.ts';
import { parsePlan, renderPlanText, renderProblems, type Plan } from '../../plan/index.ts';
import { type WriteBackResult, runWriteBack } from '../../writeback/index.ts';
import {
  type OnboardingOutcome,
  type OnboardingStageOptions,
  prepareOnboarding,
  runOnboarding,
} from '../../notify/index.ts';
import { ExitCode, type CliContext } from '../context.ts';
import { renderWriteBackReport, reportIssues, writeBackExitCode } from './writeback.ts';
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
  strictPlan?: boolean;
  /** `--no-writeback` sets it false. */
  writeback: boolean;
  /** `--no-notify` sets it false. */
  notify: boolean;
  mailDir?: string;
  json?: boolean;
}

/**
 * `xivo-sync apply [plan.json]`: takes the XiVO lock, recomputes the plan against live XiVO, refuses
 * when it deletes or renumbers more than the reviewed plan (if given), asks (or `--auto-approve`),
 * runs it and prints the report. Exit 0 when every step succeeded, 1 when any failed or the plan had
 * problems (what they name is skipped, the rest applied), 3 when refused.
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
    .option(
      '--strict-plan',
      'with a saved plan: refuse any difference from it, not only unreviewed deletions and renumberings',
    )
    .option('--no-writeback', "do not write XiVO's numbers back to the directory after applying")
    .option('--mail-dir <dir>', 'write the onboarding e-mails there as .eml files instead of sending them')
    .option('--no-notify', 'send no onboarding e-mail this run (new users stay pending)')
    .option('--json', 'print the result as JSON')
    .action(async (planFile: string | undefined, flags: ApplyFlags) => {
      if (flags.strictPlan === true && planFile === undefined)
        throw new UsageError(
          '--strict-plan compares with a saved plan: give the plan file (apply plan.json)',
        );
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      const stop = interruption(ctx);
      const stage = {
        repoDir,
        stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
        env: ctx.env,
        cwd: ctx.cwd,
        onWarning: (message: string) => ctx.stderr(`warning: ${message}\n`),
        ...(flags.mailDir === undefined ? {} : { mailDir: flags.mailDir }),
        lockTimeoutMs: whole(flags.lockTimeout, '--lock-timeout') * 1000,
        lockTtlMs: positive(flags.lockTtl, '--lock-ttl') * 1000,
      };
      try {
        // Users managed before onboarding existed are marked first: they never get a mail.
        const notifies = flags.notify && (await prepareOnboarding(stage));
        let run: ApplyRun;
        try {
          run = await runApply({
            signal: stop.signal,
            onNotice: (message) => ctx.stderr(`${message}\n`),
            repoDir,
            stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
            env: ctx.env,
            cwd: ctx.cwd,
            onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
            now: ctx.now(),
            allowDeletions: parseAllowDeletions(flags.allowDeletions),
            reviewed:
              planFile === undefined ? undefined : await readSavedPlan(path.resolve(ctx.cwd, planFile)),
            strictPlan: flags.strictPlan === true,
            concurrency: positive(flags.concurrency, '--concurrency'),
            lockTimeoutMs: whole(flags.lockTimeout, '--lock-timeout') * 1000,
            lockTtlMs: positive(flags.lockTtl, '--lock-ttl') * 1000,
            confirm: flags.autoApprove ? undefined : (plan) => confirm(ctx, plan),
            // A live counter on a terminal only: CI logs get the report, not thousands of updates.
            onStep:
              ctx.isTty && !flags.json
                ? (_outcome, done, total) =>
                    ctx.stderr(`\rapplying: ${done}/${total} steps${done === total ? '\n' : ''}`)
                : undefined,
          });
        } catch (error) {
          // A refused or failed run leaves a record too, saying what stopped it.
          const status = error instanceof SafetyError ? 'refused' : 'error';
          const message = error instanceof Error ? error.message : String(error);
          await recordRun(ctx, repoDir, failedApplyRecord(status, message, ctx.now()));
          throw error;
        }
        let code: number = ExitCode.ok;
        let writesBack = true;
        switch (run.status) {
          case 'in-sync':
            ctx.stdout(
              flags.json
                ? `${JSON.stringify({ plan: run.plan.summary, result: null }, null, 2)}\n`
                : run.plan.summary.problems > 0
                  ? 'Nothing that can be applied: every remaining change has a problem.\n'
                  : 'No changes: XiVO matches the state.\n',
            );
            ctx.stderr(renderProblems(run.plan));
            code = run.plan.summary.problems > 0 ? ExitCode.error : ExitCode.ok;
            break;
          case 'cancelled':
            ctx.stderr('apply cancelled\n');
            code = ExitCode.error;
            writesBack = false;
            break;
          case 'applied': {
            const { plan, result } = run;
            if (flags.json) ctx.stdout(`${JSON.stringify({ plan: plan.summary, result }, null, 2)}\n`);
            else ctx.stdout(renderApplyReport(result));
            const signal = stop.received();
            if (signal !== undefined) {
              ctx.stderr(
                `apply stopped by ${signal}: the steps in flight finished, the rest are reported blocked, the apply lock was released\n`,
              );
              code = SIGNAL_EXIT[signal];
              writesBack = false;
            } else {
              const clean = result.counts.failed + result.counts.blocked + result.skipped.length === 0;
              code = clean ? ExitCode.ok : ExitCode.error;
            }
          }
        }
        const onboarding =
          writesBack && notifies ? await onboardAfter(ctx, stage, flags.json === true) : undefined;
        if (onboarding !== undefined) code = Math.max(code, onboarding.code);
        const writeBack = writesBack && flags.writeback ? await writeBackAfter(ctx, flags) : undefined;
        if (writeBack !== undefined) code = Math.max(code, writeBack.code);
        code = Math.max(
          code,
          await recordRun(
            ctx,
            repoDir,
            buildApplyRecord(run, writeBack?.result, onboarding?.outcome, ctx.now()),
          ),
        );
        setExitCode(code);
      } finally {
        stop.dispose();
      }
    });
};

/**
 * Write-back after XiVO converged (what it holds, even after a partial apply). Its failures make the
 * exit code 1 and never undo XiVO work.
 */
async function writeBackAfter(
  ctx: CliContext,
  flags: ApplyFlags,
): Promise<{ code: number; result?: WriteBackResult }> {
  try {
    const result = await runWriteBack({
      repoDir: path.resolve(ctx.cwd, flags.dir ?? '.'),
      stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
      env: ctx.env,
      cwd: ctx.cwd,
      onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
    });
    if (result.changes.length + result.vanished.length + result.problems.length > 0 && !flags.json)
      ctx.stdout(renderWriteBackReport(result, false));
    reportIssues(ctx, result);
    return { code: writeBackExitCode(result), result };
  } catch (error) {
    // XiVO is converged; only the directory is behind. Say so, and let the next run catch up.
    ctx.stderr(
      `write-back failed, XiVO is converged (run xivo-sync writeback again): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return { code: ExitCode.error };
  }
}

/**
 * The onboarding e-mails of the people pending (created by this run or an earlier one that could not
 * mail them). A mail that could not go out leaves its person pending and makes the exit code 1.
 */
async function onboardAfter(
  ctx: CliContext,
  stage: OnboardingStageOptions,
  json: boolean,
): Promise<{ code: number; outcome?: OnboardingOutcome }> {
  let outcome: OnboardingOutcome | undefined;
  try {
    outcome = await runOnboarding(stage);
  } catch (error) {
    // XiVO is converged; the mails are still pending. Say so, and go on to write-back and the record.
    ctx.stderr(
      `onboarding failed, XiVO is converged (run xivo-sync notify to send the pending e-mails): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return { code: ExitCode.error };
  }
  if (outcome === undefined) return { code: ExitCode.ok };
  const { sent, alreadyDelivered, failed } = outcome;
  if (!json && sent.length + alreadyDelivered.length + failed.length > 0) {
    ctx.stdout(
      `Onboarding: ${sent.length} e-mail(s) sent, ${failed.length} pending${alreadyDelivered.length > 0 ? `, ${alreadyDelivered.length} already delivered` : ''}\n`,
    );
  }
  for (const f of failed)
    ctx.stderr(
      `onboarding e-mail for ${f.key} not sent${f.permanent ? '' : ' (will be retried)'}: ${f.message}\n`,
    );
  return { code: failed.length === 0 ? ExitCode.ok : ExitCode.error, outcome };
}

/**
 * Attaches the record to the applied commit (`git log --notes=xivo-sync`) when the repository is a
 * git work tree. A record that cannot be written is an error (the audit trail would miss a run).
 */
async function recordRun(ctx: CliContext, repoDir: string, record: ApplyRecord): Promise<number> {
  const commit = await appliedCommit(repoDir);
  if (commit === undefined) return ExitCode.ok;
  try {
    await recordApply(repoDir, commit, record);
    return ExitCode.ok;
  } catch (error) {
    ctx.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.error;
  }
}

const SIGNAL_EXIT = {
  SIGHUP: ExitCode.hangup,
  SIGINT: ExitCode.interrupted,
  SIGTERM: ExitCode.terminated,
} as const;
type StopSignal = keyof typeof SIGNAL_EXIT;

/**
 * SIGINT, SIGTERM and SIGHUP (Ctrl-C, a cancelled CI job, a closed terminal) stop the run cleanly: no
 * new step, the lock released, the report printed. A second signal exits at once, leaving the lock to
 * expire (or to `xivo-sync unlock`).
 */
function interruption(ctx: CliContext): {
  signal: AbortSignal;
  received(): StopSignal | undefined;
  dispose(): void;
} {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const handlers = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((name) => {
    const handler = (): void => {
      if (received !== undefined) process.exit(SIGNAL_EXIT[name]);
      received = name;
      ctx.stderr(`${name}: stopping after the steps in flight (again to exit at once)\n`);
      controller.abort(new Error(`interrupted by ${name}`));
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

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

/** Shows the plan and asks on the terminal; refuses to run unattended without `--auto-approve`. */
async function confirm(ctx: CliContext, plan: Plan): Promise<boolean> {
  if (!ctx.isTty) throw new UsageError('apply needs --auto-approve when not run from a terminal');
  ctx.stdout(renderPlanText(plan));
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question('Apply these changes to XiVO? Type "yes" to confirm: ');
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
