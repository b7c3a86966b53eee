import { ConfigError, type Env, checkForgeTransport } from '../config/index.ts';
import type { Forge } from './forge.ts';
import { createGitHubForge } from './github-forge.ts';
import { createGitLabForge } from './gitlab-forge.ts';

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * The forge the environment names, or undefined when it holds no forge token (the caller then prints
 * what it would have posted).
 *
 * - GitHub: `GITHUB_TOKEN` + `GITHUB_REPOSITORY` (`owner/name`), API at `GITHUB_API_URL`
 *   (default https://api.github.com).
 * - GitLab: `GITLAB_TOKEN`, else `CI_JOB_TOKEN`; project `CI_PROJECT_ID`, else `CI_PROJECT_PATH`;
 *   instance `CI_SERVER_URL` (default https://gitlab.com).
 * - Both tokens set: the CI that runs us decides: GitHub under `GITHUB_ACTIONS`, else GitLab under
 *   `GITLAB_CI`; anywhere else it is an error rather than a guess.
 */
export function resolveForge(env: Env): Forge | undefined {
  const github = set(env['GITHUB_TOKEN']);
  const gitlab = set(env['GITLAB_TOKEN']) || set(env['CI_JOB_TOKEN']);
  if (github && gitlab) {
    if (set(env['GITHUB_ACTIONS'])) return gitHubFrom(env);
    if (set(env['GITLAB_CI'])) return gitLabFrom(env);
    throw new ConfigError(
      'both a GitHub token (GITHUB_TOKEN) and a GitLab token (GITLAB_TOKEN or CI_JOB_TOKEN) are set, outside GitHub Actions (GITHUB_ACTIONS) and GitLab CI (GITLAB_CI): unset the one that does not belong',
    );
  }
  if (github) return gitHubFrom(env);
  if (gitlab) return gitLabFrom(env);
  return undefined;
}

function gitHubFrom(env: Env): Forge {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new ConfigError(
      repository === ''
        ? 'GITHUB_TOKEN is set but GITHUB_REPOSITORY is not: set it to owner/name (GitHub Actions sets it)'
        : `GITHUB_REPOSITORY '${repository}' is not owner/name`,
    );
  }
  const apiUrl = set(env['GITHUB_API_URL']) ? env['GITHUB_API_URL'] : 'https://api.github.com';
  checkForgeTransport(apiUrl, 'GITHUB_API_URL');
  return createGitHubForge({ token: env['GITHUB_TOKEN'] ?? '', repository, apiUrl });
}

function gitLabFrom(env: Env): Forge {
  const project = set(env['CI_PROJECT_ID']) ? env['CI_PROJECT_ID'] : env['CI_PROJECT_PATH'];
  if (!set(project)) {
    throw new ConfigError(
      'a GitLab token is set but neither CI_PROJECT_ID nor CI_PROJECT_PATH is: set one (GitLab CI sets both)',
    );
  }
  const host = set(env['CI_SERVER_URL']) ? env['CI_SERVER_URL'] : 'https://gitlab.com';
  checkForgeTransport(host, 'CI_SERVER_URL');
  const token = env['GITLAB_TOKEN'];
  return createGitLabForge({
    auth: set(token) ? { token } : { jobToken: env['CI_JOB_TOKEN'] ?? '' },
    project,
    host,
  });
}
