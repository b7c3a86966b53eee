import { readFileSync } from 'node:fs';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ConfigError } from '../../errors.ts';
import { XIVO_PAGE_SIZE } from '../../config/index.ts';
import { findSchemaProblems, type SchemaName } from './schema.ts';
import { Semaphore } from './semaphore.ts';
import type {
  ConfdAgent,
  ConfdBody,
  ConfdCallPermission,
  ConfdContext,
  ConfdEndpointSip,
  ConfdExtension,
  ConfdIncall,
  ConfdLine,
  ConfdList,
  ConfdUser,
  ConfdUserDirectory,
  ConfdVoicemail,
  Id,
  LineEndpointSipAssociation,
  LineExtensionAssociation,
  ListParams,
  UserAgentAssociation,
  UserCallPermissionAssociation,
  UserLineAssociation,
  UserRef,
  UserVoicemailAssociation,
} from './types.ts';
import { redact, XivoApiError } from './xivo-api-error.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

/** Where the client reports what a human should know (a disabled TLS check, retries). */
export interface XivoClientLogger {
  warn(context: Record<string, unknown>, message: string): void;
  debug?(context: Record<string, unknown>, message: string): void;
}

export interface XivoClientOptions {
  /** confd base URL, e.g. `https://xivo:9486` (a trailing `/1.1` is accepted). */
  baseUrl: string;
  /** xivo-auth base URL. (Default: `baseUrl`'s protocol and host on port 9497, as on XiVO; pass the emulator's URL for the emulator) */
  authUrl?: string;
  /** Webservice user login; read from the environment by the caller, never from a file. */
  username: string;
  /** Webservice user password; read from the environment by the caller, never from a file. */
  password: string;
  /** xivo-auth backend. (Default: `xivo_service`, the backend of webservice users) */
  backend?: string;
  /** Token lifetime asked for, in seconds. (Default: 3600) */
  tokenExpiration?: number;
  /** PEM file of the CA to trust for HTTPS, e.g. XiVO's self-signed `/usr/share/xivo-certs/server.crt`. (Default: the system CAs) */
  caFile?: string;
  /** PEM CA certificate(s), as an alternative to `caFile`. (Default: the system CAs) */
  ca?: string | Buffer;
  /** Skip TLS certificate verification. Prints a warning through `logger`. (Default: false) */
  insecure?: boolean;
  /** Per-request timeout in milliseconds. (Default: 10000) */
  timeoutMs?: number;
  /**
   * Retries of an idempotent request (GET/HEAD/PUT/DELETE, never POST) after 429/502/503/504, a
   * network error or a timeout; a GET/HEAD is retried after a 500 too. (Default: 4)
   */
  retries?: number;
  /** First backoff delay in milliseconds; doubles per attempt, with full jitter, capped at 10 s. (Default: 250) */
  backoffBaseMs?: number;
  /** Longest `Retry-After` honoured, in milliseconds; longer values are clamped. (Default: 60000) */
  maxRetryAfterMs?: number;
  /** Requests in flight at once. (Default: 8) */
  concurrency?: number;
  /** Where warnings go. (Default: one line on stderr) */
  logger?: XivoClientLogger;
  /** Replacement keep-alive agents (tests, proxies). (Default: keep-alive agents built from the TLS options) */
  httpAgent?: HttpAgent;
  httpsAgent?: HttpsAgent;
  /** Local clock in ms, used to renew the token before it expires. (Default: `Date.now`) */
  now?: () => number;
  /** Random source in [0, 1) for the backoff jitter. (Default: `Math.random`) */
  random?: () => number;
}

/** Options of one request. */
export interface RequestOptions {
  params?: ListParams;
  /** Validate the response body against this schema (or a `{total, items}` list of it). */
  schema?: SchemaName;
  list?: boolean;
}

/** CRUD of one confd collection. */
export interface ResourceApi<T> {
  list(params?: ListParams): Promise<ConfdList<T>>;
  /** Every row, one paged request per `pageSize` rows. */
  listAll(params?: ListParams, pageSize?: number): Promise<T[]>;
  get(id: Id): Promise<T>;
  /** 201: the created resource. */
  create(body: ConfdBody): Promise<T>;
  /** Partial update (only the sent fields change). */
  update(id: Id, body: ConfdBody): Promise<void>;
  delete(id: Id): Promise<void>;
}

