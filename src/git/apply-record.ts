import { simpleGit, type SimpleGit } from 'simple-git';
import { ReconcilerError } from '../errors.ts';

/** The notes ref apply records go to: `git log --notes=xivo-sync` shows them. */
export const NOTES_REF = 'xivo-sync';

/**
 * What one apply did, attached to the commit it applied. JSON without secrets: counts, per-person
 * outcomes, confd's messages for failures, write-back results.
 */
export interface ApplyRecord {
  version: 1;
  /** When the apply ended, ISO 8601. */
  at: string;
  /** `applied`, `in-sync`, `cancelled`, `refused` or `error` (the run stopped; `message` says why). */
  status: 'applied' | 'in-sync' | 'cancelled' | 'refused' | 'error';
  message?: string;
  /** The plan's counts, when a plan was made. */
  plan?: Record<string, number>;
  /** Step counts, when steps ran. */
  steps?: { ok: number; failed: number; blocked: number; total: number };
  /** Each person the run acted on or skipped, with what failed. */
  people?: RecordedPerson[];
  writeBack?: { written: number; failed: string[]; notFound: string[] };
  /** Keys of the people whose onboarding e-mail went out, and of those still pending. */
  mails?: { sent: string[]; pending: string[] };
}

export interface RecordedPerson {
  key: string;
  name: string;
  kind: string;
  status: string;
  /** `<step description>: <confd's message>`, for each failed or blocked step. */
  failures?: string[];
  /** The plan's problems: what was not attempted. */
  problems?: string[];
}

/** A git operation on the state repository that failed, naming the repository. */
export class GitRecordError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('GIT', message, options);
  }
}

/**
 * The commit `repoDir` has checked out, or undefined when it is not a git work tree (nothing is
 * recorded then).
 */
export async function appliedCommit(repoDir: string): Promise<string | undefined> {
  const git = simpleGit(repoDir);
  try {
    if (!(await git.checkIsRepo())) return undefined;
    return (await git.revparse(['HEAD'])).trim();
  } catch {
    return undefined;
  }
}

/**
 * Appends the record to the commit's note under `refs/notes/xivo-sync`, one JSON line per apply: a
 * re-run on the same commit adds a line, nothing is overwritten.
 */
export async function recordApply(repoDir: string, commit: string, record: ApplyRecord): Promise<void> {
  const git = simpleGit(repoDir);
  try {
    // A CI runner often has no git identity: the note is then signed as the tool, not refused.
    const identity = (await git.raw(['config', '--get', 'user.email']).catch(() => '')).trim();
    const fallback =
      identity === '' && process.env['GIT_COMMITTER_EMAIL'] === undefined
        ? ['-c', 'user.name=xivo-sync', '-c', 'user.email=xivo-sync@localhost']
        : [];
    await git.raw([
      ...fallback,
      'notes',
      `--ref=${NOTES_REF}`,
      'append',
      '-m',
      JSON.stringify(record),
      commit,
    ]);
  } catch (error) {
    throw new GitRecordError(`cannot attach the apply record to ${commit} in ${repoDir}: ${message(error)}`, {
      cause: error,
    });
  }
}

/** The records of every applied commit, oldest commit first; each commit's records in order. */
export async function readApplyRecords(
  repoDir: string,
): Promise<Array<{ commit: string; date: string; subject: string; records: ApplyRecord[] }>> {
  const git: SimpleGit = simpleGit(repoDir);
  let listing: string;
  try {
    listing = await git.raw(['notes', `--ref=${NOTES_REF}`, 'list']);
  } catch {
    return [];
  }
  const commits = listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[1])
    .filter((c): c is string => c !== undefined && c !== '');
  const out = [];
  for (const commit of commits) {
    const text = await git.raw(['notes', `--ref=${NOTES_REF}`, 'show', commit]);
    const [date = '', subject = ''] = (await git.raw(['show', '-s', '--format=%cI%x00%s', commit]))
      .trim()
      .split('\u0000');
    const records = text
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as ApplyRecord);
    out.push({ commit, date, subject, records });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The commits that changed one person's state file, oldest first. */
export async function stateFileHistory(
  repoDir: string,
  file: string,
): Promise<Array<{ commit: string; date: string; subject: string }>> {
  const git = simpleGit(repoDir);
  const text = await git.raw(['log', '--reverse', '--format=%H%x00%cI%x00%s', '--', file]);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [commit = '', date = '', subject = ''] = line.split('\u0000');
      return { commit, date, subject };
    });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
