import { describe, expect, it } from 'vitest';
import { resolveForge } from '../../src/forge/index.ts';

// Which forge the environment names: the rule docs/pull-requests.md states.

const github = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'acme/phones' };
const gitlab = { GITLAB_TOKEN: 'glpat-x', CI_PROJECT_ID: '42' };

describe('resolveForge', () => {
  it('no token: no forge (the command prints instead)', () => {
    expect(
      resolveForge({ GITHUB_REPOSITORY: 'acme/phones', CI_PROJECT_ID: '42', GITHUB_TOKEN: '' }),
    ).toBeUndefined();
  });

  it('one token: that forge; CI_JOB_TOKEN counts as a GitLab token', () => {
    expect(resolveForge(github)?.name).toBe('github');
    expect(resolveForge(gitlab)?.name).toBe('gitlab');
    expect(resolveForge({ CI_JOB_TOKEN: 'job', CI_PROJECT_PATH: 'acme/phones' })?.name).toBe('gitlab');
  });

  it('both tokens: the CI that runs us decides, and elsewhere it is an error naming both', () => {
    expect(resolveForge({ ...github, ...gitlab, GITHUB_ACTIONS: 'true' })?.name).toBe('github');
    expect(resolveForge({ ...github, ...gitlab, GITLAB_CI: 'true' })?.name).toBe('gitlab');
    expect(() => resolveForge({ ...github, ...gitlab })).toThrow(
      /both a GitHub token \(GITHUB_TOKEN\) and a GitLab token \(GITLAB_TOKEN or CI_JOB_TOKEN\) are set/,
    );
  });

  it('a token without its repository or project is a configuration error', () => {
    expect(() => resolveForge({ GITHUB_TOKEN: 'ghs_x' })).toThrow(
      'GITHUB_TOKEN is set but GITHUB_REPOSITORY is not: set it to owner/name (GitHub Actions sets it)',
    );
    expect(() => resolveForge({ ...github, GITHUB_REPOSITORY: 'phones' })).toThrow(
      "GITHUB_REPOSITORY 'phones' is not owner/name",
    );
    expect(() => resolveForge({ GITLAB_TOKEN: 'glpat-x' })).toThrow(
      /neither CI_PROJECT_ID nor CI_PROJECT_PATH is/,
    );
  });

  it('refuses plain http:// to a host that is not loopback, and credentials in the URL', () => {
    expect(() => resolveForge({ ...github, GITHUB_API_URL: 'http://ghe.example.com/api/v3' })).toThrow(
      'GITHUB_API_URL http://ghe.example.com would send the forge token in clear text: use https://',
    );
    expect(() => resolveForge({ ...gitlab, CI_SERVER_URL: 'http://gitlab.example.com' })).toThrow(
      'CI_SERVER_URL http://gitlab.example.com would send the forge token in clear text: use https://',
    );
    expect(() => resolveForge({ ...gitlab, CI_SERVER_URL: 'https://me:pw@gitlab.example.com' })).toThrow(
      /^CI_SERVER_URL carries credentials \(https:\/\/gitlab\.example\.com\)/,
    );
    expect(resolveForge({ ...github, GITHUB_API_URL: 'http://127.0.0.1:8080' })?.name).toBe('github');
    expect(resolveForge({ ...gitlab, CI_SERVER_URL: 'https://gitlab.example.com' })?.name).toBe('gitlab');
  });
});
