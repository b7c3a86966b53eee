import type { Issues, MergeRequestNotes, MergeRequests } from '@gitbeaker/rest';
import {
  type Forge,
  type ForgeAct,
  ForgeError,
  checkBodyLength,
  forgeFailure,
  networkDetail,
  withMarker,
} from './forge.ts';

export interface GitLabForgeOptions {
  /**
   * `GITLAB_TOKEN` (a personal, project or group access token with the `api` scope, sent as
   * PRIVATE-TOKEN), else `CI_JOB_TOKEN` (sent as JOB-TOKEN; GitLab lets it call only some endpoints).
   */
  readonly auth: { readonly token: string } | { readonly jobToken: string };
  /** `CI_PROJECT_ID` or `CI_PROJECT_PATH` (`group/project`). */
  readonly project: string;
  /** The instance, from `CI_SERVER_URL` (default `https://gitlab.com`); the API is `<host>/api/v4`. */
  readonly host: string;
}

/** A request that has not answered in this time fails instead of holding the CI job. */
const REQUEST_TIMEOUT_MS = 60_000;

interface Api {
  mergeRequests: MergeRequests;
  notes: MergeRequestNotes;
  issues: Issues;
}

type Act = Pick<ForgeAct, 'act'> & Partial<Pick<ForgeAct, 'notFound'>>;

/** The GitLab implementation over @gitbeaker/rest (REST API v4): merge requests, their notes, issues. */
export function createGitLabForge(options: GitLabForgeOptions): Forge {
  const project = options.project;
  let client: Promise<Api> | undefined;

  async function call<T>(act: Act, run: (api: Api) => Promise<T>): Promise<T> {
    const api = await (client ??= loadApi(options));
    try {
      return await run(api);
    } catch (error) {
      throw translate(act, error);
    }
  }

  const findOpenMergeRequest = async (head: string) =>
    call({ act: `list the open merge requests from ${head} in ${project}` }, async (api) =>
      api.mergeRequests.all({
        projectId: project,
        sourceBranch: head,
        state: 'opened',
        perPage: 100,
        maxPages: 1,
      }),
    ).then((list) => list[0]);
  const updateMergeRequest = async (iid: number, title: string, body: string) => {
    const mr = await call({ act: `update merge request !${iid} in ${project}` }, async (api) =>
      api.mergeRequests.edit(project, iid, { title, description: body }),
    );
    return { number: mr.iid, url: mr.web_url, created: false };
  };

  return {
    name: 'gitlab',

    async upsertPullRequest({ head, base, title, body }) {
      checkBodyLength('gitlab', `merge request ${head} → ${base} in ${project}`, body);
      const open = await findOpenMergeRequest(head);
      if (open !== undefined) return updateMergeRequest(open.iid, title, body);
      const api = await (client ??= loadApi(options));
      try {
        const mr = await api.mergeRequests.create(project, head, base, title, { description: body });
        return { number: mr.iid, url: mr.web_url, created: true };
      } catch (error) {
        // Another run opened it between our look-up and our create (GitLab answers 409): update that one.
        if (statusOf(error) === 409) {
          const raced = await findOpenMergeRequest(head);
          if (raced !== undefined) return updateMergeRequest(raced.iid, title, body);
        }
        throw translate({ act: `open a merge request ${head} → ${base} in ${project}` }, error);
      }
    },

    async upsertComment({ number, marker, body }) {
      const text = withMarker(body, marker);
      checkBodyLength('gitlab', `note on merge request !${number} in ${project}`, text);
      const notFound = `merge request !${number} or project ${project} not found, or the token cannot see it`;
      // The merge request's own page is the base of the note's URL (notes carry no URL of their own).
      const mr = await call({ act: `read merge request !${number} in ${project}`, notFound }, async (api) =>
        api.mergeRequests.show(project, number),
      );
      const notes = await call(
        { act: `list the notes of merge request !${number} in ${project}`, notFound },
        async (api) => api.notes.all(project, number, { perPage: 100 }),
      );
      // System notes ("added 1 commit") are GitLab's, never ours.
      const earlier = notes.find((note) => note.system !== true && note.body.includes(marker));
      const note =
        earlier === undefined
          ? await call(
              { act: `add a note to merge request !${number} in ${project}`, notFound },
              async (api) => api.notes.create(project, number, text),
            )
          : await call(
              { act: `update note ${earlier.id} on merge request !${number} in ${project}`, notFound },
              async (api) => api.notes.edit(project, number, earlier.id, { body: text }),
            );
      return { url: `${mr.web_url}#note_${note.id}`, created: earlier === undefined };
    },

    async upsertIssue({ title, marker, body }) {
      const text = withMarker(body, marker);
      checkBodyLength('gitlab', `issue "${title}" in ${project}`, text);
      const issues = await call({ act: `list the open issues of ${project}` }, async (api) =>
        api.issues.all({ projectId: project, state: 'opened', perPage: 100 }),
      );
      const earlier = issues.find((issue) => (issue.description ?? '').includes(marker));
      const issue =
        earlier === undefined
          ? await call({ act: `open an issue in ${project}` }, async (api) =>
              api.issues.create(project, title, { description: text }),
            )
          : await call({ act: `update issue #${earlier.iid} in ${project}` }, async (api) =>
              api.issues.edit(project, earlier.iid, { description: text }),
            );
      return { number: issue.iid, url: issue.web_url, created: earlier === undefined };
    },
  };

  function translate(act: Act, error: unknown): ForgeError {
    if (error instanceof ForgeError) return error;
    const job = 'jobToken' in options.auth;
    const full: ForgeAct = {
      forge: 'gitlab',
      token: job ? 'CI_JOB_TOKEN' : 'GITLAB_TOKEN',
      forbidden: job
        ? 'CI_JOB_TOKEN may not do this: set GITLAB_TOKEN to a project access token with the api scope'
        : 'the token lacks the api scope, or a role in the project that may do this (Developer or above)',
      notFound: `project ${project} not found, or the token cannot see it`,
      ...act,
    };
    const status = statusOf(error);
    return status === undefined
      ? forgeFailure(full, undefined, networkDetail(error))
      : forgeFailure(full, status, error instanceof Error ? error.message : undefined);
  }
}

async function loadApi(options: GitLabForgeOptions): Promise<Api> {
  // Loaded on first use: `xivo-sync pr` without a GitLab token, and the library, never load it.
  const { Issues, MergeRequestNotes, MergeRequests } = await import('@gitbeaker/rest');
  const host = options.host.replace(/\/+$/, '');
  const shared = { host, queryTimeout: REQUEST_TIMEOUT_MS };
  const auth = options.auth;
  const settings =
    'token' in auth ? { ...shared, token: auth.token } : { ...shared, jobToken: auth.jobToken };
  return {
    mergeRequests: new MergeRequests(settings),
    notes: new MergeRequestNotes(settings),
    issues: new Issues(settings),
  };
}

/** The HTTP status of a GitbeakerRequestError (the response rides in its `cause`), else undefined. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { cause?: { response?: { status?: unknown } } } | undefined)?.cause?.response
    ?.status;
  return typeof status === 'number' ? status : undefined;
}
