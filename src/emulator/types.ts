/**
 * Public types of the XiVO emulator. Row shapes mirror the confd 1.1 resources of XiVO 16.15
 * (agents: wazo-confd agent.yml); relation fields are computed at response time, never stored.
 */

/**
 * Which XiVO to be. `xivo-16.15`: confd exactly as its 16.15 specs (no `/1.1/agents`), agents through
 * the web interface's web services. `xivo-confd-agents`: agents as confd objects (wazo-confd), for
 * servers that have them; no web services.
 */
export type EmulatorFlavour = 'xivo-16.15' | 'xivo-confd-agents';

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** (Default: `xivo-16.15`) */
  flavour?: EmulatorFlavour;
  /**
   * The one _web services access_ account of the agents web services (HTTP Basic). Without both, no
   * account exists and every restricted request is refused. (Default: none)
   */
  wsUser?: string;
  wsPassword?: string;
  /** Interface to listen on. (Default: `127.0.0.1`) */
  host?: string;
  /** TCP port; 0 picks a free port. (Default: 0) */
  port?: number;
  /**
   * Serve auth on this separate port and confd only on `port`, as XiVO does (9497 / 9486);
   * 0 picks a free port. (Default: auth and confd share `port`)
   */
  authPort?: number;
  /** PEM certificate and key: serve HTTPS instead of plain HTTP. (Default: plain HTTP) */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Login of the webservice user (xivo-auth backend `xivo_service`). */
  authUser: string;
  /** Password of the webservice user. */
  authPassword: string;
  /** ACLs granted to tokens of the webservice user. (Default: `['confd.#']`) */
  acls?: string[];
  /**
   * Initial content. `example` creates the wizard contexts (`default`, `from-extern`, `to-extern`) with
   * ranges and a few hand-made users/extensions that no tool manages. Ignored when `dataFile`
   * already exists. (Default: `none`)
   */
  seed?: 'example' | 'none';
  /** JSON file the tables are loaded from and saved to, so state survives restarts. (Default: none) */
  dataFile?: string;
  /** Token lifetime when the client sends no `expiration`, in seconds. (Default: 7200, as xivo-auth) */
  tokenLifetimeSeconds?: number;
  /** Clock in ms since the epoch; tests move it to expire tokens. (Default: `Date.now`) */
  clock?: () => number;
  /** Fault injection, changeable later with `setFaults`. (Default: none) */
  faults?: FaultOptions;
}

/** Fault injection. Rates are fractions of eligible requests (0..1), drawn from a seeded PRNG. */
export interface FaultOptions {
  /** Fraction answered 500/502/503 with a JSON array body. (Default: 0) */
  errorRate?: number;
  /** Fraction that never answer: the socket is held until the client gives up. (Default: 0) */
  timeoutRate?: number;
  /** Fraction whose connection is destroyed without a response. (Default: 0) */
  resetRate?: number;
  /** Fraction answered 429 with `Retry-After`. (Default: 0) */
  rateLimitRate?: number;
  /** Value of `Retry-After` on injected 429s, in seconds. (Default: 1) */
  retryAfterSeconds?: number;
  /** Latency added to every eligible request, fixed or uniform in [min, max]. (Default: 0) */
  latencyMs?: number | { min: number; max: number };
  /** PRNG seed, so a run is reproducible. (Default: 1) */
  seed?: number;
  /** Only these HTTP methods are eligible. (Default: all) */
  methods?: string[];
  /** `POST /0.1/token` is eligible too. (Default: false: clients must always be able to log in) */
  includeAuth?: boolean;
  /**
   * `before`: a faulted request is not executed. `after`: it is executed and then its response is
   * replaced by the fault, like a reply lost on the way back (retries of a POST then duplicate).
   * (Default: `before`)
   */
  phase?: 'before' | 'after';
}

export interface RequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Route template such as `/1.1/users/{user_id}`, or the path for unknown routes. */
  route: string;
  /** HTTP status sent; 0 when the connection was reset or held. */
  status: number;
}

