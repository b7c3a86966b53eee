import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APPLY_FAILURE_MARKER, type Forge, PLAN_MARKER, resolveForge } from '../../forge/index.ts';
import { EXPORT_BRANCH } from '../../git/index.ts';
import { UsageError } from '../../errors.ts';
import { type CliContext, ExitCode } from '../context.ts';
import {
  buildPullRequestReview,
  isMerged,
  renderReviewMarkdown,
  resolveBranch,
  reviewSummary,
} from '../../review/index.ts';
import { readRejections } from './diff.ts';
import type { RegisterCommand } from './index.ts';

interface PrFlags {
  dir?: string;
  exportReport?: string;
  title?: string;
  bodyFile?: string;
  head?: string;
  base?: string;
  comment?: string;
  number?: string;
  failure?: string;
}

const DEFAULT_FAILURE_TITLE = 'xivo-sync apply failed';
const NO_TOKEN =
  'no forge token (GITHUB_TOKEN, GITLAB_TOKEN or CI_JOB_TOKEN): printing what would be posted, for the CI to post it\n';

/**
 * `xivo-sync pr`: the export pull request (default), the plan comment on a pull request
 * (`--comment`), or the apply-failure issue (`--failure`), each created or updated in place on GitHub
 * or GitLab (src/forge). Without a forge token it prints the title and body instead (exit 0).
 */
export const registerPr: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('pr')
    .description('create or update the export pull request, the plan comment, or the apply-failure issue')
    .option(
      '--title <title>',
      `the pull request's title (with --failure: the issue's, default "${DEFAULT_FAILURE_TITLE}")`,
    )
    .option(
      '--body-file <file>',
      "the pull request's body, in Markdown (default: the review of state/ between base and head)",
    )
    .option('--export-report <file>', 'the output of `export --json`: its rejected entries go into the body')
    .option('--dir <dir>', 'the state repository (default: current directory)')
    .option('--head <branch>', 'the branch to merge', EXPORT_BRANCH)
    .option('--base <branch>', 'the branch to merge into (default: $XIVO_SYNC_BASE_BRANCH, else main)')
    .option('--comment <file>', 'instead: post this file as the one plan comment on pull request --number')
    .option(
      '--number <n>',
      'with --comment: the pull/merge request (default: from $GITHUB_EVENT_PATH or $CI_MERGE_REQUEST_IID)',
    )
    .option(
      '--failure <file>',
      'instead: open or update the one open apply-failure issue with this file as body',
    )
    .addHelpText(
      'after',
      '\nThe forge comes from the environment: GITHUB_TOKEN + GITHUB_REPOSITORY, or GITLAB_TOKEN (or\n' +
        'CI_JOB_TOKEN) + CI_PROJECT_ID; without a token the title and body are printed. See docs/pull-requests.md.\n',
    )
    .action(async (flags: PrFlags) => {
      const mode = modeOf(flags);
      const forge = resolveForge(ctx.env);
      if (mode === 'comment') await postComment(ctx, forge, flags);
      else if (mode === 'failure') await postFailure(ctx, forge, flags);
      else await postPullRequest(ctx, forge, flags);
      setExitCode(ExitCode.ok);
    });
};

type Mode = 'pull-request' | 'comment' | 'failure';

function modeOf(flags: PrFlags): Mode {
  if (flags.comment !== undefined && flags.failure !== undefined)
    throw new UsageError('--comment and --failure are two different posts: give one');
  const mode: Mode =
    flags.comment !== undefined ? 'comment' : flags.failure !== undefined ? 'failure' : 'pull-request';
  const allowed: Record<Mode, (keyof PrFlags)[]> = {
    'pull-request': ['title', 'bodyFile', 'head', 'base', 'exportReport', 'dir'],
    comment: ['comment', 'number'],
    failure: ['failure', 'title'],
  };
  // --head has a default, so it is always there; it only counts when it differs.
  const given = (Object.keys(flags) as (keyof PrFlags)[]).filter(
    (key) => flags[key] !== undefined && !(key === 'head' && flags.head === EXPORT_BRANCH),
  );
  const stray = given.filter((key) => !allowed[mode].includes(key));
  if (stray.length > 0) {
    const option = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(
      `${stray.map(option).join(', ')} ${stray.length === 1 ? 'does' : 'do'} not apply to ${mode === 'pull-request' ? 'a pull request' : `--${mode}`}`,
    );
  }
  return mode;
}

/**
 * The export pull request's title and body: given, or the review of state/ between the commit where
 * head left base and head (the semantic diff, validate's result on head, the export's rejections).
 */
