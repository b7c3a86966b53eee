import { ReconcilerError } from '../errors.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The one thing apply needs from XiVO: a confd request. Kept this narrow so the reconciler can run on
 * the project's typed client (`src/xivo`) or on `createFetchConfd` alike.
 */
export interface ConfdPort {
  /** Sends `METHOD /1.1<path>`; resolves to the parsed JSON body (undefined for 204). */
  request(method: HttpMethod, path: string, body?: unknown): Promise<unknown>;
}

/** A confd request failed: carries `METHOD /path`, the status and confd's own message. */
export class ConfdRequestError extends ReconcilerError {
  readonly method: string;
  readonly path: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** confd's messages (its error body is a JSON array of strings). */
  readonly messages: string[];

  constructor(method: string, path: string, status: number, messages: string[], options?: ErrorOptions) {
    super(
      'XIVO_HTTP',
      `${method} ${path} → ${status === 0 ? 'no response' : status}: ${messages.join('; ')}`,
      options,
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.messages = messages;
  }
}

export interface FetchConfdOptions {
  /** XiVO base URL: auth under `/0.1`, confd under `/1.1` (the emulator's URL, or a proxy in front of XiVO). */
  baseUrl: string;
  /** Base URL of xivo-auth when it is not on `baseUrl` (XiVO: `https://host:9497`). (Default: `baseUrl`) */
  authUrl?: string;
  username: string;
  password: string;
  /** Per-request timeout in milliseconds. (Default: 30000) */
  timeoutMs?: number;
  /** Retries of a GET after a network error, 5xx or 429. Writes are never retried blindly. (Default: 3) */
  retries?: number;
}

/**
 * A confd client over `fetch` with xivo-auth tokens (`xivo_service` backend): logs in on first use,
 * logs in again once on 401 (tokens expire without refresh). The password is only ever sent to
 * xivo-auth and never appears in errors.
 */
export function createFetchConfd(options: FetchConfdOptions): ConfdPort {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authBase = (options.authUrl ?? options.baseUrl).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  let token: Promise<string> | undefined;

  async function login(): Promise<string> {
    const basic = Buffer.from(`${options.username}:${options.password}`).toString('base64');
    let response: Response;
    try {
      response = await fetch(`${authBase}/0.1/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
        body: JSON.stringify({ backend: 'xivo_service', expiration: 3600 }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ConfdRequestError('POST', '/0.1/token', 0, [describe(error)], { cause: error });
    }
    const body = (await response.json().catch(() => null)) as { data?: { token?: string } } | null;
    const value = body?.data?.token;
    if (!response.ok || typeof value !== 'string') {
      throw new ConfdRequestError('POST', '/0.1/token', response.status, [
        response.status === 401
          ? `authentication failed for ${options.username}`
          : 'no token in the response',
      ]);
    }
    return value;
  }

  async function send(method: HttpMethod, path: string, body: unknown, fresh: boolean): Promise<unknown> {
    token ??= login();
    let current: string;
    try {
      current = await token;
    } catch (error) {
      token = undefined;
      throw error;
    }
    let response: Response;
    try {
      response = await fetch(`${base}/1.1${path}`, {
        method,
        headers: {
          'x-auth-token': current,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ConfdRequestError(method, path, 0, [describe(error)], { cause: error });
    }
    if (response.status === 401 && !fresh) {
      await response.body?.cancel();
      token = undefined;
      return send(method, path, body, true);
    }
    const text = await response.text();
    if (!response.ok) throw new ConfdRequestError(method, path, response.status, confdMessages(text));
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }

  return {
    async request(method, path, body) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send(method, path, body, false);
        } catch (error) {
          const transient =
            error instanceof ConfdRequestError &&
            (error.status === 0 || error.status === 429 || error.status >= 500);
          if (method !== 'GET' || !transient || attempt >= retries) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        }
      }
    },
  };
}

function confdMessages(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (Array.isArray(parsed)) return parsed.map(String);
    return [text.slice(0, 500)];
  } catch {
    return [text.slice(0, 500) || '(empty body)'];
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name === 'TimeoutError' ? 'timed out' : error.message}${cause}`;
  }
  return String(error);
}
