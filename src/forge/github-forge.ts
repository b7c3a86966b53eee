import type { Octokit } from '@octokit/rest';
import {
  type Forge,
  type ForgeAct,
  ForgeError,
  checkBodyLength,
  forgeFailure,
  networkDetail,
  withMarker,
} from './forge.ts';

export interface GitHubForgeOptions {
  /** `GITHUB_TOKEN`: sent only in the Authorization header. */
  readonly token: string;
  /** `owner/name`, from `GITHUB_REPOSITORY`. */
  readonly repository: string;
  /** The REST API root, from `GITHUB_API_URL` (default `https://api.github.com`). */
  readonly apiUrl: string;
}

/** A request that has not answered in this time fails instead of holding the CI job. */
const REQUEST_TIMEOUT_MS = 60_000;

type Act = Pick<ForgeAct, 'act' | 'forbidden'> & Partial<Pick<ForgeAct, 'notFound'>>;

/**
 * The GitHub implementation over @octokit/rest (REST API v3, also GitHub Enterprise Server through
 * `apiUrl`). Comments are issue comments: the conversation of the pull request, where a plan belongs.
 */
export function createGitHubForge(options: GitHubForgeOptions): Forge {
  const slug = options.repository;
  const [owner = '', repo = ''] = slug.split('/');
  let client: Promise<Octokit> | undefined;

  async function call<T>(act: Act, run: (octokit: Octokit) => Promise<T>): Promise<T> {
    const octokit = await (client ??= loadOctokit(options));
    try {
      return await run(octokit);
    } catch (error) {
      throw translate(act, error);
    }
  }

  const writePulls = 'the token lacks pull-requests: write';
  const findOpenPull = async (head: string) =>
    call(
      {
        act: `list the open pull requests from ${head} in ${slug}`,
        forbidden: 'the token lacks pull-requests: read',
      },
      async (octokit) =>
        (
          await octokit.rest.pulls.list({
            owner,
            repo,
            head: `${owner}:${head}`,
            state: 'open',
            per_page: 100,
          })
        ).data[0],
    );
  const updatePull = async (number: number, title: string, body: string) => {
    const { data } = await call(
      { act: `update pull request #${number} in ${slug}`, forbidden: writePulls },
      async (octokit) => octokit.rest.pulls.update({ owner, repo, pull_number: number, title, body }),
    );
    return { number: data.number, url: data.html_url, created: false };
  };

  return {
    name: 'github',

    async upsertPullRequest({ head, base, title, body }) {
      checkBodyLength('github', `pull request ${head} → ${base} in ${slug}`, body);
      const open = await findOpenPull(head);
      if (open !== undefined) return updatePull(open.number, title, body);
      const act = { act: `open a pull request ${head} → ${base} in ${slug}`, forbidden: writePulls };
      const octokit = await (client ??= loadOctokit(options));
      try {
        const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body });
        return { number: data.number, url: data.html_url, created: true };
      } catch (error) {
        // Another run opened it between our look-up and our create: update that one.
        if (statusOf(error) === 422 && /already exists/i.test(githubDetail(error) ?? '')) {
          const raced = await findOpenPull(head);
          if (raced !== undefined) return updatePull(raced.number, title, body);
        }
        throw translate(act, error);
      }
    },

    async upsertComment({ number, marker, body }) {
      const text = withMarker(body, marker);
      checkBodyLength('github', `comment on pull request #${number} in ${slug}`, text);
      const notFound = `pull request #${number} or repository ${slug} not found, or the token cannot see it`;
      const comments = await call(
        { act: `list the comments of pull request #${number} in ${slug}`, forbidden: writePulls, notFound },
        async (octokit) =>
          octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100,
          }),
      );
      const earlier = comments.find((comment) => comment.body?.includes(marker) === true);
      if (earlier !== undefined) {
        const { data } = await call(
          {
            act: `update comment ${earlier.id} on pull request #${number} in ${slug}`,
            forbidden: writePulls,
            notFound,
          },
          async (octokit) =>
            octokit.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body: text }),
        );
        return { url: data.html_url, created: false };
      }
      const { data } = await call(
        { act: `comment on pull request #${number} in ${slug}`, forbidden: writePulls, notFound },
        async (octokit) =>
          octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: text }),
      );
      return { url: data.html_url, created: true };
    },

    async upsertIssue({ title, marker, body }) {
      const text = withMarker(body, marker);
      checkBodyLength('github', `issue "${title}" in ${slug}`, text);
      const writeIssues = 'the token lacks issues: write';
      const issues = await call(
        { act: `list the open issues of ${slug}`, forbidden: 'the token lacks issues: read' },
        async (octokit) =>
          octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }),
      );
      // The issues list holds the pull requests too; only a real issue is the failure report.
      const earlier = issues.find(
        (issue) => issue.pull_request === undefined && issue.body?.includes(marker) === true,
      );
      if (earlier !== undefined) {
        const { data } = await call(
          { act: `update issue #${earlier.number} in ${slug}`, forbidden: writeIssues },
          async (octokit) =>
            octokit.rest.issues.update({ owner, repo, issue_number: earlier.number, body: text }),
        );
        return { number: data.number, url: data.html_url, created: false };
      }
      const { data } = await call(
        { act: `open an issue in ${slug}`, forbidden: writeIssues },
        async (octokit) => octokit.rest.issues.create({ owner, repo, title, body: text }),
      );
      return { number: data.number, url: data.html_url, created: true };
    },
  };

  function translate(act: Act, error: unknown): ForgeError {
    if (error instanceof ForgeError) return error;
    const full: ForgeAct = {
      forge: 'github',
      token: 'GITHUB_TOKEN',
      notFound: `repository ${slug} not found, or the token cannot see it`,
      ...act,
    };
    // Octokit reports a failure without an answer (network, TLS, timeout) as status 500 without response.
    const answered = (error as { response?: unknown } | undefined)?.response !== undefined;
    return answered
      ? forgeFailure(full, statusOf(error), githubDetail(error))
      : forgeFailure(full, undefined, networkDetail(error));
  }
}

async function loadOctokit(options: GitHubForgeOptions): Promise<Octokit> {
  // Loaded on first use: `xivo-sync pr` without a GitHub token, and the library, never load it.
  const { Octokit } = await import('@octokit/rest');
  const silent = () => undefined;
  return new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'xivo-sync',
    // Octokit logs every failed request on the console; the error we raise says it once, with its act.
    log: { debug: silent, info: silent, warn: silent, error: silent },
    request: {
      fetch: async (url: string | URL, init?: RequestInit) =>
        fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    },
  });
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's message, with the reasons of a 422 (`errors[].message`), e.g. "No commits between main and x". */
function githubDetail(error: unknown): string | undefined {
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  if (typeof data === 'string') return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  // Each reason is a string, or an object with a message (custom errors) or a code (`missing_field`).
  const reasons = Array.isArray(errors)
    ? errors.map((e: unknown) => {
        if (typeof e === 'string') return e;
        const { message: reason, code } = (e ?? {}) as { message?: unknown; code?: unknown };
        return typeof reason === 'string' ? reason : typeof code === 'string' ? code : '';
      })
    : [];
  return [typeof message === 'string' ? message : '', ...reasons].filter((part) => part !== '').join(': ');
}
