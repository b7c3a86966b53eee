import { readFileSync } from 'node:fs';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ConfigError } from '../../errors.ts';
import { findSchemaProblems } from './find-schema-problems.ts';
import type { SchemaName } from './schema.ts';
import { Semaphore } from './semaphore.ts';
import type { ListParams } from './types.ts';
import { confdResources } from './confd-resources.ts';
import type {
  HttpMethod,
  RequestOptions,
  XivoClient,
  XivoClientLogger,
  XivoClientOptions,
} from './xivo-client.ts';
import { redact, redactBody, XivoApiError } from './xivo-api-error.ts';
import type { AgentsAccess } from './agents-api.ts';
import { probeAgentsAccess } from './agents-access.ts';
import { WS_AGENTS_PATH, type WsSend } from './webservices-agents.ts';

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);
/**
 * Retried for idempotent methods. A 500 too: confd answers 500 for a transient database or bus failure
 * as well as for a bug, and it runs each request in one database transaction, so a repeated read, PUT
 * or DELETE cannot apply twice; a real bug costs `retries` attempts, then surfaces.
 */
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNREFUSED',
  'EAI_AGAIN',
]);
const MAX_BACKOFF_MS = 10_000;
/** Answers that say the server did nothing: too many requests, or not serving at all. */
const UNPROCESSED_STATUSES = new Set([429, 503]);

const stderrLogger: XivoClientLogger = {
  warn: (context, message) => process.stderr.write(`warning: ${message} ${JSON.stringify(context)}\n`),
};

interface Token {
  value: string;
  /** Local-clock time after which the token is renewed before use. */
  renewAt: number;
}

/**
 * A typed confd 1.1 client with xivo-auth tokens. Reads are retried with jittered exponential
 * backoff; a POST never is (a lost reply would create a duplicate). The password goes only to
 * xivo-auth; neither it nor the token appears in errors or logs.
 */
