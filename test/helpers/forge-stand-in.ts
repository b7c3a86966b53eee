import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/*
 * A local stand-in for the GitHub REST API and the GitLab REST API v4, for the calls src/forge makes.
 * It records every request and answers with the status codes and JSON shapes the forges document
 * (each route names its page). It keeps a small state (pull requests, comments, issues, merge
 * requests, notes), so that an upsert run twice is seen to update rather than create again.
 * GitHub answers at the root (`GITHUB_API_URL` = the stand-in's URL), GitLab under `/api/v4`
 * (`CI_SERVER_URL` = the stand-in's URL).
 */

export interface RecordedRequest {
  readonly method: string;
  /** The path as sent, percent-encoding kept (GitLab's `group%2Fproject`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The authentication headers as received: `authorization` (GitHub), `private-token` / `job-token` (GitLab). */
  readonly auth: Readonly<Record<string, string>>;
}

interface Item {
  number: number;
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head?: string;
  base?: string;
  pull?: boolean;
}

interface Note {
  id: number;
  on: number;
  body: string;
  system: boolean;
}

export interface StandInOptions {
  /** The GitHub repository served, `owner/name`. */
  readonly repository?: string;
  /** The token GitHub accepts (`Authorization: token …` or `Bearer …`). */
  readonly githubToken?: string;
  /** The GitLab project served: its id and its path (either names it in a URL). */
  readonly project?: { id: string; path: string };
  readonly gitlabToken?: string;
  readonly jobToken?: string;
  /** Serve HTTPS with this certificate instead of HTTP. */
  readonly tls?: { cert: Buffer; key: Buffer };
}

/** A canned answer for the next request that matches, e.g. a 403 a token without a permission gets. */
interface Override {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  /** Answer once, then let the normal route answer. */
  once: boolean;
}

