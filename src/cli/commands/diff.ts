import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors.ts';
import {
  type ReviewRejection,
  buildReview,
  renderReviewMarkdown,
  renderReviewText,
  reviewJson,
} from '../../review/index.ts';
import { ExitCode } from '../context.ts';
import type { RegisterCommand } from './index.ts';

interface DiffFlags {
  dir?: string;
  format: string;
  exportReport?: string;
  validate?: boolean;
  maxLength?: string;
}

/**
 * `xivo-sync diff [<from>] [<to>]`: what changed in state/ between two revisions (default: HEAD and
 * the working tree), per person and in telephony words; the body of the export pull request.
 */
export const registerDiff: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('diff')
    .description('what changed in state/ between two revisions, per person, in telephony words')
    .argument('[from]', 'the revision before (default: HEAD)')
    .argument('[to]', 'the revision after (default: the working tree)')
    .option('--dir <dir>', 'the state repository (default: current directory)')
    .option('--format <format>', 'text, markdown (a pull-request body) or json', 'text')
    .option('--export-report <file>', 'the output of `export --json`: lists its rejected entries')
    .option('--validate', 'also run validate on the after side and show its result')
    .option(
      '--max-length <n>',
      'markdown: the most characters to print (default and maximum: under GitHub’s limit)',
    )
    .action(async (from: string | undefined, to: string | undefined, flags: DiffFlags) => {
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      if (!['text', 'markdown', 'json'].includes(flags.format))
        throw new UsageError(`--format ${flags.format}: use text, markdown or json`);
      const maxLength = flags.maxLength === undefined ? undefined : Number(flags.maxLength);
      if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength >= 1_000))
        throw new UsageError(`--max-length ${flags.maxLength}: a whole number of characters, at least 1000`);
      const rejected =
        flags.exportReport === undefined
          ? undefined
          : await readRejections(path.resolve(ctx.cwd, flags.exportReport));
      const review = await buildReview({
        repoDir,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(rejected === undefined ? {} : { rejected }),
        validate: flags.validate === true,
      });
      if (flags.format === 'json') ctx.stdout(`${JSON.stringify(reviewJson(review), null, 2)}\n`);
      else if (flags.format === 'markdown')
        ctx.stdout(renderReviewMarkdown(review, maxLength === undefined ? {} : { maxLength }));
      else ctx.stdout(renderReviewText(review));
      setExitCode(ExitCode.ok);
    });
};

/** The rejections of an `export --json` report, checked enough to name what is wrong with the file. */
export async function readRejections(file: string): Promise<ReviewRejection[]> {
  let report: unknown;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not an export report (the output of export --json)`, { cause: error });
  }
  const rejected = (report as { rejected?: unknown } | null)?.rejected;
  const valid =
    Array.isArray(rejected) &&
    rejected.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        ['dn', 'attribute', 'rule', 'message'].every(
          (k) => typeof (r as Record<string, unknown>)[k] === 'string',
        ),
    );
  if (!valid)
    throw new UsageError(
      `${file}#/rejected: not the list of an export report (dn, attribute, rule, message)`,
    );
  return (rejected as ReviewRejection[]).map((r) => ({ ...r, value: String(r.value ?? '') }));
}