export interface RequestLog {
  entries: RequestLogEntry[];
  /** Requests per `"METHOD /path"` (literal path, no query), e.g. `"GET /1.1/users"`. */
  counts(): Record<string, number>;
  /** Requests per `"METHOD /route/{template}"`, e.g. `"PUT /1.1/users/{user_id}/lines/{line_id}"`. */
  countsByRoute(): Record<string, number>;
  /** Number of writes: confd (`/1.1`) POST, PUT and DELETE requests, and web-services add, edit, delete and deleteall. */
  countWrites(): number;
  reset(): void;
}

export interface RunningEmulator {
  flavour: EmulatorFlavour;
  /** The agents web services (`xivo-16.15` only): `<url>/callcenter/json.php/restricted/settings/agents/`. */
  agentsWebServiceUrl?: string;
  /** `http://127.0.0.1:PORT` (`https` with `tls`): confd at `/1.1`, and auth at `/0.1` unless `authPort` is set. */
  url: string;
  port: number;
  /** Base URL of auth (`/0.1`): `url` unless `authPort` is set. */
  authUrl: string;
  setFaults(faults: FaultOptions): void;
  requestLog: RequestLog;
  /** Bulk creation without HTTP, through the same validation as HTTP. Throws on the first refusal. */
  seed(data: SeedData): SeedResult;
  /** Deep copy of all tables. */
  snapshot(): EmulatorData;
  revokeAllTokens(): void;
  close(): Promise<void>;
}

/** A JSON body as a client would send it. */
export type JsonBody = Record<string, unknown>;

/** One fully provisioned person: each part is created and associated as the HTTP recipe would. */
export interface SeedUser {
  /** `POST /users` body. */
  user: JsonBody;
  /** A line with a SIP endpoint (always), optionally an internal extension. */
  line?: {
    /** `POST /lines` body (must hold `context`). */
    line: JsonBody;
    /** `POST /endpoints/sip` body. (Default: `{}`, generated credentials) */
    endpointSip?: JsonBody;
    /** `POST /extensions` body, associated to the line. */
    extension?: JsonBody;
    /**
     * A provisioned phone on the line (provd device id). confd has no call to attach one (provd
     * does), so only a seed can; such a line cannot be dissociated, as on a real XiVO.
     */
    deviceId?: string;
  };
  /** A DID: an incall to this user plus its extension in an incall context. */
  incall?: {
    /** `POST /extensions` body (incall context). */
    extension: JsonBody;
    /** Extra `POST /incalls` fields; `destination` is set to this user. */
    incall?: JsonBody;
  };
  /** `POST /voicemails` body, associated to the user. */
  voicemail?: JsonBody;
  /**
   * `POST /agents` body (plus the web services' `context`, default `default`), associated to the
   * user, and its queue memberships (queues of `SeedData.queues`).
   */
  agent?: JsonBody & { queues?: Array<{ name: string; penalty?: number }> };
  /** Names of call permissions (from `SeedData.callPermissions` or already present). */
  callPermissions?: string[];
}

export interface SeedData {
  contexts?: JsonBody[];
  /** Call-center queue names (queues have no confd CRUD here; agents join them). */
  queues?: string[];
  callPermissions?: JsonBody[];
  /** Extensions not associated to anything (hand-made leftovers). */
  extensions?: JsonBody[];
  users?: SeedUser[];
}

export interface SeededUser {
  userId: number;
  uuid: string;
  lineId?: number;
  sipId?: number;
  extensionId?: number;
  incallId?: number;
  didExtensionId?: number;
  voicemailId?: number;
  agentId?: number;
}

export interface SeedResult {
  contexts: number[];
  callPermissions: number[];
  extensions: number[];
  users: SeededUser[];
}

export interface ContextRange {
  start: string;
  end: string;
}

export interface ContextIncallRange extends ContextRange {
  did_length: number;
}

export interface UserForwardRow {
  enabled: boolean;
  destination: string | null;
}

