import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { ReconcilerError } from '../errors.ts';
import { XivoApiError } from '../xivo/index.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The one thing apply needs from XiVO: a confd request. Kept this narrow so the reconciler can run on
 * the project's typed client (`src/xivo`) or on `createConfdPort` alike.
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

/**
 * A refusal or failure reported by confd, from either transport (the typed client's XivoApiError or
 * this port's ConfdRequestError): both carry method, path, status and confd's messages.
 */
export function isConfdError(error: unknown): error is ConfdRequestError | XivoApiError {
  return error instanceof ConfdRequestError || error instanceof XivoApiError;
}

export interface ConfdPortOptions {
  /** XiVO base URL: auth under `/0.1`, confd under `/1.1` (the emulator's URL, or a proxy in front of XiVO). */
  baseUrl: string;
  /** Base URL of xivo-auth when it is not on `baseUrl` (XiVO: `https://host:9497`). (Default: `baseUrl`) */
  authUrl?: string;
  username: string;
  password: string;
  /** PEM CA certificate(s) trusted for HTTPS, e.g. XiVO's self-signed `server.crt`. (Default: the system CAs) */
  ca?: string | Buffer;
  /** Per-request timeout in milliseconds. (Default: 30000) */
  timeoutMs?: number;
  /** Retries of a GET after a network error, 5xx or 429. Writes are never retried blindly. (Default: 3) */
  retries?: number;
}

/**
 * A confd client over node:http(s) with xivo-auth tokens (`xivo_service` backend): logs in on first
 * use, logs in again once on 401 (tokens expire without refresh). Connections are kept alive. The
 * password is only ever sent to xivo-auth and never appears in errors.
 */
export function createConfdPort(options: ConfdPortOptions): ConfdPort {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authBase = (options.authUrl ?? options.baseUrl).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const agents = {
    http: new HttpAgent({ keepAlive: true }),
    https: new HttpsAgent({ keepAlive: true, ...(options.ca === undefined ? {} : { ca: options.ca }) }),
  };
  const call = (url: string, method: string, headers: Record<string, string>, payload?: string) =>
    httpCall(url, method, headers, payload, timeoutMs, agents);
  let token: Promise<string> | undefined;

  async function login(): Promise<string> {
    const basic = Buffer.from(`${options.username}:${options.password}`).toString('base64');
    let response: HttpReply;
    try {
      response = await call(
        `${authBase}/0.1/token`,
        'POST',
        { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
        JSON.stringify({ backend: 'xivo_service', expiration: 3600 }),
      );
    } catch (error) {
      throw new ConfdRequestError('POST', '/0.1/token', 0, [describe(error)], { cause: error });
    }
    const body = parseJson(response.text) as { data?: { token?: string } } | null;
    const value = body?.data?.token;
    if (response.status !== 200 || typeof value !== 'string') {
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
    let response: HttpReply;
    try {
      response = await call(
        `${base}/1.1${path}`,
        method,
        {
          'x-auth-token': current,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body === undefined ? undefined : JSON.stringify(body),
      );
    } catch (error) {
      throw new ConfdRequestError(method, path, 0, [describe(error)], { cause: error });
    }
    if (response.status === 401 && !fresh) {
      token = undefined;
      return send(method, path, body, true);
    }
    const text = response.text;
    if (response.status < 200 || response.status >= 300) {
      throw new ConfdRequestError(method, path, response.status, confdMessages(text));
    }
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

interface HttpReply {
  status: number;
  text: string;
}

/** One HTTP exchange; rejects on network errors and on the timeout, never on an HTTP status. */
function httpCall(
  url: string,
  method: string,
  headers: Record<string, string>,
  payload: string | undefined,
  timeoutMs: number,
  agents: { http: HttpAgent; https: HttpsAgent },
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method,
        headers:
          payload === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(payload) },
        agent: secure ? agents.https : agents.http,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
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
  return error instanceof Error ? error.message : String(error);
}
