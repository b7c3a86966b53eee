import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { checkRepository } from '../validate/index.ts';
import { personChanges } from './person-changes.ts';
import { mergeBase, readChangedStates } from './read-revisions.ts';
import type { Review, ReviewRejection } from './render-review.ts';

export interface BuildReviewOptions {
  repoDir: string;
  /** The revision before. (Default: HEAD) */
  from?: string;
  /** The revision after. (Default: the working tree) */
  to?: string;
  /** The rejections of the export that produced the after side (`export --json`). */
  rejected?: readonly ReviewRejection[];
  /** Also run `validate` on the after side. (Default: false) */
  validate?: boolean;
}

/** The review of two revisions of state/: the changes per person, plus rejections and validation when asked. */
export async function buildReview(options: BuildReviewOptions): Promise<Review> {
  const { repoDir, to } = options;
  const changes = personChanges(await readChangedStates(repoDir, options.from ?? 'HEAD', to));
  const review: Review = {
    changes,
    ...(options.rejected === undefined ? {} : { rejected: options.rejected }),
  };
  if (options.validate !== true) return review;
  return { ...review, validation: { problems: await validateRevision(repoDir, to) } };
}

/**
 * What a pull request of `head` into `base` shows: the changes since the commit where head branched
 * (so commits made on base meanwhile are not shown as reverted), validated as head has them.
 */
export async function buildPullRequestReview(
  repoDir: string,
  base: string,
  head: string,
  rejected?: readonly ReviewRejection[],
): Promise<Review> {
  const from = await mergeBase(repoDir, base, head);
  return buildReview({
    repoDir,
    from,
    to: head,
    validate: true,
    ...(rejected === undefined ? {} : { rejected }),
  });
}

/**
 * `validate` on a revision: the working tree as it is, or a commit checked out in a temporary
 * worktree (the checked-out branch is left alone). One line per problem, as `validate` prints them.
 */
async function validateRevision(repoDir: string, rev: string | undefined): Promise<string[]> {
  if (rev === undefined) return linesOf(await checkRepository(repoDir));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xivo-sync-review-'));
  const git = simpleGit(repoDir);
  try {
    await git.raw(['worktree', 'add', '--quiet', '--detach', dir, rev]);
    return linesOf(await checkRepository(dir));
  } finally {
    await git.raw(['worktree', 'remove', '--force', dir]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

function linesOf(check: Awaited<ReturnType<typeof checkRepository>>): string[] {
  return check.issues.map(
    (i) => `${i.file}${i.pointer === '' ? '' : `#${i.pointer}`}: ${i.message} (rule: ${i.rule})`,
  );
}
