import { simpleGit } from 'simple-git';
import { GitRecordError } from './apply-record.ts';

/** The branch export commits to, and that its pull request is opened from. */
export const EXPORT_BRANCH = 'xivo-sync/export';

export interface CommitExportOptions {
  /** The commit's author, `Name <email>`. (Default: git's configured identity, else `xivo-sync`) */
  author?: string;
  branch?: string;
}

/**
 * Commits what export wrote under `state/` on the export branch, reset onto the commit checked out
 * (so an open branch gets one fresh commit, not a pile), then checks the starting branch out again.
 * Commits nothing when `state/` did not change. Returns the commit, or undefined.
 */
export async function commitExport(
  repoDir: string,
  message: string,
  options: CommitExportOptions = {},
): Promise<string | undefined> {
  const git = simpleGit(repoDir);
  const branch = options.branch ?? EXPORT_BRANCH;
  try {
    const changes = (await git.raw(['status', '--porcelain', '--', 'state'])).trim();
    if (changes === '') return undefined;
    const start = (await git.raw(['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    await git.raw(['checkout', '-q', '-B', branch]);
    await git.raw(['add', '-A', '--', 'state']);
    await git.raw([...(await identity(repoDir, options.author)), 'commit', '-q', '-m', `export: ${message}`]);
    const commit = (await git.raw(['rev-parse', 'HEAD'])).trim();
    if (start !== 'HEAD' && start !== branch) await git.raw(['checkout', '-q', start]);
    return commit;
  } catch (error) {
    throw new GitRecordError(
      `cannot commit the export on ${branch} in ${repoDir}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** `-c user.name=… -c user.email=…` for the given author, or when git has no identity (a bare runner). */
async function identity(repoDir: string, author: string | undefined): Promise<string[]> {
  const match = author === undefined ? undefined : /^\s*(.+?)\s*<([^>]+)>\s*$/.exec(author);
  if (author !== undefined && !match)
    throw new Error(`the author must read "Name <email>", got ${JSON.stringify(author)}`);
  if (match) return ['-c', `user.name=${match[1]}`, '-c', `user.email=${match[2]}`];
  const configured = (
    await simpleGit(repoDir)
      .raw(['config', '--get', 'user.email'])
      .catch(() => '')
  ).trim();
  return configured === '' ? ['-c', 'user.name=xivo-sync', '-c', 'user.email=xivo-sync@localhost'] : [];
}

/**
 * Pushes the export branch to `remote`. The remote branch holds the previous export when nobody
 * else touched it: it is replaced (`--force-with-lease` on the commit just fetched, so a push made
 * meanwhile is never overwritten: the push is refused and retried once from a fresh fetch). When it
 * holds someone else's commits, the new export commit is rebased on top of them instead. Returns how
 * the branch was updated.
 */
export async function pushExport(
  repoDir: string,
  options: { remote?: string; branch?: string; author?: string } = {},
): Promise<'created' | 'replaced' | 'rebased'> {
  const git = simpleGit(repoDir);
  const remote = options.remote ?? 'origin';
  const branch = options.branch ?? EXPORT_BRANCH;
  const fail = (what: string, error: unknown): never => {
    throw new GitRecordError(
      `cannot push ${branch} to ${remote} from ${repoDir}: ${what}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  };
  for (let attempt = 0; ; attempt++) {
    let remoteHead: string | undefined;
    try {
      const listing = (await git.raw(['ls-remote', '--heads', remote, branch])).trim();
      remoteHead = listing === '' ? undefined : listing.split(/\s+/)[0];
      if (remoteHead !== undefined)
        await git.raw(['fetch', '-q', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
    } catch (error) {
      fail('fetch', error);
    }
    if (remoteHead === undefined) {
      try {
        await git.raw(['push', '-q', remote, `${branch}:refs/heads/${branch}`]);
        return 'created';
      } catch (error) {
        if (attempt === 0) continue;
        fail('push', error);
      }
    }
    const tracking = `${remote}/${branch}`;
    // Commits on the remote branch that are not on our export's base and not the tool's own exports.
    const base = (await git.raw(['rev-parse', `${branch}~1`])).trim();
    const theirs = (await git.raw(['log', '--format=%H %s', `${base}..${tracking}`]))
      .trim()
      .split('\n')
      .filter((line) => line !== '' && !/^[0-9a-f]+ export: /.test(line));
    try {
      if (theirs.length === 0) {
        await git.raw([
          'push',
          '-q',
          `--force-with-lease=refs/heads/${branch}:${remoteHead as string}`,
          remote,
          `${branch}:refs/heads/${branch}`,
        ]);
        return 'replaced';
      }
      const start = (await git.raw(['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
      await git.raw(['checkout', '-q', branch]);
      try {
        await git.raw([
          ...(await identity(repoDir, options.author)),
          'rebase',
          '-q',
          '--onto',
          tracking,
          `${branch}~1`,
          branch,
        ]);
      } catch (error) {
        await git.raw(['rebase', '--abort']).catch(() => undefined);
        fail(
          `someone else's commits on ${branch} conflict with this export; merge or close them, then export again`,
          error,
        );
      } finally {
        if (start !== branch && start !== 'HEAD') await git.raw(['checkout', '-q', start]);
      }
      await git.raw(['push', '-q', remote, `${branch}:refs/heads/${branch}`]);
      return 'rebased';
    } catch (error) {
      if (error instanceof GitRecordError) throw error;
      // The remote moved between the fetch and the push: start over from a fresh fetch, once.
      if (attempt === 0) continue;
      fail('push', error);
    }
  }
}
