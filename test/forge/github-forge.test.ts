import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN_MARKER, createGitHubForge } from '../../src/forge/index.ts';
import { type ForgeStandIn, startForgeStandIn } from '../helpers/forge-stand-in.ts';

// The GitHub forge against the local stand-in: which requests it sends, that a second run updates
// what the first created, and what its errors say. The bodies' content is the renderers' business.

const TOKEN = 'ghs_test-token-0123456789';
let api: ForgeStandIn;

beforeEach(async () => {
  api = await startForgeStandIn({ repository: 'acme/phones', githubToken: TOKEN });
});
afterEach(async () => api.close());

const forge = (overrides: { token?: string; repository?: string } = {}) =>
  createGitHubForge({ token: TOKEN, repository: 'acme/phones', apiUrl: api.url, ...overrides });
const pr = { head: 'xivo-sync/export', base: 'main', title: 'xivo-sync: 3 new', body: 'the diff' };

describe('GitHub pull request', () => {
  it('creates the pull request with the token, then updates it instead of opening a second one', async () => {
    const created = await forge().upsertPullRequest(pr);
    const updated = await forge().upsertPullRequest({
      ...pr,
      title: 'xivo-sync: 4 new',
      body: 'the new diff',
    });

    expect(created).toEqual({ number: 1, url: 'https://github.example/acme/phones/pull/1', created: true });
    expect(updated).toEqual({ number: 1, url: 'https://github.example/acme/phones/pull/1', created: false });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/phones/pulls',
      'POST /repos/acme/phones/pulls',
      'GET /repos/acme/phones/pulls',
      'PATCH /repos/acme/phones/pulls/1',
    ]);
    expect(api.requests[0]?.query).toMatchObject({ head: 'acme:xivo-sync/export', state: 'open' });
    expect(api.requests[1]?.body).toEqual({
      head: 'xivo-sync/export',
      base: 'main',
      title: 'xivo-sync: 3 new',
      body: 'the diff',
    });
    expect(api.requests[3]?.body).toEqual({ title: 'xivo-sync: 4 new', body: 'the new diff' });
    for (const request of api.requests) expect(request.auth['authorization']).toBe(`token ${TOKEN}`);
    expect(api.github.items).toHaveLength(1);
  });

  it('updates the pull request another run opened between its look-up and its create (422 already exists)', async () => {
    await forge().upsertPullRequest(pr);
    api.requests.length = 0;
    // The look-up misses the open pull request, as it would have before the other run created it.
    api.answer('GET', /\/pulls$/, 200, [], true);

    const result = await forge().upsertPullRequest({ ...pr, body: 'mine' });

    expect(result).toEqual({ number: 1, url: 'https://github.example/acme/phones/pull/1', created: false });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/phones/pulls',
      'POST /repos/acme/phones/pulls',
      'GET /repos/acme/phones/pulls',
      'PATCH /repos/acme/phones/pulls/1',
    ]);
    expect(api.github.items[0]?.body).toBe('mine');
  });

  it('says why GitHub refused to open it (422 with its reason)', async () => {
    api.answer('POST', /\/pulls$/, 422, {
      message: 'Validation Failed',
      errors: [
        { resource: 'PullRequest', code: 'custom', message: 'No commits between main and xivo-sync/export' },
      ],
      status: '422',
    });

    await expect(forge().upsertPullRequest(pr)).rejects.toThrow(
      'github: open a pull request xivo-sync/export → main in acme/phones: 422 Unprocessable Entity (the forge refused the request): Validation Failed: No commits between main and xivo-sync/export',
    );
  });
});

describe('GitHub plan comment', () => {
  it('posts one comment with the marker, then updates that comment and leaves the others alone', async () => {
    const { number } = await forge().upsertPullRequest(pr);
    api.github.comments.push({ id: 7, on: number, body: 'LGTM', system: false });
    api.requests.length = 0;

    const first = await forge().upsertComment({ number, marker: PLAN_MARKER, body: '## Plan\n1 create\n' });
    const second = await forge().upsertComment({ number, marker: PLAN_MARKER, body: '## Plan\n2 creates\n' });

    expect(first.created).toBe(true);
    expect(second).toEqual({ url: first.url, created: false });
    expect(first.url).toMatch(/^https:\/\/github\.example\/acme\/phones\/pull\/1#issuecomment-\d+$/);
    const ours = api.github.comments.find((c) => c.id !== 7);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/phones/issues/1/comments',
      `PATCH /repos/acme/phones/issues/comments/${ours?.id}`,
    ]);
    expect(api.writes()[0]?.body).toEqual({ body: `## Plan\n1 create\n\n${PLAN_MARKER}\n` });
    expect(api.github.comments.map((c) => c.body)).toEqual([
      'LGTM',
      `## Plan\n2 creates\n\n${PLAN_MARKER}\n`,
    ]);
  });

  it('keeps a marker the body already holds where it is', async () => {
    const { number } = await forge().upsertPullRequest(pr);

    await forge().upsertComment({ number, marker: PLAN_MARKER, body: `${PLAN_MARKER}\n## Plan\n` });

    expect(api.github.comments[0]?.body).toBe(`${PLAN_MARKER}\n## Plan\n`);
  });

  it('names the pull request when it does not exist (404)', async () => {
    await expect(forge().upsertComment({ number: 99, marker: PLAN_MARKER, body: 'x' })).rejects.toThrow(
      'github: list the comments of pull request #99 in acme/phones: 404 Not Found (pull request #99 or repository acme/phones not found, or the token cannot see it): Not Found',
    );
  });
});

