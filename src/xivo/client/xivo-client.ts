import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { AgentsAccess } from './agents-api.ts';
import type { SchemaName } from './schema.ts';
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
  /**
   * The web-services user that manages agents where confd has no `/1.1/agents` (XiVO 16.15), and the
   * web interface's base URL (`https://xivo`). Same TLS settings as confd. (Default: none; agents are
   * then unavailable on such a server)
   */
  webservices?: { url: string; username: string; password: string };
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
  /** Longest silence while waiting for an answer, in milliseconds. (Default: 10000) */
  timeoutMs?: number;
  /**
   * Longest time for a whole answer, headers and body together, per attempt, in milliseconds: a
   * server that drips its answer byte by byte is cut off here. (Default: 60000)
   */
  deadlineMs?: number;
  /** Largest answer accepted, in bytes. (Default: 64 MiB) */
  maxResponseBytes?: number;
  /**
   * Retries of an idempotent request (GET/HEAD/PUT/DELETE) after 429/502/503/504, a
   * network error or a timeout; a GET/HEAD is retried after a 500 too. A POST is retried only where
   * the server provably did nothing: a refused connection, 429 or 503. (Default: 4)
   */
  retries?: number;
  /** First backoff delay in milliseconds; doubles per attempt, with full jitter, capped at 10 s. (Default: 100) */
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
  /** Every row, each page handed to `onPage` as it arrives and not kept. (Default page: XIVO_PAGE_SIZE) */
  forEachPage(onPage: (rows: T[]) => void, params?: ListParams, pageSize?: number): Promise<void>;
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
  /** `listAll`, each page handed to `onPage` as it arrives and not kept. */
  forEachPage<T = Record<string, unknown>>(
    resource: string,
    params: ListParams,
    options: { pageSize?: number; schema?: SchemaName },
    onPage: (rows: T[]) => void,
  ): Promise<void>;
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
  /** confd's agents, on servers that have them (not XiVO 16.15): use `agentsAccess()`. */
  agents: ResourceApi<ConfdAgent>;
  /**
   * Which agents API this server has, asked once per client: `GET /1.1/agents?limit=1` answering 200
   * means confd; 404 means the web services, when `webservices` credentials are given and accepted.
   */
  agentsAccess(): Promise<AgentsAccess>;
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