async function pullRequestContent(
  flags: PrFlags,
  cwd: string,
  head: string,
  base: string,
): Promise<{ title: string; body: string } | 'merged'> {
  const given = flags.bodyFile === undefined ? undefined : await readBody(cwd, flags.bodyFile, '--body-file');
  if (given !== undefined && flags.title !== undefined) return { title: flags.title, body: given };
  const repoDir = path.resolve(cwd, flags.dir ?? '.');
  // The export branch stays behind after its merge: nothing new on it means no pull request.
  const [baseRef, headRef] = [await resolveBranch(repoDir, base), await resolveBranch(repoDir, head)];
  if (await isMerged(repoDir, baseRef, headRef)) return 'merged';
  const rejected =
    flags.exportReport === undefined
      ? undefined
      : await readRejections(path.resolve(cwd, flags.exportReport));
  const review = await buildPullRequestReview(repoDir, baseRef, headRef, rejected);
  const title = flags.title ?? `xivo-sync export: ${reviewSummary(review)}`;
  return { title, body: given ?? renderReviewMarkdown(review, { title }) };
}

async function postPullRequest(ctx: CliContext, forge: Forge | undefined, flags: PrFlags): Promise<void> {
  const head = flags.head ?? EXPORT_BRANCH;
  const base = flags.base ?? (ctx.env['XIVO_SYNC_BASE_BRANCH'] || 'main');
  const content = await pullRequestContent(flags, ctx.cwd, head, base);
  if (content === 'merged') {
    ctx.stderr(`${head} has nothing that ${base} lacks: no pull request to open or update\n`);
    return;
  }
  const { title, body } = content;
  if (forge === undefined) return printPlain(ctx, title, body);
  const pr = await forge.upsertPullRequest({ head, base, title, body });
  ctx.stderr(`${pr.created ? 'created' : 'updated'} ${requestName(forge, pr.number)}: ${pr.url}\n`);
}

async function postComment(ctx: CliContext, forge: Forge | undefined, flags: PrFlags): Promise<void> {
  const body = await readBody(ctx.cwd, flags.comment ?? '', '--comment');
  if (forge === undefined) return printPlain(ctx, undefined, body);
  const number = await requestNumber(ctx, forge, flags.number);
  const comment = await forge.upsertComment({ number, marker: PLAN_MARKER, body });
  ctx.stderr(
    `${comment.created ? 'created' : 'updated'} the plan comment on ${requestName(forge, number)}: ${comment.url}\n`,
  );
}

async function postFailure(ctx: CliContext, forge: Forge | undefined, flags: PrFlags): Promise<void> {
  const body = await readBody(ctx.cwd, flags.failure ?? '', '--failure');
  const title = flags.title ?? DEFAULT_FAILURE_TITLE;
  if (forge === undefined) return printPlain(ctx, title, body);
  const issue = await forge.upsertIssue({ title, marker: APPLY_FAILURE_MARKER, body });
  ctx.stderr(`${issue.created ? 'opened' : 'updated'} issue #${issue.number}: ${issue.url}\n`);
}

/** The plain output without a forge: the title, an empty line, the body; what any CI can post itself. */
function printPlain(ctx: CliContext, title: string | undefined, body: string): void {
  ctx.stderr(NO_TOKEN);
  const text = title === undefined ? body : `${title}\n\n${body}`;
  ctx.stdout(text.endsWith('\n') ? text : `${text}\n`);
}

function requestName(forge: Forge, number: number): string {
  return forge.name === 'gitlab' ? `merge request !${number}` : `pull request #${number}`;
}

async function readBody(cwd: string, file: string, option: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${option} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

/** `--number`, else the pull request of the CI event: GitHub's event file, GitLab's merge request pipeline. */
async function requestNumber(ctx: CliContext, forge: Forge, given: string | undefined): Promise<number> {
  const text =
    given ?? (forge.name === 'github' ? await eventPullNumber(ctx) : ctx.env['CI_MERGE_REQUEST_IID']);
  if (text === undefined || text === '') {
    const source =
      forge.name === 'github'
        ? 'the event in $GITHUB_EVENT_PATH names no pull request'
        : '$CI_MERGE_REQUEST_IID is not set';
    throw new UsageError(`--comment needs the pull request: give --number (${source})`);
  }
  if (!/^[1-9][0-9]{0,9}$/.test(text))
    throw new UsageError(`--number '${text}' is not a pull request number`);
  return Number(text);
}

async function eventPullNumber(ctx: CliContext): Promise<string | undefined> {
  const file = ctx.env['GITHUB_EVENT_PATH'];
  if (file === undefined || file === '') return undefined;
  let event: unknown;
  try {
    event = JSON.parse(await readFile(path.resolve(ctx.cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(
      `cannot read the GitHub event $GITHUB_EVENT_PATH ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const number = (event as { pull_request?: { number?: unknown } } | null)?.pull_request?.number;
  return typeof number === 'number' ? String(number) : undefined;
}
