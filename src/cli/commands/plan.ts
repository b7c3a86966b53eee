import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../../errors.ts';
import { preparePlan } from '../../prepare/index.ts';
import {
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText,
  renderProblems,
  type Plan,
} from '../../plan/index.ts';
import { ExitCode } from '../context.ts';
import type { RegisterCommand } from './index.ts';

interface PlanFlags {
  dir?: string;
  stateDir?: string;
  format: 'text' | 'markdown' | 'json';
  json?: boolean;
  out?: string;
  detailedExitcode?: boolean;
  allowDeletions?: string;
  baseline?: string;
}

/** Flags shared by `plan` and `apply`. */
export function parseAllowDeletions(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--allow-deletions must be a whole number, got '${raw}'`);
  return Number(raw);
}

/**
 * 3 refused; 1 when confd would refuse part of the plan (its problems), so a pull request's check goes
 * red; otherwise 0, or with `--detailed-exitcode` 2 when there are changes.
 */
export function planExitCode(plan: Plan, detailed: boolean): number {
  if (plan.safety.refused) return ExitCode.refused;
  if (plan.summary.problems > 0) return ExitCode.error;
  if (!detailed) return ExitCode.ok;
  return plan.steps.length === 0 ? ExitCode.ok : ExitCode.changes;
}

/**
 * `xivo-sync plan`: reads state/ and mappings/, reads XiVO (never writes), prints what apply would do.
 */
export const registerPlan: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('plan')
    .description('show what apply would change in XiVO (reads XiVO, writes nothing)')
    .option('--dir <dir>', 'repository holding mappings/ and state/ (default: current directory)')
    .option('--state-dir <dir>', 'state directory (default: <dir>/state)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'),
    )
    .option('--json', 'same as --format json')
    .option('--out <file>', 'also save the plan as JSON, for `xivo-sync apply <file>`')
    .option('--detailed-exitcode', 'exit 0 when in sync, 2 when there are changes, 3 when refused')
    .option('--allow-deletions <n>', 'accept up to n deletions per resource type above the safety threshold')
    .option(
      '--baseline <dir>',
      'state directory as of the last apply: XiVO values differing from it are shown as drift',
    )
    .action(async (flags: PlanFlags) => {
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      const { plan, port } = await preparePlan({
        repoDir,
        stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
        env: ctx.env,
        cwd: ctx.cwd,
        onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
        now: ctx.now(),
        allowDeletions: parseAllowDeletions(flags.allowDeletions),
        baselineDir: flags.baseline === undefined ? undefined : path.resolve(ctx.cwd, flags.baseline),
      });
      port.close();
      if (flags.out !== undefined) await writeFile(path.resolve(ctx.cwd, flags.out), renderPlanJson(plan));
      const format = flags.json ? 'json' : flags.format;
      ctx.stdout(
        format === 'json'
          ? renderPlanJson(plan)
          : format === 'markdown'
            ? renderPlanMarkdown(plan)
            : renderPlanText(plan),
      );
      if (plan.safety.refused) ctx.stderr(`refused: ${plan.safety.reasons.join('; ')}\n`);
      ctx.stderr(renderProblems(plan));
      setExitCode(planExitCode(plan, flags.detailedExitcode === true));
    });
};
