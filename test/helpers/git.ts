import { execFileSync } from 'node:child_process';

/**
 * Runs git in `repo` and returns its output, trimmed, ignoring the user's global configuration (a
 * signing key or a hook there must not change what a test sees).
 */
export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}