export interface XivoClient {
  /**
   * Sends `METHOD /1.1<path>` and resolves to the parsed JSON body (undefined for 204). This is the
   * `ConfdPort` shape of `src/apply`, so the reconciler can run on this client.
   */
  request(method: HttpMethod, path: string, body?: unknown, options?: RequestOptions): Promise<unknown>;
  /** Every row of a paged confd list (`/users`, `/extensions`, …), in `pageSize` pages. (Default page: XIVO_PAGE_SIZE) */
  listAll<T = Record<string, unknown>>(
    resource: string,
    params?: ListParams,
    options?: { pageSize?: number; schema?: SchemaName },
  ): Promise<T[]>;
  users: Omit<ResourceApi<ConfdUser>, 'get' | 'update' | 'delete'> & {
    get(user: UserRef): Promise<ConfdUser>;
    update(user: UserRef, body: ConfdBody): Promise<void>;
    delete(user: UserRef): Promise<void>;
    /** `GET /users?view=directory`: carries `agent_id`, which full user rows lack in XiVO. */
    listDirectory(params?: ListParams): Promise<ConfdList<ConfdUserDirectory>>;
  };
  lines: ResourceApi<ConfdLine>;
  endpointsSip: ResourceApi<ConfdEndpointSip>;
  extensions: ResourceApi<ConfdExtension>;
  contexts: ResourceApi<ConfdContext>;
  incalls: ResourceApi<ConfdIncall>;
  voicemails: ResourceApi<ConfdVoicemail>;
  agents: ResourceApi<ConfdAgent>;
  callPermissions: ResourceApi<ConfdCallPermission>;
  userLines: {
    associate(user: UserRef, lineId: Id): Promise<void>;
    dissociate(user: UserRef, lineId: Id): Promise<void>;
    ofUser(user: UserRef): Promise<ConfdList<UserLineAssociation>>;
    ofLine(lineId: Id): Promise<ConfdList<UserLineAssociation>>;
  };
  lineEndpointSip: {
    associate(lineId: Id, sipId: Id): Promise<void>;
    dissociate(lineId: Id, sipId: Id): Promise<void>;
    ofLine(lineId: Id): Promise<LineEndpointSipAssociation>;
    ofEndpoint(sipId: Id): Promise<LineEndpointSipAssociation>;
  };
  lineExtensions: {
    associate(lineId: Id, extensionId: Id): Promise<void>;
    dissociate(lineId: Id, extensionId: Id): Promise<void>;
    ofLine(lineId: Id): Promise<ConfdList<LineExtensionAssociation>>;
    ofExtension(extensionId: Id): Promise<ConfdList<LineExtensionAssociation>>;
  };
  incallExtensions: {
    associate(incallId: Id, extensionId: Id): Promise<void>;
    dissociate(incallId: Id, extensionId: Id): Promise<void>;
  };
  userVoicemail: {
    associate(user: UserRef, voicemailId: Id): Promise<void>;
    /** XiVO dissociates a user's only voicemail without naming it. */
    dissociate(user: UserRef): Promise<void>;
    /** XiVO answers a single object, 404 when the user has none. */
    ofUser(user: UserRef): Promise<UserVoicemailAssociation>;
    ofVoicemail(voicemailId: Id): Promise<ConfdList<UserVoicemailAssociation>>;
  };
  userAgent: {
    associate(user: UserRef, agentId: Id): Promise<void>;
    dissociate(user: UserRef): Promise<void>;
    /** A single object, 404 when the user has no agent. */
    ofUser(user: UserRef): Promise<UserAgentAssociation>;
  };
  userCallPermissions: {
    associate(user: UserRef, callPermissionId: Id): Promise<void>;
    dissociate(user: UserRef, callPermissionId: Id): Promise<void>;
    ofUser(user: UserRef): Promise<ConfdList<UserCallPermissionAssociation>>;
    ofCallPermission(callPermissionId: Id): Promise<ConfdList<UserCallPermissionAssociation>>;
  };
  /** Closes the keep-alive connections. */
  close(): void;
}

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
/**
 * A 500 is retried for reads only: confd answers 500 for a transient database or bus failure as
 * well as for a bug, and repeating a read cannot change anything, whereas a PUT/DELETE that failed
 * half-way should surface.
 */
