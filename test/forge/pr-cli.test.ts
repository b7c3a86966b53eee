import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { type ForgeStandIn, startForgeStandIn } from '../helpers/forge-stand-in.ts';
import { testdir } from '../helpers/tmp-dir.ts';

// `xivo-sync pr` in-process, end to end against the stand-in: the three modes, the defaults taken
// from the CI environment, the plain output without a token, and the exit codes.

const GH = 'ghs_cli-token-0123456789';
const GL = 'glpat-cli-token-0123456789';
let api: ForgeStandIn;
let dir: string;

beforeEach(async () => {
  api = await startForgeStandIn({ repository: 'acme/phones', githubToken: GH, gitlabToken: GL });
  dir = await testdir('pr');
  await writeFile(path.join(dir, 'body.md'), '## Export\n+ Alice Martin (Paris): ext 6742\n');
  await writeFile(path.join(dir, 'plan.md'), '## Plan\n1 to create\n');
  await writeFile(path.join(dir, 'report.md'), 'apply failed at step 3\n');
});
afterEach(async () => api.close());

const githubEnv = () => ({ GITHUB_TOKEN: GH, GITHUB_REPOSITORY: 'acme/phones', GITHUB_API_URL: api.url });
const gitlabEnv = () => ({ GITLAB_TOKEN: GL, CI_PROJECT_ID: '42', CI_SERVER_URL: api.url });

async function pr(args: string[], env: Record<string, string>) {
  const io = captureCli({ cwd: dir, env });
  const code = await runCli(['pr', ...args], io.ctx);
  return { code, out: io.out(), err: io.err() };
}

describe('xivo-sync pr on GitHub', () => {
  it('creates the export pull request from xivo-sync/export into main, then updates it', async () => {
    const args = ['--title', 'xivo-sync: 1 new', '--body-file', 'body.md'];

    const first = await pr(args, githubEnv());
    const second = await pr(args, githubEnv());

    expect(first).toEqual({
      code: 0,
      out: '',
      err: 'created pull request #1: https://github.example/acme/phones/pull/1\n',
    });
    expect(second).toEqual({
      code: 0,
      out: '',
      err: 'updated pull request #1: https://github.example/acme/phones/pull/1\n',
    });
    expect(api.writes().map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'POST',
        '/repos/acme/phones/pulls',
        {
          head: 'xivo-sync/export',
          base: 'main',
          title: 'xivo-sync: 1 new',
          body: '## Export\n+ Alice Martin (Paris): ext 6742\n',
        },
      ],
      [
        'PATCH',
        '/repos/acme/phones/pulls/1',
        { title: 'xivo-sync: 1 new', body: '## Export\n+ Alice Martin (Paris): ext 6742\n' },
      ],
    ]);
  });

  it('takes the base from --base, else XIVO_SYNC_BASE_BRANCH, and the head from --head', async () => {
    await pr(['--title', 't', '--body-file', 'body.md'], {
      ...githubEnv(),
      XIVO_SYNC_BASE_BRANCH: 'production',
    });
    await pr(['--title', 't', '--body-file', 'body.md', '--head', 'other', '--base', 'release'], githubEnv());

    expect(api.writes().map((r) => r.body)).toMatchObject([
      { head: 'xivo-sync/export', base: 'production' },
      { head: 'other', base: 'release' },
    ]);
  });

  it('--comment: one plan comment on the pull request of the GitHub event, updated on the next run', async () => {
    await pr(['--title', 't', '--body-file', 'body.md'], githubEnv());
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ action: 'synchronize', pull_request: { number: 1 } }));

    const first = await pr(['--comment', 'plan.md'], { ...githubEnv(), GITHUB_EVENT_PATH: event });
    const second = await pr(['--comment', 'plan.md', '--number', '1'], githubEnv());

    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(
      /^created the plan comment on pull request #1: https:\/\/github\.example\/acme\/phones\/pull\/1#issuecomment-\d+\n$/,
    );
    expect(second.err).toMatch(/^updated the plan comment on pull request #1: /);
    expect(api.github.comments.map((c) => c.body)).toEqual([
      '## Plan\n1 to create\n\n<!-- xivo-sync:plan -->\n',
    ]);
  });

  it('--failure: opens the apply-failure issue with the default title, then updates it', async () => {
    const first = await pr(['--failure', 'report.md'], githubEnv());
    const second = await pr(['--failure', 'report.md', '--title', 'apply failed again'], githubEnv());

    expect(first.err).toBe('opened issue #1: https://github.example/acme/phones/issues/1\n');
    expect(second.err).toBe('updated issue #1: https://github.example/acme/phones/issues/1\n');
    expect(api.writes()[0]?.body).toEqual({
      title: 'xivo-sync apply failed',
      body: 'apply failed at step 3\n\n<!-- xivo-sync:apply-failure -->\n',
    });
  });

  it('a refusal is exit 1 with the act, the status and its meaning on stderr, and no token', async () => {
    api.answer('POST', /\/pulls$/, 403, { message: 'Resource not accessible by integration' });

    const result = await pr(['--title', 't', '--body-file', 'body.md'], githubEnv());

    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'error: github: open a pull request xivo-sync/export → main in acme/phones: 403 Forbidden (the token lacks pull-requests: write): Resource not accessible by integration\n',
    );
    expect(result.err).not.toContain(GH);
  });
});