describe('GitHub apply-failure issue', () => {
  const marker = '<!-- xivo-sync:apply-failure -->';

  it('opens one issue, then updates its body; a pull request carrying the marker is not that issue', async () => {
    await forge().upsertPullRequest({ ...pr, body: `quoting ${marker}` });
    api.requests.length = 0;

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

    expect(opened).toEqual({ number: 2, url: 'https://github.example/acme/phones/issues/2', created: true });
    expect(updated).toEqual({ ...opened, created: false });
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/phones/issues',
      'PATCH /repos/acme/phones/issues/2',
    ]);
    expect(api.writes()[0]?.body).toEqual({
      title: 'xivo-sync apply failed',
      body: `step 3 failed\n\n${marker}\n`,
    });
    expect(api.writes()[1]?.body).toEqual({ body: `step 4 failed\n\n${marker}\n` });
    expect(api.requests.find((r) => r.method === 'GET')?.query).toMatchObject({ state: 'open' });
  });
});

describe('GitHub errors', () => {
  it('401: the token is bad; the token itself is never in the message', async () => {
    const error = await forge({ token: 'ghs_wrong-token' })
      .upsertPullRequest(pr)
      .catch((e: unknown) => e);

    expect((error as Error).message).toBe(
      'github: list the open pull requests from xivo-sync/export in acme/phones: 401 Unauthorized (GITHUB_TOKEN is invalid or expired): Bad credentials',
    );
    expect((error as Error).name).toBe('ForgeError');
    expect(String((error as Error).message)).not.toContain('ghs_');
  });

  it('403: names the act and the permission the token lacks', async () => {
    await forge().upsertPullRequest(pr);
    api.answer('PATCH', /\/pulls\/1$/, 403, {
      message: 'Resource not accessible by integration',
      status: '403',
    });

    await expect(forge().upsertPullRequest(pr)).rejects.toThrow(
      'github: update pull request #1 in acme/phones: 403 Forbidden (the token lacks pull-requests: write): Resource not accessible by integration',
    );
  });

  it('403 on an issue names issues: write', async () => {
    api.answer('POST', /\/issues$/, 403, { message: 'Resource not accessible by integration' });

    await expect(forge().upsertIssue({ title: 't', marker: '<!-- m -->', body: 'b' })).rejects.toThrow(
      'github: open an issue in acme/phones: 403 Forbidden (the token lacks issues: write)',
    );
  });

  it('404: the repository is unknown or hidden from the token', async () => {
    await expect(forge({ repository: 'acme/secret' }).upsertPullRequest(pr)).rejects.toThrow(
      'github: list the open pull requests from xivo-sync/export in acme/secret: 404 Not Found (repository acme/secret not found, or the token cannot see it): Not Found',
    );
  });

  it('refuses a body over GitHub’s 65,536 characters before sending anything', async () => {
    await expect(forge().upsertPullRequest({ ...pr, body: 'x'.repeat(65_537) })).rejects.toThrow(
      "github: pull request xivo-sync/export → main in acme/phones: the body is 65,537 characters, over GitHub's limit of 65,536; the renderer must shorten it",
    );
    // With the marker appended, a comment of exactly the limit no longer fits either.
    await expect(
      forge().upsertComment({ number: 1, marker: PLAN_MARKER, body: 'x'.repeat(65_536) }),
    ).rejects.toThrow(/over GitHub's limit of 65,536/);
    expect(api.requests).toEqual([]);
  });

  it('no answer: says so with the network error', async () => {
    const url = api.url;
    await api.close();

    await expect(
      createGitHubForge({ token: TOKEN, repository: 'acme/phones', apiUrl: url }).upsertPullRequest(pr),
    ).rejects.toThrow(
      /^github: list the open pull requests from xivo-sync\/export in acme\/phones: no answer: .*ECONNREFUSED/,
    );
    api = await startForgeStandIn();
  });
});
