import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN_MARKER, createGitLabForge } from '../../src/forge/index.ts';
import { type ForgeStandIn, startForgeStandIn } from '../helpers/forge-stand-in.ts';

// The GitLab forge against the local stand-in (REST API v4 under /api/v4): which requests it sends,
// that a second run updates what the first created, and what its errors say.

const TOKEN = 'glpat-test-token-0123456789';
const JOB_TOKEN = 'glcbt-job-token-0123456789';
let api: ForgeStandIn;

beforeEach(async () => {
  api = await startForgeStandIn({
    project: { id: '42', path: 'acme/phones' },
    gitlabToken: TOKEN,
    jobToken: JOB_TOKEN,
  });
});
afterEach(async () => api.close());

const forge = (overrides: { auth?: { token: string } | { jobToken: string }; project?: string } = {}) =>
  createGitLabForge({ auth: { token: TOKEN }, project: '42', host: `${api.url}/`, ...overrides });
const mr = { head: 'xivo-sync/export', base: 'main', title: 'xivo-sync: 3 new', body: 'the diff' };

describe('GitLab merge request', () => {
  it('creates the merge request with PRIVATE-TOKEN, then updates it instead of opening a second one', async () => {
    const created = await forge().upsertPullRequest(mr);
    const updated = await forge().upsertPullRequest({
      ...mr,
      title: 'xivo-sync: 4 new',
      body: 'the new diff',
    });

    expect(created).toEqual({
      number: 1,
      url: 'https://gitlab.example/acme/phones/-/merge_requests/1',
      created: true,
    });
    expect(updated).toEqual({ ...created, created: false });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v4/projects/42/merge_requests',
      'POST /api/v4/projects/42/merge_requests',
      'GET /api/v4/projects/42/merge_requests',
      'PUT /api/v4/projects/42/merge_requests/1',
    ]);
    expect(api.requests[0]?.query).toMatchObject({ source_branch: 'xivo-sync/export', state: 'opened' });
    expect(api.requests[1]?.body).toEqual({
      source_branch: 'xivo-sync/export',
      target_branch: 'main',
      title: 'xivo-sync: 3 new',
      description: 'the diff',
    });
    expect(api.requests[3]?.body).toEqual({ title: 'xivo-sync: 4 new', description: 'the new diff' });
    for (const request of api.requests) expect(request.auth).toEqual({ 'private-token': TOKEN });
    expect(api.gitlab.mergeRequests).toHaveLength(1);
  });

  it('names the project by its path (CI_PROJECT_PATH), percent-encoded, and sends CI_JOB_TOKEN as JOB-TOKEN', async () => {
    await forge({ project: 'acme/phones', auth: { jobToken: JOB_TOKEN } }).upsertPullRequest(mr);

    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v4/projects/acme%2Fphones/merge_requests',
      'POST /api/v4/projects/acme%2Fphones/merge_requests',
    ]);
    for (const request of api.requests) expect(request.auth).toEqual({ 'job-token': JOB_TOKEN });
  });

  it('updates the merge request another run opened between its look-up and its create (409)', async () => {
    await forge().upsertPullRequest(mr);
    api.requests.length = 0;
    api.answer('GET', /\/merge_requests$/, 200, [], true);

    const result = await forge().upsertPullRequest({ ...mr, body: 'mine' });

    expect(result.created).toBe(false);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v4/projects/42/merge_requests',
      'POST /api/v4/projects/42/merge_requests',
      'GET /api/v4/projects/42/merge_requests',
      'PUT /api/v4/projects/42/merge_requests/1',
    ]);
    expect(api.gitlab.mergeRequests[0]?.body).toBe('mine');
  });
});

