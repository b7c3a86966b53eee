import { STATUS_CODES } from 'node:http';
import { ReconcilerError } from '../errors.ts';

export type ForgeName = 'github' | 'gitlab';

/**
 * A code forge's API for the three things the GitOps loop posts: the export pull request, the plan
 * comment on a pull request, and the apply-failure issue. Every method is an upsert, so that a
 * scheduled job run again updates what it opened instead of piling up duplicates.
 * GitLab's merge requests are this interface's pull requests, and its notes the comments.
 */
export interface Forge {
  readonly name: ForgeName;
  /** Create the pull/merge request head→base, or update title+body of the open one with the same head; returns its number and URL and whether it was created. */
  upsertPullRequest(input: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<{ number: number; url: string; created: boolean }>;
  /** Post a comment on PR/MR `number`, or update the one earlier comment whose body contains `marker` (an HTML comment like `<!-- xivo-sync:plan -->`). */
  upsertComment(input: {
    number: number;
    marker: string;
    body: string;
  }): Promise<{ url: string; created: boolean }>;
  /** Open an issue, or update the body of the one open issue whose body contains `marker`. */
  upsertIssue(input: {
    title: string;
    marker: string;
    body: string;
  }): Promise<{ number: number; url: string; created: boolean }>;
}

/** The marker of the one plan comment on a pull request. */
export const PLAN_MARKER = '<!-- xivo-sync:plan -->';
/** The marker of the one open issue reporting a failed apply. */
export const APPLY_FAILURE_MARKER = '<!-- xivo-sync:apply-failure -->';

/**
 * The longest body each forge accepts, in characters: GitHub refuses a pull-request, issue or comment
 * body over 65,536 (422), GitLab a description or note over 1,000,000. Checked before any request, so
 * that the error says what was too long instead of a bare 422.
 */
export const BODY_LIMITS: Readonly<Record<ForgeName, number>> = { github: 65_536, gitlab: 1_000_000 };

/** A forge API call that failed, naming the forge, the act and the repository. */
export class ForgeError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('FORGE', message, options);
  }
}

/**
 * The body with the marker at its end, unless the caller already placed it. An HTML comment renders
 * as nothing on both forges, so readers never see it.
 */
export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${body.trimEnd()}\n\n${marker}\n`;
}

/** Refuses a body the forge would refuse, before sending it. */
export function checkBodyLength(forge: ForgeName, act: string, body: string): void {
  // Code units, not code points: never fewer than GitHub's count, so the check errs on the safe side.
  if (body.length <= BODY_LIMITS[forge]) return;
  throw new ForgeError(
    `${forge}: ${act}: the body is ${body.length.toLocaleString('en-US')} characters, over ${forge === 'github' ? 'GitHub' : 'GitLab'}'s limit of ${BODY_LIMITS[forge].toLocaleString('en-US')}; the renderer must shorten it`,
  );
}

/** What a failed call was doing, for its error message. */
export interface ForgeAct {
  readonly forge: ForgeName;
  /** e.g. `update pull request #12 in acme/phones` */
  readonly act: string;
  /** What a 401 means: which variable holds the bad token. */
  readonly token: string;
  /** What a 403 means: the permission or scope the token lacks. */
  readonly forbidden: string;
  /** What a 404 means: which object the token could not find. */
  readonly notFound: string;
}

/** The HTTP status in words, with what it means for this act. */
function meaning(act: ForgeAct, status: number, detail: string | undefined): string {
  if (status === 401) return `${act.token} is invalid or expired`;
  if (status === 403 && detail !== undefined && /rate limit/i.test(detail))
    return 'the API rate limit is exhausted';
  if (status === 403) return act.forbidden;
  if (status === 404) return act.notFound;
  if (status === 409) return 'it conflicts with the current state of the project';
  if (status === 422) return 'the forge refused the request';
  if (status === 429) return 'the API rate limit is exhausted';
  if (status >= 500) return 'the forge failed; the next run tries again';
  return 'unexpected answer';
}

/**
 * The error for a call that got an HTTP answer (`status`) or none (`status` undefined: network, TLS,
 * timeout). `detail` is the forge's own message or the network error, quoted shortened; it never
 * holds the token, which travels only in a request header. The library's error is not chained: it
 * carries the request, headers included.
 */
export function forgeFailure(
  act: ForgeAct,
  status: number | undefined,
  detail: string | undefined,
): ForgeError {
  const quoted = detail === undefined || detail.trim() === '' ? '' : `: ${shorten(detail.trim())}`;
  const what =
    status === undefined
      ? `no answer${quoted}`
      : `${status} ${STATUS_CODES[status] ?? ''}`.trimEnd() + ` (${meaning(act, status, detail)})${quoted}`;
  return new ForgeError(`${act.forge}: ${act.act}: ${what}`);
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= 300 ? line : `${line.slice(0, 299)}…`;
}

/**
 * The innermost message of a failure that got no HTTP answer (fetch wraps the socket or TLS error in
 * "fetch failed"), with its code, e.g. `unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`.
 */
export function networkDetail(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error && current.cause instanceof Error; depth++) {
    current = current.cause;
  }
  if (!(current instanceof Error)) return String(current);
  const code = (current as { code?: unknown }).code;
  return typeof code === 'string' && !current.message.includes(code)
    ? `${current.message} (${code})`
    : current.message;
}