export interface UserRow {
  id: number;
  uuid: string;
  firstname: string;
  lastname: string | null;
  email: string | null;
  timezone: string | null;
  language: string | null;
  description: string | null;
  caller_id: string | null;
  outgoing_caller_id: string | null;
  mobile_phone_number: string | null;
  username: string | null;
  password: string | null;
  music_on_hold: string | null;
  preprocess_subroutine: string | null;
  userfield: string | null;
  call_transfer_enabled: boolean;
  dtmf_hangup_enabled: boolean;
  call_record_enabled: boolean;
  online_call_record_enabled: boolean;
  supervision_enabled: boolean;
  ring_seconds: number;
  simultaneous_calls: number;
  call_permission_password: string | null;
  enabled: boolean;
  forwards: { busy: UserForwardRow; noanswer: UserForwardRow; unconditional: UserForwardRow };
  services: { dnd: { enabled: boolean }; incallfilter: { enabled: boolean } };
}

export interface LineRow {
  id: number;
  context: string;
  position: number;
  caller_id_name: string | null;
  caller_id_num: string | null;
  provisioning_code: string;
  registrar: string;
  device_id: string | null;
}

export interface EndpointSipRow {
  id: number;
  username: string;
  secret: string;
  type: string;
  host: string;
  options: string[][];
}

export interface ExtensionRow {
  id: number;
  exten: string;
  context: string;
  commented: boolean;
}

export interface ContextRow {
  id: number;
  name: string;
  label: string | null;
  type: string;
  user_ranges: ContextRange[];
  group_ranges: ContextRange[];
  queue_ranges: ContextRange[];
  conference_room_ranges: ContextRange[];
  incall_ranges: ContextIncallRange[];
  description: string | null;
  enabled: boolean;
}

export interface IncallRow {
  id: number;
  preprocess_subroutine: string | null;
  description: string | null;
  caller_id_mode: string | null;
  caller_id_name: string | null;
  destination: JsonBody;
}

export interface VoicemailRow {
  id: number;
  name: string;
  number: string;
  context: string;
  password: string | null;
  email: string | null;
  pager: string | null;
  language: string | null;
  timezone: string | null;
  max_messages: number | null;
  attach_audio: boolean | null;
  delete_messages: boolean;
  ask_password: boolean;
  enabled: boolean;
  options: string[][];
}

export interface AgentRow {
  id: number;
  number: string;
  firstname: string | null;
  lastname: string | null;
  password: string | null;
  language: string | null;
  preprocess_subroutine: string | null;
  description: string | null;
  /** Web-services columns (agentfeatures); absent from confd's agent body. Null in old data files. */
  context?: string | null;
  numgroup?: number;
  autologoff?: number;
}

export interface CallPermissionRow {
  id: number;
  name: string;
  password: string | null;
  mode: string;
  enabled: boolean;
  description: string | null;
  extensions: string[];
}

/** Every table and association, as persisted in `dataFile` and returned by `snapshot()`. */
export interface EmulatorData {
  version: 1;
  users: UserRow[];
  lines: LineRow[];
  endpointsSip: EndpointSipRow[];
  extensions: ExtensionRow[];
  contexts: ContextRow[];
  incalls: IncallRow[];
  voicemails: VoicemailRow[];
  agents: AgentRow[];
  callPermissions: CallPermissionRow[];
  /** In association order: a user's first line is its main line, a line's first user its main user. */
  userLines: Array<{ user_id: number; line_id: number }>;
  lineEndpointsSip: Array<{ line_id: number; endpoint_id: number }>;
  lineExtensions: Array<{ line_id: number; extension_id: number }>;
  incallExtensions: Array<{ incall_id: number; extension_id: number }>;
  userVoicemails: Array<{ user_id: number; voicemail_id: number }>;
  userAgents: Array<{ user_id: number; agent_id: number }>;
  userCallPermissions: Array<{ user_id: number; call_permission_id: number }>;
  /** Call-center queues and the agents' memberships (absent in data files of older versions). */
  queues?: string[];
  agentQueues?: Array<{ agent_id: number; queue_name: string; penalty: number }>;
  agentSkills?: Array<{ agent_id: number; skill_id: string; weight: number }>;
  nextIds: Record<string, number>;
}