export interface ForgeStandIn {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Pull requests and issues share one numbering on GitHub; merge requests and issues do not on GitLab. */
  readonly github: { items: Item[]; comments: Note[] };
  readonly gitlab: { mergeRequests: Item[]; notes: Note[]; issues: Item[] };
  /** Answer `status` with `body` to requests matching `method` and `path`. */
  answer(method: string, path: RegExp, status: number, body: unknown, once?: boolean): void;
  /** The requests that changed something (not GET). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

const GITHUB_DOCS = 'https://docs.github.com/rest';

export async function startForgeStandIn(options: StandInOptions = {}): Promise<ForgeStandIn> {
  const repository = options.repository ?? 'acme/phones';
  const project = options.project ?? { id: '42', path: 'acme/phones' };
  const requests: RecordedRequest[] = [];
  const overrides: Override[] = [];
  const github = { items: [] as Item[], comments: [] as Note[] };
  const gitlab = { mergeRequests: [] as Item[], notes: [] as Note[], issues: [] as Item[] };
  let nextId = 1000;
  let url = '';

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      const raw = await readBody(req);
      const parsed = new URL(req.url ?? '/', 'http://stand-in');
      const auth: Record<string, string> = {};
      for (const name of ['authorization', 'private-token', 'job-token']) {
        const value = req.headers[name];
        if (typeof value === 'string') auth[name] = value;
      }
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        body: raw === '' ? undefined : (JSON.parse(raw) as unknown),
        auth,
      };
      requests.push(request);
      const override = overrides.find((o) => o.method === request.method && o.path.test(request.path));
      if (override !== undefined) {
        if (override.once) overrides.splice(overrides.indexOf(override), 1);
        return send(res, override.status, override.body);
      }
      if (request.path.startsWith('/api/v4/')) return gitLabRoute(request, res);
      return gitHubRoute(request, res);
    })().catch((error: unknown) => send(res, 500, { message: String(error) }));
  };
  const server = options.tls === undefined ? createServer(handle) : createTlsServer(options.tls, handle);

  // --- GitHub REST (https://docs.github.com/en/rest) ---
  const html = (kind: string, n: number) => `https://github.example/${repository}/${kind}/${n}`;
  const pullJson = (p: Item) => ({
    id: p.id,
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    html_url: html('pull', p.number),
    url: `${url}/repos/${repository}/pulls/${p.number}`,
    head: { ref: p.head, label: `${repository.split('/')[0]}:${p.head}` },
    base: { ref: p.base },
  });
  const issueJson = (i: Item) => ({
    id: i.id,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    html_url: html(i.pull === true ? 'pull' : 'issues', i.number),
    // "GitHub's REST API considers every pull request an issue": list-repository-issues marks them so.
    ...(i.pull === true ? { pull_request: { url: `${url}/repos/${repository}/pulls/${i.number}` } } : {}),
  });
  const commentJson = (c: Note) => ({
    id: c.id,
    body: c.body,
    html_url: `${html('pull', c.on)}#issuecomment-${c.id}`,
  });

  function gitHubRoute(r: RecordedRequest, res: ServerResponse): void {
    // Authentication: a missing or wrong token is 401 "Bad credentials" (docs: rest/authentication).
    const token = /^(?:token|bearer) (.+)$/i.exec(r.auth['authorization'] ?? '')?.[1];
    if (token !== options.githubToken)
      return send(res, 401, { message: 'Bad credentials', documentation_url: GITHUB_DOCS, status: '401' });
    const prefix = `/repos/${repository}`;
    if (!r.path.startsWith(`${prefix}/`))
      return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
    const rest = r.path.slice(prefix.length);
    const body = (r.body ?? {}) as Record<string, string>;
    const find = (n: string | undefined) => github.items.find((i) => i.number === Number(n));
    let m: RegExpExecArray | null;
    // GitHub REST: GET /repos/{owner}/{repo}/pulls?head=owner:branch&state=open → 200 [pull] (pulls#list-pull-requests)
    if (r.method === 'GET' && rest === '/pulls') {
      const open = github.items.filter(
        (i) =>
          i.pull === true &&
          (r.query['state'] ?? 'open') === i.state &&
          (r.query['head'] === undefined || r.query['head'] === `${repository.split('/')[0]}:${i.head}`),
      );
      return send(res, 200, open.map(pullJson));
    }
    // GitHub REST: POST /repos/{owner}/{repo}/pulls → 201 pull; 422 "A pull request already exists for owner:branch."
    // when one is open for the same head (pulls#create-a-pull-request).
    if (r.method === 'POST' && rest === '/pulls') {
      if (github.items.some((i) => i.pull === true && i.state === 'open' && i.head === body['head'])) {
        return send(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${repository.split('/')[0]}:${body['head']}.`,
            },
          ],
          documentation_url: `${GITHUB_DOCS}/pulls/pulls#create-a-pull-request`,
          status: '422',
        });
      }
      const pull = item(github.items, body['title'], body['body'], {
        head: body['head'],
        base: body['base'],
        pull: true,
      });
      return send(res, 201, pullJson(pull));
    }
    // GitHub REST: PATCH /repos/{owner}/{repo}/pulls/{pull_number} → 200 pull (pulls#update-a-pull-request)
    if (r.method === 'PATCH' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = find(m[1]);
      if (pull?.pull !== true)
        return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
      Object.assign(pull, pick(body, ['title', 'body']));
      return send(res, 200, pullJson(pull));
    }
    // GitHub REST: GET /repos/{owner}/{repo}/issues/{n}/comments → 200 [comment] (issues/comments#list-issue-comments)
    if (r.method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      if (find(m[1]) === undefined)
        return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
      return send(res, 200, github.comments.filter((c) => c.on === Number(m?.[1])).map(commentJson));
    }
    // GitHub REST: POST /repos/{owner}/{repo}/issues/{n}/comments → 201 comment (issues/comments#create-an-issue-comment)
    if (r.method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      if (find(m[1]) === undefined)
        return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
      const comment = { id: nextId++, on: Number(m[1]), body: body['body'] ?? '', system: false };
      github.comments.push(comment);
      return send(res, 201, commentJson(comment));
    }
    // GitHub REST: PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} → 200 comment (issues/comments#update-an-issue-comment)
    if (r.method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = github.comments.find((c) => c.id === Number(m?.[1]));
      if (comment === undefined)
        return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
      comment.body = body['body'] ?? comment.body;
      return send(res, 200, commentJson(comment));
    }
    // GitHub REST: GET /repos/{owner}/{repo}/issues?state=open → 200 [issue], pull requests included (issues#list-repository-issues)
    if (r.method === 'GET' && rest === '/issues') {
      return send(
        res,
        200,
        github.items.filter((i) => i.state === (r.query['state'] ?? 'open')).map(issueJson),
      );
    }
    // GitHub REST: POST /repos/{owner}/{repo}/issues → 201 issue (issues#create-an-issue)
    if (r.method === 'POST' && rest === '/issues') {
      return send(res, 201, issueJson(item(github.items, body['title'], body['body'], {})));
    }
    // GitHub REST: PATCH /repos/{owner}/{repo}/issues/{issue_number} → 200 issue (issues#update-an-issue)
    if (r.method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = find(m[1]);
      if (issue === undefined)
        return send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
      Object.assign(issue, pick(body, ['title', 'body']));
      return send(res, 200, issueJson(issue));
    }
    send(res, 404, { message: 'Not Found', documentation_url: GITHUB_DOCS });
  }

  // --- GitLab REST API v4 (https://docs.gitlab.com/api/) ---
  const web = (kind: string, n: number) => `https://gitlab.example/${project.path}/-/${kind}/${n}`;
  const mrJson = (mr: Item) => ({
    id: mr.id,
    iid: mr.number,
    project_id: Number(project.id),
    title: mr.title,
    description: mr.body,
    state: mr.state === 'open' ? 'opened' : 'closed',
    source_branch: mr.head,
    target_branch: mr.base,
    web_url: web('merge_requests', mr.number),
  });
  const glIssueJson = (i: Item) => ({
    id: i.id,
    iid: i.number,
    project_id: Number(project.id),
    title: i.title,
    description: i.body,
    state: i.state === 'open' ? 'opened' : 'closed',
    web_url: web('issues', i.number),
  });
  const noteJson = (n: Note) => ({
    id: n.id,
    body: n.body,
    system: n.system,
    noteable_type: 'MergeRequest',
    noteable_iid: n.on,
  });

  function gitLabRoute(r: RecordedRequest, res: ServerResponse): void {
    // Authentication: PRIVATE-TOKEN or JOB-TOKEN; a wrong one is 401 {"message":"401 Unauthorized"} (api/rest/troubleshooting#status-codes).
    const known =
      (options.gitlabToken !== undefined && r.auth['private-token'] === options.gitlabToken) ||
      (options.jobToken !== undefined && r.auth['job-token'] === options.jobToken);
    if (!known) return send(res, 401, { message: '401 Unauthorized' });
    const m0 = /^\/api\/v4\/projects\/([^/]+)(\/.*)$/.exec(r.path);
    const id = m0 === null ? undefined : decodeURIComponent(m0[1] ?? '');
    // A project the token cannot see is 404 "404 Project Not Found", never 403 (api/rest/troubleshooting).
    if (m0 === null || (id !== project.id && id !== project.path))
      return send(res, 404, { message: '404 Project Not Found' });
    const rest = m0[2] ?? '';
    const body = (r.body ?? {}) as Record<string, string>;
    const mrOf = (n: string | undefined) => gitlab.mergeRequests.find((i) => i.number === Number(n));
    let m: RegExpExecArray | null;
    // GitLab: GET /projects/:id/merge_requests?source_branch=&state=opened → 200 [mr] (merge_requests#list-project-merge-requests)
    if (r.method === 'GET' && rest === '/merge_requests') {
      const state = r.query['state'];
      return send(
        res,
        200,
        gitlab.mergeRequests
          .filter(
            (i) =>
              (state === undefined || (state === 'opened') === (i.state === 'open')) &&
              (r.query['source_branch'] ?? i.head) === i.head,
          )
          .map(mrJson),
      );
    }
    // GitLab: POST /projects/:id/merge_requests → 201 mr; 409 when one is open for the source branch (merge_requests#create-mr)
    if (r.method === 'POST' && rest === '/merge_requests') {
      const open = gitlab.mergeRequests.find((i) => i.state === 'open' && i.head === body['source_branch']);
      if (open !== undefined)
        return send(res, 409, {
          message: [`Another open merge request already exists for this source branch: !${open.number}`],
        });
      const mr = item(gitlab.mergeRequests, body['title'], body['description'], {
        head: body['source_branch'],
        base: body['target_branch'],
      });
      return send(res, 201, mrJson(mr));
    }
    // GitLab: GET /projects/:id/merge_requests/:iid → 200 mr, 404 "404 Not found" (merge_requests#get-single-mr)
    if (r.method === 'GET' && (m = /^\/merge_requests\/(\d+)$/.exec(rest))) {
      const mr = mrOf(m[1]);
      return mr === undefined ? send(res, 404, { message: '404 Not found' }) : send(res, 200, mrJson(mr));
    }
    // GitLab: PUT /projects/:id/merge_requests/:iid → 200 mr (merge_requests#update-mr)
    if (r.method === 'PUT' && (m = /^\/merge_requests\/(\d+)$/.exec(rest))) {
      const mr = mrOf(m[1]);
      if (mr === undefined) return send(res, 404, { message: '404 Not found' });
      if (body['title'] !== undefined) mr.title = body['title'];
      if (body['description'] !== undefined) mr.body = body['description'];
      return send(res, 200, mrJson(mr));
    }
    // GitLab: GET /projects/:id/merge_requests/:iid/notes → 200 [note] (notes#list-all-merge-request-notes)
    if (r.method === 'GET' && (m = /^\/merge_requests\/(\d+)\/notes$/.exec(rest))) {
      if (mrOf(m[1]) === undefined) return send(res, 404, { message: '404 Not found' });
      return send(res, 200, gitlab.notes.filter((n) => n.on === Number(m?.[1])).map(noteJson));
    }
    // GitLab: POST /projects/:id/merge_requests/:iid/notes → 201 note (notes#create-new-merge-request-note)
    if (r.method === 'POST' && (m = /^\/merge_requests\/(\d+)\/notes$/.exec(rest))) {
      if (mrOf(m[1]) === undefined) return send(res, 404, { message: '404 Not found' });
      const note = { id: nextId++, on: Number(m[1]), body: body['body'] ?? '', system: false };
      gitlab.notes.push(note);
      return send(res, 201, noteJson(note));
    }
    // GitLab: PUT /projects/:id/merge_requests/:iid/notes/:note_id → 200 note (notes#modify-existing-merge-request-note)
    if (r.method === 'PUT' && (m = /^\/merge_requests\/(\d+)\/notes\/(\d+)$/.exec(rest))) {
      const note = gitlab.notes.find((n) => n.id === Number(m?.[2]) && n.on === Number(m?.[1]));
      if (note === undefined) return send(res, 404, { message: '404 Not found' });
      note.body = body['body'] ?? note.body;
      return send(res, 200, noteJson(note));
    }
    // GitLab: GET /projects/:id/issues?state=opened → 200 [issue] (issues#list-project-issues)
    if (r.method === 'GET' && rest === '/issues') {
      const state = r.query['state'];
      return send(
        res,
        200,
        gitlab.issues
          .filter((i) => state === undefined || (state === 'opened') === (i.state === 'open'))
          .map(glIssueJson),
      );
    }
    // GitLab: POST /projects/:id/issues → 201 issue (issues#new-issue)
    if (r.method === 'POST' && rest === '/issues') {
      return send(res, 201, glIssueJson(item(gitlab.issues, body['title'], body['description'], {})));
    }
    // GitLab: PUT /projects/:id/issues/:iid → 200 issue (issues#edit-an-issue)
    if (r.method === 'PUT' && (m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = gitlab.issues.find((i) => i.number === Number(m?.[1]));
      if (issue === undefined) return send(res, 404, { message: '404 Not found' });
      if (body['title'] !== undefined) issue.title = body['title'];
      if (body['description'] !== undefined) issue.body = body['description'];
      return send(res, 200, glIssueJson(issue));
    }
    send(res, 404, { message: '404 Not found' });
  }

  function item(
    list: Item[],
    title: string | undefined,
    body: string | undefined,
    extra: Partial<Item>,
  ): Item {
    const created: Item = {
      number: list.length + 1,
      id: nextId++,
      title: title ?? '',
      body: body ?? '',
      state: 'open',
      ...extra,
    };
    list.push(created);
    return created;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    github,
    gitlab,
    answer: (method, path, status, body, once = false) => {
      overrides.push({ method, path, status, body, once });
    },
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: async () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function pick(body: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k] ?? '']));
}
