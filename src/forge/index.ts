// Public surface of src/forge: the forge APIs (GitHub, GitLab) behind one interface.
export {
  APPLY_FAILURE_MARKER,
  BODY_LIMITS,
  type Forge,
  ForgeError,
  type ForgeName,
  PLAN_MARKER,
} from './forge.ts';
export { type GitHubForgeOptions, createGitHubForge } from './github-forge.ts';
export { type GitLabForgeOptions, createGitLabForge } from './gitlab-forge.ts';
export { resolveForge } from './resolve-forge.ts';