describe('GitLab plan note', () => {
  it('adds one note with the marker, then edits that note; system notes and others are left alone', async () => {
    const { number } = await forge().upsertPullRequest(mr);
    api.gitlab.notes.push(
      { id: 5, on: number, body: `added 1 commit ${PLAN_MARKER}`, system: true },
      { id: 6, on: number, body: 'LGTM', system: false },
    );
    api.requests.length = 0;

    const first = await forge().upsertComment({ number, marker: PLAN_MARKER, body: '## Plan\n1 create' });
    const second = await forge().upsertComment({ number, marker: PLAN_MARKER, body: '## Plan\n2 creates' });

    const ours = api.gitlab.notes.find((n) => n.id > 6);
    expect(first).toEqual({
      url: `https://gitlab.example/acme/phones/-/merge_requests/1#note_${ours?.id}`,
      created: true,
    });
    expect(second).toEqual({ ...first, created: false });
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v4/projects/42/merge_requests/1/notes',
      `PUT /api/v4/projects/42/merge_requests/1/notes/${ours?.id}`,
    ]);
    expect(api.writes()[0]?.body).toEqual({ body: `## Plan\n1 create\n\n${PLAN_MARKER}\n` });
    expect(api.gitlab.notes.map((n) => n.body)).toEqual([
      `added 1 commit ${PLAN_MARKER}`,
      'LGTM',
      `## Plan\n2 creates\n\n${PLAN_MARKER}\n`,
    ]);
  });

  it('names the merge request when it does not exist (404)', async () => {
    await expect(forge().upsertComment({ number: 9, marker: PLAN_MARKER, body: 'x' })).rejects.toThrow(
      'gitlab: read merge request !9 in 42: 404 Not Found (merge request !9 or project 42 not found, or the token cannot see it): 404 Not found',
    );
  });
});

describe('GitLab apply-failure issue', () => {
  const marker = '<!-- xivo-sync:apply-failure -->';

  it('opens one issue, then updates its description', async () => {
    api.gitlab.issues.push({ number: 1, id: 1, title: 'unrelated', body: 'a bug', state: 'open' });

    const opened = await forge().upsertIssue({
      title: 'xivo-sync apply failed',
      marker,
      body: 'step 3 failed',
    });
    const updated = await forge().upsertIssue({
      title: 'xivo-sync apply failed',
      marker,
      body: 'step 4 failed',
    });

    expect(opened).toEqual({
      number: 2,
      url: 'https://gitlab.example/acme/phones/-/issues/2',
      created: true,
    });
    expect(updated).toEqual({ ...opened, created: false });
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v4/projects/42/issues',
      'PUT /api/v4/projects/42/issues/2',
    ]);
    expect(api.writes()[0]?.body).toEqual({
      title: 'xivo-sync apply failed',
      description: `step 3 failed\n\n${marker}\n`,
    });
    expect(api.writes()[1]?.body).toEqual({ description: `step 4 failed\n\n${marker}\n` });
    expect(api.requests.find((r) => r.method === 'GET')?.query).toMatchObject({ state: 'opened' });
  });
});

describe('GitLab errors', () => {
  it('401: the token is bad; the token itself is never in the message', async () => {
    const error = await forge({ auth: { token: 'glpat-wrong' } })
      .upsertPullRequest(mr)
      .catch((e: unknown) => e);

    expect((error as Error).message).toBe(
      'gitlab: list the open merge requests from xivo-sync/export in 42: 401 Unauthorized (GITLAB_TOKEN is invalid or expired): 401 Unauthorized',
    );
    expect((error as Error).message).not.toContain('glpat');
  });

  it('403: names the act and what the token lacks; a job token is told to use GITLAB_TOKEN', async () => {
    api.answer('POST', /\/merge_requests$/, 403, { message: '403 Forbidden' });

    await expect(forge().upsertPullRequest(mr)).rejects.toThrow(
      'gitlab: open a merge request xivo-sync/export → main in 42: 403 Forbidden (the token lacks the api scope, or a role in the project that may do this (Developer or above)): 403 Forbidden',
    );
    await expect(forge({ auth: { jobToken: JOB_TOKEN } }).upsertPullRequest(mr)).rejects.toThrow(
      '403 Forbidden (CI_JOB_TOKEN may not do this: set GITLAB_TOKEN to a project access token with the api scope)',
    );
  });

  it('404: the project is unknown or hidden from the token', async () => {
    await expect(
      forge({ project: 'acme/secret' }).upsertIssue({ title: 't', marker: '<!-- m -->', body: 'b' }),
    ).rejects.toThrow(
      'gitlab: list the open issues of acme/secret: 404 Not Found (project acme/secret not found, or the token cannot see it): 404 Project Not Found',
    );
  });

  it('refuses a body over GitLab’s 1,000,000 characters before sending anything, and accepts one GitHub would refuse', async () => {
    await expect(forge().upsertPullRequest({ ...mr, body: 'x'.repeat(1_000_001) })).rejects.toThrow(
      "gitlab: merge request xivo-sync/export → main in 42: the body is 1,000,001 characters, over GitLab's limit of 1,000,000; the renderer must shorten it",
    );
    expect(api.requests).toEqual([]);

    await expect(forge().upsertPullRequest({ ...mr, body: 'x'.repeat(100_000) })).resolves.toMatchObject({
      created: true,
    });
  });
});