const SAFE = new Set<HttpMethod>(['GET', 'HEAD']);
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNREFUSED',
  'EAI_AGAIN',
]);
const MAX_BACKOFF_MS = 10_000;

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
  const backoffBaseMs = options.backoffBaseMs ?? 250;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? stderrLogger;
  const semaphore = new Semaphore(options.concurrency ?? 8);
  const basic = Buffer.from(`${options.username}:${options.password}`).toString('base64');
  // Every secret the client ever held, so a confd message echoing one cannot leak it.
  const secrets = [options.password, basic];

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
    retryable: boolean;
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
            method,
            url,
            headers: { accept: 'application/json', ...init.headers },
            ...(init.params === undefined ? {} : { params: definedParams(init.params) }),
            ...(init.data === undefined ? {} : { data: init.data }),
          }),
        );
      } catch (error) {
        const code = axios.isAxiosError(error) ? (error.code ?? '') : '';
        if (init.retryable && attempt < retries && RETRY_CODES.has(code)) {
          logger.debug?.({ method, path, code, attempt }, 'retrying after a network error');
          await sleep(backoff(attempt));
          continue;
        }
        throw networkError(method, path, error);
      }
      const transient = RETRY_STATUSES.has(response.status) || (response.status === 500 && SAFE.has(method));
      if (init.retryable && attempt < retries && transient) {
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
    const retryable = IDEMPOTENT.has(method);
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
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    // The axios error is not kept as cause: its config holds the token header.
    const cause = new Error(code === undefined ? message : `${code}: ${message}`);
    return new XivoApiError(method, redact(path, secrets), 0, [cause.message], { cause });
  }

  async function listAll<T>(
    resource: string,
    params: ListParams = {},
    opts: { pageSize?: number; schema?: SchemaName } = {},
  ): Promise<T[]> {
    const pageSize = opts.pageSize ?? XIVO_PAGE_SIZE;
    const rows: T[] = [];
    const seen = new Set<unknown>();
    let received = 0;
    for (let offset = 0; ; offset += pageSize) {
      const page = (await request('GET', resource, undefined, {
        params: { ...params, limit: pageSize, offset },
        ...(opts.schema === undefined ? {} : { schema: opts.schema, list: true }),
      })) as ConfdList<T> | undefined;
      const items = page?.items ?? [];
      received += items.length;
      for (const item of items) {
        // A row shifted across a page boundary by a concurrent write would otherwise appear twice.
        const id = (item as { id?: unknown }).id;
        if (id !== undefined && seen.has(id)) continue;
        seen.add(id);
        rows.push(item);
      }
      if (items.length < pageSize || received >= (page?.total ?? received)) return rows;
    }
  }

  function resource<T>(collection: string, schema: SchemaName): ResourceApi<T> {
    return {
      list: async (params) =>
        (await request('GET', collection, undefined, {
          ...(params === undefined ? {} : { params }),
          schema,
          list: true,
        })) as ConfdList<T>,
      listAll: (params, pageSize) =>
        listAll<T>(collection, params, { schema, ...(pageSize === undefined ? {} : { pageSize }) }),
      get: async (id) => (await request('GET', `${collection}/${seg(id)}`, undefined, { schema })) as T,
      create: async (body) => (await request('POST', collection, body, { schema })) as T,
      update: async (id, body) => {
        await request('PUT', `${collection}/${seg(id)}`, body);
      },
      delete: async (id) => {
        await request('DELETE', `${collection}/${seg(id)}`);
      },
    };
  }

  const write = async (method: 'PUT' | 'DELETE', path: string): Promise<void> => {
    await request(method, path);
  };
  const read = async <T>(path: string, schema: SchemaName, list: boolean): Promise<T> =>
    (await request('GET', path, undefined, { schema, list })) as T;

  const users = resource<ConfdUser>('/users', 'user');
  return {
    request,
    listAll: (collection, params, opts) => listAll(collection, params, opts),
    users: {
      ...users,
      get: async (user) =>
        (await request('GET', `/users/${seg(user)}`, undefined, { schema: 'user' })) as ConfdUser,
      update: async (user, body) => {
        await request('PUT', `/users/${seg(user)}`, body);
      },
      delete: (user) => write('DELETE', `/users/${seg(user)}`),
      listDirectory: async (params) =>
        (await request('GET', '/users', undefined, {
          params: { ...params, view: 'directory' },
          schema: 'userDirectory',
          list: true,
        })) as ConfdList<ConfdUserDirectory>,
    },
    lines: resource('/lines', 'line'),
    endpointsSip: resource('/endpoints/sip', 'endpointSip'),
    extensions: resource('/extensions', 'extension'),
    contexts: resource('/contexts', 'context'),
    incalls: resource('/incalls', 'incall'),
    voicemails: resource('/voicemails', 'voicemail'),
    agents: resource('/agents', 'agent'),
    callPermissions: resource('/callpermissions', 'callPermission'),
    userLines: {
      associate: (u, l) => write('PUT', `/users/${seg(u)}/lines/${seg(l)}`),
      dissociate: (u, l) => write('DELETE', `/users/${seg(u)}/lines/${seg(l)}`),
      ofUser: (u) => read(`/users/${seg(u)}/lines`, 'userLine', true),
      ofLine: (l) => read(`/lines/${seg(l)}/users`, 'userLine', true),
    },
    lineEndpointSip: {
      associate: (l, s) => write('PUT', `/lines/${seg(l)}/endpoints/sip/${seg(s)}`),
      dissociate: (l, s) => write('DELETE', `/lines/${seg(l)}/endpoints/sip/${seg(s)}`),
      ofLine: (l) => read(`/lines/${seg(l)}/endpoints/sip`, 'lineEndpointSip', false),
      ofEndpoint: (s) => read(`/endpoints/sip/${seg(s)}/lines`, 'lineEndpointSip', false),
    },
    lineExtensions: {
      associate: (l, e) => write('PUT', `/lines/${seg(l)}/extensions/${seg(e)}`),
      dissociate: (l, e) => write('DELETE', `/lines/${seg(l)}/extensions/${seg(e)}`),
      ofLine: (l) => read(`/lines/${seg(l)}/extensions`, 'lineExtension', true),
      ofExtension: (e) => read(`/extensions/${seg(e)}/lines`, 'lineExtension', true),
    },
    incallExtensions: {
      associate: (i, e) => write('PUT', `/incalls/${seg(i)}/extensions/${seg(e)}`),
      dissociate: (i, e) => write('DELETE', `/incalls/${seg(i)}/extensions/${seg(e)}`),
    },
    userVoicemail: {
      associate: (u, v) => write('PUT', `/users/${seg(u)}/voicemails/${seg(v)}`),
      dissociate: (u) => write('DELETE', `/users/${seg(u)}/voicemails`),
      ofUser: (u) => read(`/users/${seg(u)}/voicemails`, 'userVoicemail', false),
      ofVoicemail: (v) => read(`/voicemails/${seg(v)}/users`, 'userVoicemail', true),
    },
    userAgent: {
      associate: (u, a) => write('PUT', `/users/${seg(u)}/agents/${seg(a)}`),
      dissociate: (u) => write('DELETE', `/users/${seg(u)}/agents`),
      ofUser: (u) => read(`/users/${seg(u)}/agents`, 'userAgent', false),
    },
    userCallPermissions: {
      associate: (u, p) => write('PUT', `/users/${seg(u)}/callpermissions/${seg(p)}`),
      dissociate: (u, p) => write('DELETE', `/users/${seg(u)}/callpermissions/${seg(p)}`),
      ofUser: (u) => read(`/users/${seg(u)}/callpermissions`, 'userCallPermission', true),
      ofCallPermission: (p) => read(`/callpermissions/${seg(p)}/users`, 'userCallPermission', true),
    },
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
  if (Array.isArray(data) && data.every((m) => typeof m === 'string')) return data;
  if (typeof data === 'object' && data !== null) {
    const reason = (data as { reason?: unknown }).reason;
    if (Array.isArray(reason)) return reason.map(String);
    return [JSON.stringify(data)];
  }
  if (typeof data === 'string' && data.trim() !== '') return [data.trim().slice(0, 500)];
  return [`HTTP ${status}`];
}

function definedParams(params: ListParams): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) out[key] = value;
  return out;
}

function seg(id: UserRef): string {
  return encodeURIComponent(String(id));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