export function createXivoClient(options: XivoClientOptions): XivoClient {
  const confdBase = `${options.baseUrl.replace(/\/+$/, '').replace(/\/1\.1$/, '')}/1.1`;
  const authBase = `${(options.authUrl ?? defaultAuthUrl(options.baseUrl)).replace(/\/+$/, '').replace(/\/0\.1$/, '')}/0.1`;
  const retries = options.retries ?? 4;
  const deadlineMs = options.deadlineMs ?? 60_000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const backoffBaseMs = options.backoffBaseMs ?? 100;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? stderrLogger;
  const semaphore = new Semaphore(options.concurrency ?? 8);
  const basic = Buffer.from(`${options.username}:${options.password}`).toString('base64');
  // Every secret the client ever held, so a confd message echoing one cannot leak it.
  const secrets = [options.password, basic];
  const ws = options.webservices;
  const wsBasic = ws === undefined ? '' : Buffer.from(`${ws.username}:${ws.password}`).toString('base64');
  if (ws !== undefined) secrets.push(ws.password, wsBasic);

  if (options.insecure === true) {
    logger.warn({ baseUrl: options.baseUrl }, 'TLS certificate verification is disabled (insecure)');
  }
  const ca = options.ca ?? (options.caFile === undefined ? undefined : readCa(options.caFile));
  const httpAgent = options.httpAgent ?? new HttpAgent({ keepAlive: true });
  const httpsAgent =
    options.httpsAgent ??
    new HttpsAgent({
      keepAlive: true,
      rejectUnauthorized: options.insecure !== true,
      ...(ca === undefined ? {} : { ca }),
    });
  const http: AxiosInstance = axios.create({
    timeout: options.timeoutMs ?? 10_000,
    maxContentLength: maxResponseBytes,
    httpAgent,
    httpsAgent,
    // Statuses are ours to interpret (retry, renew, typed error); redirects would leak the token.
    validateStatus: () => true,
    maxRedirects: 0,
    proxy: false,
    responseType: 'json',
  });

  let token: Token | undefined;
  let login: Promise<Token> | undefined;

  async function currentToken(): Promise<string> {
    if (token !== undefined && now() < token.renewAt) return token.value;
    login ??= obtainToken().finally(() => {
      login = undefined;
    });
    token = await login;
    return token.value;
  }

  async function obtainToken(): Promise<Token> {
    const requestedAt = now();
    const expiration = options.tokenExpiration ?? 3600;
    const path = '/0.1/token';
    // A duplicate token is harmless, so this POST may be retried like a read.
    const response = await send('POST', `${authBase}/token`, path, {
      headers: { authorization: `Basic ${basic}` },
      data: { backend: options.backend ?? 'xivo_service', expiration },
      retryable: true,
    });
    if (response.status !== 200) throw apiError('POST', path, response);
    const body = validated(response, 'POST', path, 'token', false) as {
      data: { token: string; issued_at: string; expires_at: string };
    };
    secrets.push(body.data.token);
    // expires_at is server-local time without an offset: only the difference with issued_at means
    // anything. Renew at 80 % of the lifetime, measured on our own clock.
    const lifetimeMs = Date.parse(body.data.expires_at) - Date.parse(body.data.issued_at);
    const usable = Number.isFinite(lifetimeMs) && lifetimeMs > 0 ? lifetimeMs : expiration * 1000;
    return { value: body.data.token, renewAt: requestedAt + usable * 0.8 };
  }

  interface SendOptions {
    headers?: Record<string, string>;
    params?: ListParams;
    data?: unknown;
    /**
     * `true`: repeat after any transient failure (idempotent requests). `unprocessed`: only where the
     * server provably did nothing (a refused connection, 429, 503), so a POST never creates twice.
     */
    retryable: boolean | 'unprocessed';
  }

  /** One logical request: attempts, backoff and Retry-After; each attempt holds a concurrency slot. */
  async function send(
    method: HttpMethod,
    url: string,
    path: string,
    init: SendOptions,
  ): Promise<AxiosResponse> {
    for (let attempt = 0; ; attempt++) {
      let response: AxiosResponse;
      try {
        response = await semaphore.run(() =>
          http.request({
            signal: AbortSignal.timeout(deadlineMs),
            method,
            url,
            headers: { accept: 'application/json', ...init.headers },
            ...(init.params === undefined ? {} : { params: definedParams(init.params) }),
            ...(init.data === undefined ? {} : { data: init.data }),
          }),
        );
      } catch (error) {
        const code = axios.isAxiosError(error) ? (error.code ?? '') : '';
        const retry =
          init.retryable === 'unprocessed'
            ? code === 'ECONNREFUSED'
            : init.retryable && RETRY_CODES.has(code);
        if (retry && attempt < retries) {
          logger.debug?.({ method, path, code, attempt }, 'retrying after a network error');
          await sleep(backoff(attempt));
          continue;
        }
        throw networkError(method, path, error);
      }
      const transient =
        init.retryable === 'unprocessed'
          ? UNPROCESSED_STATUSES.has(response.status)
          : init.retryable && RETRY_STATUSES.has(response.status);
      if (attempt < retries && transient) {
        logger.debug?.({ method, path, status: response.status, attempt }, 'retrying');
        await sleep(retryAfter(response) ?? backoff(attempt));
        continue;
      }
      return response;
    }
  }

  function backoff(attempt: number): number {
    return Math.floor(random() * Math.min(MAX_BACKOFF_MS, backoffBaseMs * 2 ** attempt));
  }

  function retryAfter(response: AxiosResponse): number | undefined {
    const header: unknown = response.headers['retry-after'];
    if (typeof header !== 'string' || header === '') return undefined;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), maxRetryAfterMs) : undefined;
  }

  async function request(
    method: HttpMethod,
    path: string,
    body?: unknown,
    opts: RequestOptions = {},
  ): Promise<unknown> {
    const retryable = IDEMPOTENT.has(method) ? true : 'unprocessed';
    let usedToken = await currentToken();
    let response = await send(method, `${confdBase}${path}`, path, {
      headers: { 'x-auth-token': usedToken },
      ...(opts.params === undefined ? {} : { params: opts.params }),
      data: body,
      retryable,
    });
    if (response.status === 401) {
      // Expired or revoked (xivo-auth has no refresh): log in again, once, unless someone already did.
      if (token?.value === usedToken) token = undefined;
      usedToken = await currentToken();
      response = await send(method, `${confdBase}${path}`, path, {
        headers: { 'x-auth-token': usedToken },
        ...(opts.params === undefined ? {} : { params: opts.params }),
        data: body,
        retryable,
      });
    }
    if (response.status >= 400) throw apiError(method, path, response);
    if (response.status === 204 || response.data === '' || response.data === undefined) return undefined;
    return opts.schema === undefined
      ? (response.data as unknown)
      : validated(response, method, path, opts.schema, opts.list ?? false);
  }

  function validated(
    response: AxiosResponse,
    method: string,
    path: string,
    schema: SchemaName,
    list: boolean,
  ): unknown {
    const problems = findSchemaProblems(schema, response.data, list);
    if (problems.length > 0) throw new XivoApiError(method, redact(path, secrets), response.status, problems);
    return response.data;
  }

  function apiError(method: string, path: string, response: AxiosResponse): XivoApiError {
    return new XivoApiError(
      method,
      redact(path, secrets),
      response.status,
      errorMessages(response.data, response.status).map((m) => redact(m, secrets)),
    );
  }

  function networkError(method: string, path: string, error: unknown): XivoApiError {
    const code = axios.isAxiosError(error) ? error.code : undefined;
    let message = redact(error instanceof Error ? error.message : String(error), secrets);
    // axios reports both limits in its own words; say which limit, and its value.
    if (code === 'ERR_CANCELED')
      message = `no complete answer within ${deadlineMs / 1000} s (the deadline of a request)`;
    else if (/maxContentLength/.test(message))
      message = `the answer is larger than ${Math.round(maxResponseBytes / 1024 / 1024)} MiB (the largest accepted)`;
    // The axios error is not kept as cause: its config holds the token header.
    const cause = new Error(code === undefined ? message : `${code}: ${message}`);
    return new XivoApiError(method, redact(path, secrets), 0, [cause.message], { cause });
  }

  /** The web services authenticate every request with Basic auth; there is no token. */
  const wsSend: WsSend = async (method, query, body, retryable) => {
    const search = new URLSearchParams(query).toString();
    const path = `${WS_AGENTS_PATH}?${search}`;
    const base = (ws?.url ?? '').replace(/\/+$/, '');
    const response = await send(method, `${base}${path}`, path, {
      headers: { authorization: `Basic ${wsBasic}` },
      ...(body === undefined ? {} : { data: body }),
      retryable: retryable ? true : 'unprocessed',
    });
    return { status: response.status, data: response.data as unknown };
  };

  const resources = confdResources(request);
  let access: Promise<AgentsAccess> | undefined;
  return {
    request,
    ...resources,
    agentsAccess: () =>
      (access ??= probeAgentsAccess({
        probeConfd: async () => {
          await request('GET', '/agents', undefined, { params: { limit: 1 } });
        },
        confdAgents: resources.agents,
        ...(ws === undefined ? {} : { webservices: { send: wsSend, url: ws.url, username: ws.username } }),
      })),
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function defaultAuthUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.port = '9497';
  return url.origin;
}

function readCa(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ConfigError(`cannot read the XiVO CA file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** confd errors are a JSON array of strings; xivo-auth's are `{reason: [...]}`; the Digest 401 is text. */
function errorMessages(data: unknown, status: number): string[] {
  const safe = redactBody(data);
  if (Array.isArray(safe) && safe.every((m) => typeof m === 'string')) return safe;
  if (typeof safe === 'object' && safe !== null) {
    const reason = (safe as { reason?: unknown }).reason;
    if (Array.isArray(reason)) return reason.map(String);
    return [JSON.stringify(safe)];
  }
  if (typeof safe === 'string' && safe.trim() !== '') return [safe.trim().slice(0, 500)];
  return [`HTTP ${status}`];
}

function definedParams(params: ListParams): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out[key] = value;
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
