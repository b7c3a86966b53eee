import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePatch, type StructuredPatchHunk } from 'diff';
import { simpleGit } from 'simple-git';
import { UsageError } from '../errors.ts';
import { parseJsonText, validateUserState } from '../state/index.ts';
import type { ChangedFile, StateSide } from './person-changes.ts';

const USERS = 'state/users';

/** A revision git does not know, or two revisions without a common commit: the user named them. */
export class ReviewError extends UsageError {}

/**
 * The state files that differ between two revisions (`to` undefined: the working tree, untracked
 * files included), with both texts. One `git diff` with a context larger than any state file carries
 * both whole texts of every changed file, so a first export of 20,000 people costs one git process,
 * not 40,000 `git show`s.
 */
export async function readChangedStates(repoDir: string, from: string, to?: string): Promise<ChangedFile[]> {
  const git = simpleGit(repoDir);
  for (const rev of to === undefined ? [from] : [from, to]) {
    try {
      await git.raw(['rev-parse', '--verify', `${rev}^{commit}`]);
    } catch {
      throw new ReviewError(`${rev}: not a commit of the repository ${repoDir}`);
    }
  }
  const patch = await git.raw([
    '-c',
    'core.quotepath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--unified=1000000',
    from,
    ...(to === undefined ? [] : [to]),
    '--',
    USERS,
  ]);
  const files = new Map<string, ChangedFile>();
  for (const filePatch of parsePatch(patch)) {
    const file = [filePatch.newFileName, filePatch.oldFileName]
      .map((name) => name?.replace(/^[ab]\//, ''))
      .find((name) => name !== undefined && name !== '/dev/null');
    if (file === undefined || !isStateFile(file)) continue;
    const hunks = filePatch.hunks;
    const before = filePatch.oldFileName === '/dev/null' ? undefined : side(file, sideText(hunks, '-'));
    const after = filePatch.newFileName === '/dev/null' ? undefined : side(file, sideText(hunks, '+'));
    files.set(file, { file, before, after });
  }
  if (to === undefined) {
    // The working tree: its texts come from disk, and files the export created are not tracked yet.
    const untracked = await git.raw(['ls-files', '-z', '--others', '--exclude-standard', '--', USERS]);
    for (const file of untracked.split('\0').filter(isStateFile))
      files.set(file, { file, before: undefined, after: undefined });
    for (const entry of files.values()) {
      const text = await readFile(path.join(repoDir, entry.file), 'utf8').catch(() => undefined);
      entry.after = text === undefined ? undefined : side(entry.file, text);
    }
  }
  return [...files.values()].filter((f) => f.before !== undefined || f.after !== undefined);
}

/**
 * A branch as the local repository knows it, else as `origin` has it: a CI job may have fetched the
 * export branch without checking it out.
 */
export async function resolveBranch(repoDir: string, name: string): Promise<string> {
  const git = simpleGit(repoDir);
  for (const candidate of [name, `origin/${name}`]) {
    try {
      await git.raw(['rev-parse', '--verify', `${candidate}^{commit}`]);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new ReviewError(`${name}: no such branch in ${repoDir}, locally or on origin`);
}

/** Whether every commit of `head` is already in `base`: a pull request would propose nothing. */
export async function isMerged(repoDir: string, base: string, head: string): Promise<boolean> {
  const git = simpleGit(repoDir);
  const tip = (await git.raw(['rev-parse', `${head}^{commit}`])).trim();
  return (await mergeBase(repoDir, base, head)) === tip;
}

/** The commit where `head` branched from `base`: what a pull request of head into base shows. */
export async function mergeBase(repoDir: string, base: string, head: string): Promise<string> {
  try {
    return (await simpleGit(repoDir).raw(['merge-base', base, head])).trim();
  } catch {
    throw new ReviewError(`${base} and ${head} have no common commit in ${repoDir}`);
  }
}

function isStateFile(file: string): boolean {
  return (
    file.startsWith(`${USERS}/`) && file.endsWith('.json') && !file.slice(USERS.length + 1).includes('/')
  );
}

/** One whole side of a full-context patch: its context lines plus its own (`-` old, `+` new). */
function sideText(hunks: readonly StructuredPatchHunk[], mark: '-' | '+'): string {
  let text = '';
  for (const hunk of hunks) {
    for (const [i, line] of hunk.lines.entries()) {
      if (line.startsWith('\\')) continue;
      if (line[0] !== ' ' && line[0] !== mark) continue;
      text += line.slice(1);
      // "\ No newline at end of file" right after a line means that line ends the file as it is.
      if (!hunk.lines[i + 1]?.startsWith('\\')) text += '\n';
    }
  }
  return text;
}

function side(file: string, text: string): StateSide {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { error: parsed.issue.message, text };
  const checked = validateUserState(parsed.json, file);
  if (!checked.ok) {
    const first = checked.issues[0]!;
    return { error: `${first.pointer || '/'}: ${first.message}`, text };
  }
  return { state: checked.state, text };
}