describe('xivo-sync pr on GitLab', () => {
  it('creates and updates the merge request, the plan note on CI_MERGE_REQUEST_IID, and the failure issue', async () => {
    const created = await pr(['--title', 't', '--body-file', 'body.md'], gitlabEnv());
    const updated = await pr(['--title', 't2', '--body-file', 'body.md'], gitlabEnv());
    const note = await pr(['--comment', 'plan.md'], { ...gitlabEnv(), CI_MERGE_REQUEST_IID: '1' });
    const issue = await pr(['--failure', 'report.md'], gitlabEnv());

    expect(created.err).toBe(
      'created merge request !1: https://gitlab.example/acme/phones/-/merge_requests/1\n',
    );
    expect(updated.err).toBe(
      'updated merge request !1: https://gitlab.example/acme/phones/-/merge_requests/1\n',
    );
    expect(note.err).toMatch(
      /^created the plan comment on merge request !1: https:\/\/gitlab\.example\/acme\/phones\/-\/merge_requests\/1#note_\d+\n$/,
    );
    expect(issue.err).toBe('opened issue #1: https://gitlab.example/acme/phones/-/issues/1\n');
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v4/projects/42/merge_requests',
      'PUT /api/v4/projects/42/merge_requests/1',
      'POST /api/v4/projects/42/merge_requests/1/notes',
      'POST /api/v4/projects/42/issues',
    ]);
  });
});

describe('xivo-sync pr without a forge token', () => {
  it('prints the title and body for any CI to post, sends nothing and exits 0', async () => {
    const pull = await pr(['--title', 'xivo-sync: 1 new', '--body-file', 'body.md'], {
      GITHUB_REPOSITORY: 'acme/phones',
    });
    const comment = await pr(['--comment', 'plan.md'], {});
    const failure = await pr(['--failure', 'report.md'], {});

    expect(pull.code).toBe(0);
    expect(pull.out).toBe('xivo-sync: 1 new\n\n## Export\n+ Alice Martin (Paris): ext 6742\n');
    expect(pull.err).toBe(
      'no forge token (GITHUB_TOKEN, GITLAB_TOKEN or CI_JOB_TOKEN): printing what would be posted, for the CI to post it\n',
    );
    expect(comment.out).toBe('## Plan\n1 to create\n');
    expect(failure.out).toBe('xivo-sync apply failed\n\napply failed at step 3\n');
    expect(api.requests).toEqual([]);
  });
});

describe('xivo-sync pr usage', () => {
  it.each([
    [
      ['--comment', 'plan.md', '--failure', 'report.md'],
      'error: --comment and --failure are two different posts: give one\n',
    ],
    [['--comment', 'plan.md', '--base', 'x'], 'error: --base does not apply to --comment\n'],
    [['--failure', 'report.md', '--number', '3'], 'error: --number does not apply to --failure\n'],
    [['--title', 't', '--body-file', 'missing.md'], 'error: cannot read --body-file missing.md: ENOENT\n'],
    [['--comment', 'plan.md', '--number', 'x1'], "error: --number 'x1' is not a pull request number\n"],
    [
      ['--comment', 'plan.md'],
      'error: --comment needs the pull request: give --number (the event in $GITHUB_EVENT_PATH names no pull request)\n',
    ],
  ])('pr %j → exit 1', async (args, message) => {
    const result = await pr(args, githubEnv());

    expect(result).toEqual({ code: 1, out: '', err: message });
    expect(api.requests).toEqual([]);
  });

  it('without --title, reads the review from git, and names the branch it cannot find', async () => {
    const result = await pr(['--body-file', 'body.md'], githubEnv());

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: main: no such branch in .*, locally or on origin\n$/);
    expect(api.requests).toEqual([]);
  });

  it('--help describes the three modes and where the forge comes from', async () => {
    const io = captureCli({ cwd: dir });

    const code = await runCli(['pr', '--help'], io.ctx);

    expect(code).toBe(0);
    for (const text of [
      '--title <title>',
      '--body-file <file>',
      '--comment <file>',
      '--number <n>',
      '--failure <file>',
      'GITHUB_TOKEN',
      'docs/pull-requests.md',
    ])
      expect(io.out()).toContain(text);
  });
});
