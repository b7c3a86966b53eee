import { randomBytes, randomUUID } from 'node:crypto';
import { errors, ConfdError } from './errors.ts';
import { parseBody, isObject } from './fields.ts';
import {
  DIGITS,
  REGISTRARS,
  TIMEZONES,
  USER_SCHEMA,
  LINE_SCHEMA,
  SIP_SCHEMA,
  EXTENSION_SCHEMA,
  CONTEXT_SCHEMA,
  INCALL_SCHEMA,
  VOICEMAIL_SCHEMA,
  AGENT_SCHEMA,
  CALL_PERMISSION_SCHEMA,
  DESTINATION_SCHEMAS,
  UNSUPPORTED_TARGETS,
} from './schemas.ts';
import type {
  AgentRow,
  CallPermissionRow,
  ContextIncallRange,
  ContextRange,
  ContextRow,
  EmulatorData,
  EndpointSipRow,
  ExtensionRow,
  IncallRow,
  JsonBody,
  LineRow,
  UserRow,
  VoicemailRow,
} from './types.ts';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

// Random bytes are drawn in blocks: one crypto call per character made seeding 20k users slow.
let randomPool = randomBytes(4096);
let randomOffset = 0;

function randomToken(length: number, alphabet: string): string {
  let out = '';
  while (out.length < length) {
    if (randomOffset >= randomPool.length) {
      randomPool = randomBytes(4096);
      randomOffset = 0;
    }
    const byte = randomPool[randomOffset++] ?? 0;
    // Rejection sampling keeps the draw uniform when 256 is not a multiple of the alphabet size.
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
  }
  return out;
}

function normaliseRanges(value: unknown): ContextRange[] {
  return (value as Array<{ start: string; end?: string | null }>).map((r) => ({
    start: r.start,
    end: r.end ?? r.start,
  }));
}

function normaliseIncallRanges(value: unknown): ContextIncallRange[] {
  return (value as Array<{ start: string; end?: string | null; did_length?: number }>).map((r) => ({
    start: r.start,
    end: r.end ?? r.start,
    did_length: r.did_length ?? 0,
  }));
}

/**
 * xivo-dao `contextnumbers.in_range`: compare `int(exten)` with the last `did_length` digits of the
 * range bounds (`did_length` 0 compares whole numbers, since `s[-0:]` is the whole string).
 */
function inRange(exten: string, range: ContextRange, didLength: number): boolean {
  if (!DIGITS.test(exten)) return false;
  const cut = (bound: string): bigint => BigInt(didLength > 0 ? bound.slice(-didLength) : bound);
  const value = BigInt(exten);
  return cut(range.start) <= value && value <= cut(range.end);
}

/** Removes one value from the array stored under `key`, dropping the entry when it empties. */
function pull<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (!values) return;
  const index = values.indexOf(value);
  if (index >= 0) values.splice(index, 1);
  if (values.length === 0) map.delete(key);
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function setAdd<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

function setDelete<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const values = map.get(key);
  if (!values) return;
  values.delete(value);
  if (values.size === 0) map.delete(key);
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The emulated confd database: tables in maps by id, unique keys in maps by value, and every
 * association indexed in both directions, so each rule check is O(1). All writes, from HTTP or
 * from `seed()`, go through the methods of this class.
 */
export class ConfdStore {
  readonly users = new Map<number, UserRow>();
  readonly lines = new Map<number, LineRow>();
  readonly endpointsSip = new Map<number, EndpointSipRow>();
  readonly extensions = new Map<number, ExtensionRow>();
  readonly contexts = new Map<number, ContextRow>();
  readonly incalls = new Map<number, IncallRow>();
  readonly voicemails = new Map<number, VoicemailRow>();
  readonly agents = new Map<number, AgentRow>();
  readonly callPermissions = new Map<number, CallPermissionRow>();

  // Unique keys.
  private readonly userByUuid = new Map<string, number>();
  private readonly userByEmail = new Map<string, number>();
  private readonly userByUsername = new Map<string, number>();
  private readonly lineByProvCode = new Map<string, number>();
  private readonly sipByUsername = new Map<string, number>();
  private readonly extensionByKey = new Map<string, number>();
  private readonly contextByName = new Map<string, number>();
  private readonly voicemailByKey = new Map<string, number>();
  private readonly agentByNumber = new Map<string, number>();
  private readonly permissionByName = new Map<string, number>();

  // Associations, both directions. Arrays keep association order (main line / main user first).
  readonly userLines = new Map<number, number[]>();
  readonly lineUsers = new Map<number, number[]>();
  readonly lineSip = new Map<number, number>();
  readonly sipLine = new Map<number, number>();
  readonly lineExtension = new Map<number, number>();
  readonly extensionLines = new Map<number, number[]>();
  readonly incallExtension = new Map<number, number>();
  readonly extensionIncall = new Map<number, number>();
  readonly userVoicemail = new Map<number, number>();
  readonly voicemailUsers = new Map<number, number[]>();
  readonly userAgent = new Map<number, number>();
  readonly agentUsers = new Map<number, number[]>();
  readonly userPermissions = new Map<number, Set<number>>();
  readonly permissionUsers = new Map<number, Set<number>>();
  /** Incalls whose destination is a user, by user id (for `user.incalls`). */
  readonly userIncalls = new Map<number, Set<number>>();
  /** Counts of rows holding a context by name (extensions, voicemails), for its delete guard. */
  private readonly contextRefs = new Map<string, { Extension: number; Voicemail: number }>();

  /** Chronological order of user↔line associations, which decides main line and main user. */
  private readonly userLineOrder = new Map<string, number>();
  private userLineSequence = 0;
  private nextIds: Record<string, number> = {};
  /** Called after every successful write (persistence hook). */
  onChange: () => void = () => undefined;
  private revision = 0;

  /**
   * Bumped by every write, whatever it touches: list caches compare it, and list columns read
   * other tables and associations, so no write is too small to count.
   */
  get version(): number {
    return this.revision;
  }

  /** For writes that may have happened outside the store methods' own bookkeeping (failed requests). */
  touch(): void {
    this.revision++;
  }

  private changed(): void {
    this.revision++;
    this.onChange();
  }

  private nextId(table: string): number {
    const id = this.nextIds[table] ?? 1;
    this.nextIds[table] = id + 1;
    return id;
  }

  // ---------- lookups ----------

  getUser(idOrUuid: string | number): UserRow {
    const key = String(idOrUuid);
    const id = DIGITS.test(key) ? Number(key) : this.userByUuid.get(key);
    const user = id === undefined ? undefined : this.users.get(id);
    if (!user) {
      throw errors.notFound('User', DIGITS.test(key) ? { id: Number(key) } : { uuid: key });
    }
    return user;
  }

  private getRow<Row>(table: Map<number, Row>, what: string, rawId: string | number): Row {
    const key = String(rawId);
    const row = DIGITS.test(key) ? table.get(Number(key)) : undefined;
    // Non-numeric ids never reach a row: flask's `<int:id>` converter answers 404 for them.
    if (!row) throw errors.notFound(what, { id: DIGITS.test(key) ? Number(key) : key });
    return row;
  }

  getLine = (id: string | number): LineRow => this.getRow(this.lines, 'Line', id);
  getSip = (id: string | number): EndpointSipRow => this.getRow(this.endpointsSip, 'SIPEndpoint', id);
  getExtension = (id: string | number): ExtensionRow => this.getRow(this.extensions, 'Extension', id);
  getContext = (id: string | number): ContextRow => this.getRow(this.contexts, 'Context', id);
  getIncall = (id: string | number): IncallRow => this.getRow(this.incalls, 'Incall', id);
  getVoicemail = (id: string | number): VoicemailRow => this.getRow(this.voicemails, 'Voicemail', id);
  getAgent = (id: string | number): AgentRow => this.getRow(this.agents, 'Agent', id);
  getCallPermission = (id: string | number): CallPermissionRow =>
    this.getRow(this.callPermissions, 'CallPermission', id);

  contextByNameOrNull(name: string): ContextRow | undefined {
    const id = this.contextByName.get(name);
    return id === undefined ? undefined : this.contexts.get(id);
  }

  /** `FindResource('context', …)`: a body naming an unknown context is an input error. */
  private requireContext(name: string): ContextRow {
    const context = this.contextByNameOrNull(name);
    if (!context) throw errors.paramNotFound('context', 'Context', { context: name });
    return context;
  }

  private refContext(name: string, kind: 'Extension' | 'Voicemail', delta: number): void {
    const refs = this.contextRefs.get(name) ?? { Extension: 0, Voicemail: 0 };
    refs[kind] += delta;
    this.contextRefs.set(name, refs);
  }

  mainLineId(userId: number): number | undefined {
    return this.userLines.get(userId)?.[0];
  }

  /** The user's main line's extension, source of `exten`/`context` in user lists and views. */
  mainExtension(userId: number): ExtensionRow | undefined {
    const lineId = this.mainLineId(userId);
    const extensionId = lineId === undefined ? undefined : this.lineExtension.get(lineId);
    return extensionId === undefined ? undefined : this.extensions.get(extensionId);
  }

  // ---------- users ----------

  createUser(body: unknown): UserRow {
    const fields = parseBody(body, USER_SCHEMA, ['firstname'], false);
    this.checkUserUnique(fields, undefined);
    const id = this.nextId('users');
    const disabled = { enabled: false, destination: null };
    const user: UserRow = {
      id,
      uuid: randomUUID(),
      firstname: fields['firstname'] as string,
      lastname: str(fields['lastname']),
      email: str(fields['email']),
      timezone: str(fields['timezone']),
      language: str(fields['language']),
      description: str(fields['description']),
      caller_id: str(fields['caller_id']),
      outgoing_caller_id: str(fields['outgoing_caller_id']),
      mobile_phone_number: str(fields['mobile_phone_number']),
      username: str(fields['username']),
      password: str(fields['password']),
      music_on_hold: str(fields['music_on_hold']),
      preprocess_subroutine: str(fields['preprocess_subroutine']),
      // user/api.yml: "If the user has no userfield, then this field is an empty string."
      userfield: str(fields['userfield']) ?? '',
      call_transfer_enabled: (fields['call_transfer_enabled'] as boolean | undefined) ?? false,
      dtmf_hangup_enabled: (fields['dtmf_hangup_enabled'] as boolean | undefined) ?? false,
      call_record_enabled: (fields['call_record_enabled'] as boolean | undefined) ?? false,
      online_call_record_enabled: (fields['online_call_record_enabled'] as boolean | undefined) ?? false,
      supervision_enabled: (fields['supervision_enabled'] as boolean | undefined) ?? true,
      ring_seconds: (fields['ring_seconds'] as number | undefined) ?? 30,
      simultaneous_calls: (fields['simultaneous_calls'] as number | undefined) ?? 5,
      call_permission_password: str(fields['call_permission_password']),
      enabled: (fields['enabled'] as boolean | undefined) ?? true,
      forwards: { busy: { ...disabled }, noanswer: { ...disabled }, unconditional: { ...disabled } },
      services: { dnd: { enabled: false }, incallfilter: { enabled: false } },
    };
    user.caller_id ??= this.defaultCallerId(user);
    this.users.set(id, user);
    this.indexUser(user);
    this.changed();
    return user;
  }

  /** xivo-dao `fill_caller_id`: `"Firstname Lastname"` when none is given. */
  private defaultCallerId(user: UserRow): string {
    return `"${`${user.firstname} ${user.lastname ?? ''}`.trim()}"`;
  }

  private checkUserUnique(fields: JsonBody, selfId: number | undefined): void {
    const email = str(fields['email']);
    if (email !== null) {
      const owner = this.userByEmail.get(email);
      if (owner !== undefined && owner !== selfId) throw errors.resourceExists('User', { email });
    }
    const username = str(fields['username']);
    if (username !== null) {
      const owner = this.userByUsername.get(username);
      if (owner !== undefined && owner !== selfId) throw errors.resourceExists('User', { username });
    }
  }

  private indexUser(user: UserRow): void {
    this.userByUuid.set(user.uuid, user.id);
    if (user.email !== null) this.userByEmail.set(user.email, user.id);
    if (user.username !== null) this.userByUsername.set(user.username, user.id);
  }

  private unindexUser(user: UserRow): void {
    this.userByUuid.delete(user.uuid);
    if (user.email !== null) this.userByEmail.delete(user.email);
    if (user.username !== null) this.userByUsername.delete(user.username);
  }

  updateUser(idOrUuid: string, body: unknown): void {
    const user = this.getUser(idOrUuid);
    const fields = parseBody(body, USER_SCHEMA, [], true);
    this.checkUserUnique(fields, user.id);
    const nameChanged = 'firstname' in fields || 'lastname' in fields;
    this.unindexUser(user);
    Object.assign(user, fields);
    if (fields['userfield'] === null) user.userfield = '';
    if (user.caller_id === null) user.caller_id = this.defaultCallerId(user);
    this.indexUser(user);
    // user/api.yml: "If the firstname or the lastname is modified, the name of associated voicemail is also updated."
    const voicemailId = this.userVoicemail.get(user.id);
    const voicemail = voicemailId === undefined ? undefined : this.voicemails.get(voicemailId);
    if (nameChanged && voicemail) voicemail.name = `${user.firstname} ${user.lastname ?? ''}`.trim();
    this.changed();
  }

  deleteUser(idOrUuid: string): void {
    const user = this.getUser(idOrUuid);
    const lineIds = this.userLines.get(user.id);
    if (lineIds) throw errors.resourceAssociated('User', 'Line', { user_id: user.id, line_ids: lineIds });
    const voicemailId = this.userVoicemail.get(user.id);
    if (voicemailId !== undefined) {
      throw errors.resourceAssociated('User', 'Voicemail', { user_id: user.id, voicemail_id: voicemailId });
    }
    const agentId = this.userAgent.get(user.id);
    if (agentId !== undefined) {
      this.userAgent.delete(user.id);
      pull(this.agentUsers, agentId, user.id);
    }
    for (const permissionId of this.userPermissions.get(user.id) ?? []) {
      setDelete(this.permissionUsers, permissionId, user.id);
    }
    this.userPermissions.delete(user.id);
    // The dialaction of an incall pointing at a deleted user is reset, as the web UI does.
    for (const incallId of this.userIncalls.get(user.id) ?? []) {
      const incall = this.incalls.get(incallId);
      if (incall) incall.destination = { type: 'none' };
    }
    this.userIncalls.delete(user.id);
    this.unindexUser(user);
    this.users.delete(user.id);
    this.changed();
  }

  // ---------- lines ----------

  createLine(body: unknown): LineRow {
    if (isObject(body) && (body['context'] === undefined || body['context'] === null)) {
      // The line resource still uses flask-restful's reqparse, hence its own message.
      throw errors.fields([
        ['context', 'Missing required parameter in the JSON body or the post body or the query string'],
      ]);
    }
    const fields = parseBody(body, LINE_SCHEMA, ['context'], false);
    this.checkLineFields(fields, undefined);
    const context = fields['context'] as string;
    this.requireContext(context);
    if (fields['caller_id_name'] != null || fields['caller_id_num'] != null) {
      throw errors.missingAssociation('Line', 'Endpoint', {});
    }
    const provisioningCode = str(fields['provisioning_code']) ?? this.generateProvisioningCode();
    const id = this.nextId('lines');
    const line: LineRow = {
      id,
      context,
      position: (fields['position'] as number | undefined) ?? 1,
      caller_id_name: null,
      caller_id_num: null,
      provisioning_code: provisioningCode,
      registrar: str(fields['registrar']) ?? 'default',
      device_id: null,
    };
    this.lines.set(id, line);
    this.lineByProvCode.set(provisioningCode, id);
    this.changed();
    return line;
  }

  private checkLineFields(fields: JsonBody, self: LineRow | undefined): void {
    const code = str(fields['provisioning_code']);
    if (code !== null && code !== self?.provisioning_code && this.lineByProvCode.has(code)) {
      throw errors.resourceExists('Line', { provisioning_code: code });
    }
    const registrar = str(fields['registrar']);
    if (registrar !== null && !REGISTRARS.includes(registrar)) {
      throw errors.paramNotFound('registrar', 'Registrar', { registrar });
    }
  }

  /** xivo-dao line persistor: 6 digits drawn from 1-8, unique among lines. */
  private generateProvisioningCode(): string {
    for (;;) {
      const code = randomToken(6, '12345678');
      if (!this.lineByProvCode.has(code)) return code;
    }
  }

  updateLine(rawId: string, body: unknown): void {
    const line = this.getLine(rawId);
    const fields = parseBody(body, LINE_SCHEMA, [], true);
    this.checkLineFields(fields, line);
    if ('context' in fields) this.requireContext(fields['context'] as string);
    const settingCallerId = fields['caller_id_name'] != null || fields['caller_id_num'] != null;
    if (settingCallerId && !this.lineSip.has(line.id)) {
      throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
    }
    this.lineByProvCode.delete(line.provisioning_code);
    Object.assign(line, fields);
    this.lineByProvCode.set(line.provisioning_code, line.id);
    this.changed();
  }

  /** Not guarded: the endpoint goes with the line, its user and extension links are dropped. */
  deleteLine(rawId: string): void {
    const line = this.getLine(rawId);
    for (const userId of this.lineUsers.get(line.id) ?? []) {
      pull(this.userLines, userId, line.id);
      this.userLineOrder.delete(`${userId}:${line.id}`);
    }
    this.lineUsers.delete(line.id);
    const extensionId = this.lineExtension.get(line.id);
    if (extensionId !== undefined) {
      this.lineExtension.delete(line.id);
      pull(this.extensionLines, extensionId, line.id);
    }
    const sipId = this.lineSip.get(line.id);
    if (sipId !== undefined) {
      this.lineSip.delete(line.id);
      this.sipLine.delete(sipId);
      const sip = this.endpointsSip.get(sipId);
      if (sip) this.sipByUsername.delete(sip.username);
      this.endpointsSip.delete(sipId);
    }
    this.lineByProvCode.delete(line.provisioning_code);
    this.lines.delete(line.id);
    this.changed();
  }

  /** What provd does when a phone is provisioned with the line; confd itself cannot do it. */
  attachDevice(lineId: number, deviceId: string): void {
    const line = this.getLine(lineId);
    if (!this.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
    line.device_id = deviceId;
    this.changed();
  }

  // ---------- SIP endpoints ----------

  createSip(body: unknown): EndpointSipRow {
    const fields = parseBody(body ?? {}, SIP_SCHEMA, [], false);
    const username = str(fields['username']) ?? this.generateSipUsername();
    if (this.sipByUsername.has(username)) throw errors.resourceExists('SIPEndpoint', { username });
    const id = this.nextId('endpointsSip');
    const sip: EndpointSipRow = {
      id,
      username,
      secret: str(fields['secret']) ?? randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
      type: str(fields['type']) ?? 'friend',
      host: str(fields['host']) ?? 'dynamic',
      options: (fields['options'] as string[][] | undefined) ?? [],
    };
    this.endpointsSip.set(id, sip);
    this.sipByUsername.set(username, id);
    this.changed();
    return sip;
  }

  private generateSipUsername(): string {
    for (;;) {
      const username = randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789');
      if (!this.sipByUsername.has(username)) return username;
    }
  }

  updateSip(rawId: string, body: unknown): void {
    const sip = this.getSip(rawId);
    const fields = parseBody(body, SIP_SCHEMA, [], true);
    const username = str(fields['username']);
    if (username !== null && username !== sip.username && this.sipByUsername.has(username)) {
      throw errors.resourceExists('SIPEndpoint', { username });
    }
    this.sipByUsername.delete(sip.username);
    if (fields['username'] === null) fields['username'] = this.generateSipUsername();
    if (fields['secret'] === null) fields['secret'] = randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789');
    if (fields['host'] === null) fields['host'] = 'dynamic';
    Object.assign(sip, fields);
    this.sipByUsername.set(sip.username, sip.id);
    this.changed();
  }

  deleteSip(rawId: string): void {
    const sip = this.getSip(rawId);
    const lineId = this.sipLine.get(sip.id);
    if (lineId !== undefined) {
      throw errors.resourceAssociated('SIPEndpoint', 'Line', { endpoint_id: sip.id, line_id: lineId });
    }
    this.sipByUsername.delete(sip.username);
    this.endpointsSip.delete(sip.id);
    this.changed();
  }

  // ---------- contexts ----------

  createContext(body: unknown): ContextRow {
    const fields = parseBody(body, CONTEXT_SCHEMA, ['name'], false);
    const name = fields['name'] as string;
    if (this.contextByName.has(name)) throw errors.resourceExists('Context', { name });
    const id = this.nextId('contexts');
    const context: ContextRow = {
      id,
      name,
      label: str(fields['label']),
      type: str(fields['type']) ?? 'internal',
      user_ranges: normaliseRanges(fields['user_ranges'] ?? []),
      group_ranges: normaliseRanges(fields['group_ranges'] ?? []),
      queue_ranges: normaliseRanges(fields['queue_ranges'] ?? []),
      conference_room_ranges: normaliseRanges(fields['conference_room_ranges'] ?? []),
      incall_ranges: normaliseIncallRanges(fields['incall_ranges'] ?? []),
      description: str(fields['description']),
      enabled: (fields['enabled'] as boolean | undefined) ?? true,
    };
    this.contexts.set(id, context);
    this.contextByName.set(name, id);
    this.changed();
    return context;
  }

  /** The name is the Asterisk context: settable on create only, silently kept on update. */
  updateContext(rawId: string, body: unknown): void {
    const context = this.getContext(rawId);
    const fields = parseBody(body, CONTEXT_SCHEMA, [], true);
    delete fields['name'];
    for (const key of ['user_ranges', 'group_ranges', 'queue_ranges', 'conference_room_ranges'] as const) {
      if (key in fields) context[key] = normaliseRanges(fields[key]);
      delete fields[key];
    }
    if ('incall_ranges' in fields) context.incall_ranges = normaliseIncallRanges(fields['incall_ranges']);
    delete fields['incall_ranges'];
    Object.assign(context, fields);
    this.changed();
  }

  deleteContext(rawId: string): void {
    const context = this.getContext(rawId);
    const refs = this.contextRefs.get(context.name);
    // xivo-confd context/validator.py guards extensions and voicemails (and trunks and agents, not
    // emulated); lines only name their context, so they do not hold it.
    for (const kind of ['Extension', 'Voicemail'] as const) {
      if (refs && refs[kind] > 0)
        throw errors.resourceAssociated('Context', kind, { context_id: context.id });
    }
    this.contextByName.delete(context.name);
    this.contextRefs.delete(context.name);
    this.contexts.delete(context.id);
    this.changed();
  }

  // ---------- extensions ----------

  /** XiVO checks the union of all ranges of the context; patterns and outcall contexts are exempt. */
  private checkRange(exten: string, context: ContextRow): void {
    if (exten.startsWith('_') || context.type === 'outcall') return;
    const ranges: Array<[ContextRange, number]> = [
      ...context.user_ranges.map((r): [ContextRange, number] => [r, 0]),
      ...context.group_ranges.map((r): [ContextRange, number] => [r, 0]),
      ...context.queue_ranges.map((r): [ContextRange, number] => [r, 0]),
      ...context.conference_room_ranges.map((r): [ContextRange, number] => [r, 0]),
      ...context.incall_ranges.map((r): [ContextRange, number] => [r, r.did_length]),
    ];
    if (!ranges.some(([range, didLength]) => inRange(exten, range, didLength))) {
      throw errors.outsideContextRange(exten, context.name);
    }
  }

  createExtension(body: unknown): ExtensionRow {
    const fields = parseBody(body, EXTENSION_SCHEMA, ['exten', 'context'], false);
    const exten = fields['exten'] as string;
    const contextName = fields['context'] as string;
    const context = this.requireContext(contextName);
    if (this.extensionByKey.has(`${exten}@${contextName}`)) {
      throw errors.resourceExists('Extension', { exten, context: contextName });
    }
    this.checkRange(exten, context);
    const id = this.nextId('extensions');
    const extension: ExtensionRow = {
      id,
      exten,
      context: contextName,
      commented: (fields['commented'] as boolean | undefined) ?? false,
    };
    this.extensions.set(id, extension);
    this.extensionByKey.set(`${exten}@${contextName}`, id);
    this.refContext(contextName, 'Extension', 1);
    this.changed();
    return extension;
  }

  updateExtension(rawId: string, body: unknown): void {
    const extension = this.getExtension(rawId);
    const fields = parseBody(body, EXTENSION_SCHEMA, [], true);
    const exten = str(fields['exten']) ?? extension.exten;
    const contextName = str(fields['context']) ?? extension.context;
    const context = this.requireContext(contextName);
    const owner = this.extensionByKey.get(`${exten}@${contextName}`);
    if (owner !== undefined && owner !== extension.id) {
      throw errors.resourceExists('Extension', { exten, context: contextName });
    }
    if (exten !== extension.exten || contextName !== extension.context) this.checkRange(exten, context);
    if (context.type !== 'internal' && this.extensionLines.has(extension.id)) {
      throw errors.unhandledContextType(context.type);
    }
    if (context.type !== 'incall' && this.extensionIncall.has(extension.id)) {
      throw errors.unhandledContextType(context.type);
    }
    this.extensionByKey.delete(`${extension.exten}@${extension.context}`);
    this.refContext(extension.context, 'Extension', -1);
    Object.assign(extension, fields);
    this.extensionByKey.set(`${extension.exten}@${extension.context}`, extension.id);
    this.refContext(extension.context, 'Extension', 1);
    this.changed();
  }

  deleteExtension(rawId: string): void {
    const extension = this.getExtension(rawId);
    const lineIds = this.extensionLines.get(extension.id);
    if (lineIds)
      throw errors.resourceAssociated('Extension', 'Line', { extension_id: extension.id, line_ids: lineIds });
    const incallId = this.extensionIncall.get(extension.id);
    if (incallId !== undefined) {
      throw errors.resourceAssociated('Extension', 'incall', {
        extension_id: extension.id,
        incall_id: incallId,
      });
    }
    this.extensionByKey.delete(`${extension.exten}@${extension.context}`);
    this.refContext(extension.context, 'Extension', -1);
    this.extensions.delete(extension.id);
    this.changed();
  }

  // ---------- incalls ----------

  private parseDestination(raw: unknown): JsonBody {
    if (!isObject(raw)) throw errors.fields([['destination', "['Not a valid mapping type.']"]]);
    const type = raw['type'];
    const spec = typeof type === 'string' ? DESTINATION_SCHEMAS[type] : undefined;
    if (!spec) {
      const message = type === undefined ? 'Missing data for required field.' : 'Not a valid choice.';
      throw errors.fields([['destination', `{'type': ['${message}']}`]]);
    }
    let fields: JsonBody;
    try {
      fields = parseBody(raw, spec.schema, spec.required, false);
    } catch (error) {
      if (!(error instanceof ConfdError)) throw error;
      throw errors.fields([
        [
          'destination',
          `{${error.messages.map((m) => m.replace(/^Input Error - ([^:]+): /, "'$1': ")).join(', ')}}`,
        ],
      ]);
    }
    if (type === 'user') {
      const userId = fields['user_id'] as number;
      if (!this.users.has(userId)) throw errors.paramNotFound('actionarg1', 'User');
      return { type, user_id: userId, ring_time: fields['ring_time'] ?? null };
    }
    if (type === 'voicemail') {
      if (!this.voicemails.has(fields['voicemail_id'] as number))
        throw errors.paramNotFound('actionarg1', 'Voicemail');
      return {
        type,
        voicemail_id: fields['voicemail_id'],
        skip_instructions: fields['skip_instructions'] ?? false,
        greeting: fields['greeting'] ?? null,
      };
    }
    const missingTarget = UNSUPPORTED_TARGETS[type as string];
    if (missingTarget) throw errors.paramNotFound('actionarg1', missingTarget);
    if (type === 'hangup')
      return {
        type,
        cause: fields['cause'],
        ...(fields['cause'] === 'normal' ? {} : { timeout: fields['timeout'] ?? null }),
      };
    return { type, ...fields };
  }

  private indexIncallDestination(incall: IncallRow, delta: 1 | -1): void {
    if (incall.destination['type'] !== 'user') return;
    const userId = incall.destination['user_id'] as number;
    if (delta === 1) setAdd(this.userIncalls, userId, incall.id);
    else setDelete(this.userIncalls, userId, incall.id);
  }

  createIncall(body: unknown): IncallRow {
    const fields = parseBody(body, INCALL_SCHEMA, ['destination'], false);
    const destination = this.parseDestination(fields['destination']);
    const id = this.nextId('incalls');
    const incall: IncallRow = {
      id,
      preprocess_subroutine: str(fields['preprocess_subroutine']),
      description: str(fields['description']),
      caller_id_mode: str(fields['caller_id_mode']),
      caller_id_name: str(fields['caller_id_name']),
      destination,
    };
    this.incalls.set(id, incall);
    this.indexIncallDestination(incall, 1);
    this.changed();
    return incall;
  }

  updateIncall(rawId: string, body: unknown): void {
    const incall = this.getIncall(rawId);
    const fields = parseBody(body, INCALL_SCHEMA, [], true);
    if ('destination' in fields) fields['destination'] = this.parseDestination(fields['destination']);
    this.indexIncallDestination(incall, -1);
    Object.assign(incall, fields);
    this.indexIncallDestination(incall, 1);
    this.changed();
  }

  /** Frees (does not delete) the incall's extension, as xivo-dao's incall persistor does. */
  deleteIncall(rawId: string): void {
    const incall = this.getIncall(rawId);
    const extensionId = this.incallExtension.get(incall.id);
    if (extensionId !== undefined) {
      this.incallExtension.delete(incall.id);
      this.extensionIncall.delete(extensionId);
    }
    this.indexIncallDestination(incall, -1);
    this.incalls.delete(incall.id);
    this.changed();
  }

  // ---------- voicemails ----------

  private checkVoicemail(fields: JsonBody, self: VoicemailRow | undefined): void {
    const number = str(fields['number']) ?? self?.number;
    const context = str(fields['context']) ?? self?.context;
    if ('context' in fields) this.requireContext(fields['context'] as string);
    const timezone = str(fields['timezone']);
    if (timezone !== null && !TIMEZONES.includes(timezone)) {
      throw errors.paramNotFound('timezone', 'Timezone', { timezone });
    }
    if (number !== undefined && context !== undefined) {
      const owner = this.voicemailByKey.get(`${number}@${context}`);
      if (owner !== undefined && owner !== self?.id)
        throw errors.resourceExists('Voicemail', { number, context });
    }
  }

  createVoicemail(body: unknown): VoicemailRow {
    const fields = parseBody(body, VOICEMAIL_SCHEMA, ['name', 'number', 'context'], false);
    this.checkVoicemail(fields, undefined);
    const id = this.nextId('voicemails');
    const voicemail: VoicemailRow = {
      id,
      name: fields['name'] as string,
      number: fields['number'] as string,
      context: fields['context'] as string,
      password: str(fields['password']),
      email: str(fields['email']),
      pager: str(fields['pager']),
      language: str(fields['language']),
      timezone: str(fields['timezone']),
      max_messages: (fields['max_messages'] as number | null | undefined) ?? null,
      attach_audio: (fields['attach_audio'] as boolean | null | undefined) ?? null,
      delete_messages: (fields['delete_messages'] as boolean | undefined) ?? false,
      ask_password: (fields['ask_password'] as boolean | undefined) ?? true,
      enabled: (fields['enabled'] as boolean | undefined) ?? true,
      options: (fields['options'] as string[][] | undefined) ?? [],
    };
    this.voicemails.set(id, voicemail);
    this.voicemailByKey.set(`${voicemail.number}@${voicemail.context}`, id);
    this.refContext(voicemail.context, 'Voicemail', 1);
    this.changed();
    return voicemail;
  }

  updateVoicemail(rawId: string, body: unknown): void {
    const voicemail = this.getVoicemail(rawId);
    const fields = parseBody(body, VOICEMAIL_SCHEMA, [], true);
    this.checkVoicemail(fields, voicemail);
    this.voicemailByKey.delete(`${voicemail.number}@${voicemail.context}`);
    this.refContext(voicemail.context, 'Voicemail', -1);
    Object.assign(voicemail, fields);
    this.voicemailByKey.set(`${voicemail.number}@${voicemail.context}`, voicemail.id);
    this.refContext(voicemail.context, 'Voicemail', 1);
    this.changed();
  }

  deleteVoicemail(rawId: string): void {
    const voicemail = this.getVoicemail(rawId);
    const userIds = this.voicemailUsers.get(voicemail.id);
    if (userIds) {
      throw errors.resourceAssociated('Voicemail', 'User', { voicemail_id: voicemail.id, user_ids: userIds });
    }
    this.voicemailByKey.delete(`${voicemail.number}@${voicemail.context}`);
    this.refContext(voicemail.context, 'Voicemail', -1);
    this.voicemails.delete(voicemail.id);
    this.changed();
  }

  // ---------- agents (wazo-confd agent.yml shape) ----------

  createAgent(body: unknown): AgentRow {
    const fields = parseBody(body, AGENT_SCHEMA, ['number'], false);
    const number = fields['number'] as string;
    if (this.agentByNumber.has(number)) throw errors.resourceExists('Agent', { number });
    const id = this.nextId('agents');
    const agent: AgentRow = {
      id,
      number,
      firstname: str(fields['firstname']),
      lastname: str(fields['lastname']),
      password: str(fields['password']),
      language: str(fields['language']),
      preprocess_subroutine: str(fields['preprocess_subroutine']),
      description: str(fields['description']),
    };
    this.agents.set(id, agent);
    this.agentByNumber.set(number, id);
    this.changed();
    return agent;
  }

  /** `number` cannot be modified after creation (agent.yml): it is ignored on update. */
  updateAgent(rawId: string, body: unknown): void {
    const agent = this.getAgent(rawId);
    const fields = parseBody(body, AGENT_SCHEMA, [], true);
    delete fields['number'];
    Object.assign(agent, fields);
    this.changed();
  }

  deleteAgent(rawId: string): void {
    const agent = this.getAgent(rawId);
    for (const userId of this.agentUsers.get(agent.id) ?? []) this.userAgent.delete(userId);
    this.agentUsers.delete(agent.id);
    this.agentByNumber.delete(agent.number);
    this.agents.delete(agent.id);
    this.changed();
  }

  // ---------- call permissions ----------

  createCallPermission(body: unknown): CallPermissionRow {
    const fields = parseBody(body, CALL_PERMISSION_SCHEMA, ['name'], false);
    const name = fields['name'] as string;
    if (this.permissionByName.has(name)) throw errors.resourceExists('CallPermission', { name });
    const id = this.nextId('callPermissions');
    const permission: CallPermissionRow = {
      id,
      name,
      password: str(fields['password']),
      mode: str(fields['mode']) ?? 'deny',
      enabled: (fields['enabled'] as boolean | undefined) ?? true,
      description: str(fields['description']),
      extensions: [...new Set((fields['extensions'] as string[] | undefined) ?? [])],
    };
    this.callPermissions.set(id, permission);
    this.permissionByName.set(name, id);
    this.changed();
    return permission;
  }

  updateCallPermission(rawId: string, body: unknown): void {
    const permission = this.getCallPermission(rawId);
    const fields = parseBody(body, CALL_PERMISSION_SCHEMA, [], true);
    const name = str(fields['name']);
    if (name !== null && name !== permission.name && this.permissionByName.has(name)) {
      throw errors.resourceExists('CallPermission', { name });
    }
    if ('extensions' in fields) fields['extensions'] = [...new Set(fields['extensions'] as string[])];
    this.permissionByName.delete(permission.name);
    Object.assign(permission, fields);
    this.permissionByName.set(permission.name, permission.id);
    this.changed();
  }

  /** Memberships are dropped with the permission. */
  deleteCallPermission(rawId: string): void {
    const permission = this.getCallPermission(rawId);
    for (const userId of this.permissionUsers.get(permission.id) ?? []) {
      setDelete(this.userPermissions, userId, permission.id);
    }
    this.permissionUsers.delete(permission.id);
    this.permissionByName.delete(permission.name);
    this.callPermissions.delete(permission.id);
    this.changed();
  }

  callPermissionByName(name: string): CallPermissionRow | undefined {
    const id = this.permissionByName.get(name);
    return id === undefined ? undefined : this.callPermissions.get(id);
  }

  // ---------- associations ----------

  associateLineSip(rawLineId: string, rawSipId: string): void {
    const line = this.getLine(rawLineId);
    const sip = this.getSip(rawSipId);
    const current = this.lineSip.get(line.id);
    if (current !== undefined) {
      throw errors.resourceAssociated('Line', 'Endpoint', { line_id: line.id, endpoint_id: current });
    }
    const owner = this.sipLine.get(sip.id);
    if (owner !== undefined) {
      throw errors.resourceAssociated('Endpoint', 'Line', { endpoint_id: sip.id, line_id: owner });
    }
    this.lineSip.set(line.id, sip.id);
    this.sipLine.set(sip.id, line.id);
    this.changed();
  }

  dissociateLineSip(rawLineId: string, rawSipId: string): void {
    const line = this.getLine(rawLineId);
    const sip = this.getSip(rawSipId);
    if (this.lineSip.get(line.id) !== sip.id) {
      throw errors.resourceNotAssociated('Line', 'Endpoint', { line_id: line.id, endpoint_id: sip.id });
    }
    const userIds = this.lineUsers.get(line.id);
    if (userIds) throw errors.resourceAssociated('Line', 'User', { line_id: line.id, user_ids: userIds });
    const extensionId = this.lineExtension.get(line.id);
    if (extensionId !== undefined) {
      throw errors.resourceAssociated('Line', 'Extension', { line_id: line.id, extension_id: extensionId });
    }
    this.lineSip.delete(line.id);
    this.sipLine.delete(sip.id);
    this.changed();
  }

  associateUserLine(rawUserId: string, rawLineId: string): void {
    const user = this.getUser(rawUserId);
    const line = this.getLine(rawLineId);
    if (!this.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
    if (this.userLines.get(user.id)?.includes(line.id)) {
      throw errors.resourceAssociated('User', 'Line', { user_id: user.id, line_id: line.id });
    }
    push(this.userLines, user.id, line.id);
    push(this.lineUsers, line.id, user.id);
    this.userLineOrder.set(`${user.id}:${line.id}`, this.userLineSequence++);
    this.changed();
  }

  dissociateUserLine(rawUserId: string, rawLineId: string): void {
    const user = this.getUser(rawUserId);
    const line = this.getLine(rawLineId);
    const users = this.lineUsers.get(line.id) ?? [];
    if (!users.includes(user.id)) throw errors.notFound('UserLine', { user_id: user.id, line_id: line.id });
    if (line.device_id !== null)
      throw errors.resourceAssociated('Line', 'Device', { line_id: line.id, device_id: line.device_id });
    if (users[0] === user.id && users.length > 1) throw errors.secondaryUsers({ line_id: line.id });
    pull(this.userLines, user.id, line.id);
    pull(this.lineUsers, line.id, user.id);
    this.userLineOrder.delete(`${user.id}:${line.id}`);
    this.changed();
  }

  associateLineExtension(rawLineId: string, rawExtensionId: string): void {
    const line = this.getLine(rawLineId);
    const extension = this.getExtension(rawExtensionId);
    if (!this.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
    const context = this.contextByNameOrNull(extension.context);
    if (context && context.type !== 'internal') throw errors.unhandledContextType(context.type);
    const current = this.lineExtension.get(line.id);
    if (current !== undefined) {
      throw errors.resourceAssociated('Line', 'Extension', { line_id: line.id, extension_id: current });
    }
    const incallId = this.extensionIncall.get(extension.id);
    if (incallId !== undefined) {
      throw errors.resourceAssociated('Extension', 'Incall', {
        extension_id: extension.id,
        incall_id: incallId,
      });
    }
    // An extension may ring several lines only when they all belong to the same main user.
    const otherLines = this.extensionLines.get(extension.id) ?? [];
    const mainUser = this.lineUsers.get(line.id)?.[0];
    for (const otherLineId of otherLines) {
      const otherMain = this.lineUsers.get(otherLineId)?.[0];
      if (mainUser === undefined || otherMain !== mainUser) {
        throw errors.resourceAssociated('Extension', 'Line', {
          extension_id: extension.id,
          line_id: otherLineId,
        });
      }
    }
    this.lineExtension.set(line.id, extension.id);
    push(this.extensionLines, extension.id, line.id);
    this.changed();
  }

  dissociateLineExtension(rawLineId: string, rawExtensionId: string): void {
    const line = this.getLine(rawLineId);
    const extension = this.getExtension(rawExtensionId);
    if (this.lineExtension.get(line.id) !== extension.id) {
      throw errors.notFound('LineExtension', { line_id: line.id, extension_id: extension.id });
    }
    if (line.device_id !== null)
      throw errors.resourceAssociated('Line', 'Device', { line_id: line.id, device_id: line.device_id });
    this.lineExtension.delete(line.id);
    pull(this.extensionLines, extension.id, line.id);
    this.changed();
  }

  associateIncallExtension(rawIncallId: string, rawExtensionId: string): void {
    const incall = this.getIncall(rawIncallId);
    const extension = this.getExtension(rawExtensionId);
    const context = this.contextByNameOrNull(extension.context);
    if (context && context.type !== 'incall') throw errors.unhandledContextType(context.type);
    const current = this.incallExtension.get(incall.id);
    if (current !== undefined) {
      throw errors.resourceAssociated('Incall', 'Extension', { incall_id: incall.id, extension_id: current });
    }
    const owner = this.extensionIncall.get(extension.id);
    if (owner !== undefined) {
      throw errors.resourceAssociated('Extension', 'Incall', {
        extension_id: extension.id,
        incall_id: owner,
      });
    }
    const lineIds = this.extensionLines.get(extension.id);
    if (lineIds)
      throw errors.resourceAssociated('Extension', 'Line', { extension_id: extension.id, line_ids: lineIds });
    this.incallExtension.set(incall.id, extension.id);
    this.extensionIncall.set(extension.id, incall.id);
    this.changed();
  }

  dissociateIncallExtension(rawIncallId: string, rawExtensionId: string): void {
    const incall = this.getIncall(rawIncallId);
    const extension = this.getExtension(rawExtensionId);
    if (this.incallExtension.get(incall.id) !== extension.id) {
      throw errors.notFound('IncallExtension', { incall_id: incall.id, extension_id: extension.id });
    }
    this.incallExtension.delete(incall.id);
    this.extensionIncall.delete(extension.id);
    this.changed();
  }

  associateUserVoicemail(rawUserId: string, rawVoicemailId: string): void {
    const user = this.getUser(rawUserId);
    const voicemail = this.getVoicemail(rawVoicemailId);
    const current = this.userVoicemail.get(user.id);
    if (current !== undefined) {
      throw errors.resourceAssociated('User', 'Voicemail', { user_id: user.id, voicemail_id: current });
    }
    this.userVoicemail.set(user.id, voicemail.id);
    push(this.voicemailUsers, voicemail.id, user.id);
    this.changed();
  }

  dissociateUserVoicemail(rawUserId: string): void {
    const user = this.getUser(rawUserId);
    const voicemailId = this.userVoicemail.get(user.id);
    if (voicemailId === undefined) throw errors.notFound('UserVoicemail', { user_id: user.id });
    this.userVoicemail.delete(user.id);
    pull(this.voicemailUsers, voicemailId, user.id);
    this.changed();
  }

  associateUserAgent(rawUserId: string, rawAgentId: string): void {
    const user = this.getUser(rawUserId);
    const agent = this.getAgent(rawAgentId);
    const current = this.userAgent.get(user.id);
    if (current !== undefined)
      throw errors.resourceAssociated('User', 'Agent', { user_id: user.id, agent_id: current });
    this.userAgent.set(user.id, agent.id);
    push(this.agentUsers, agent.id, user.id);
    this.changed();
  }

  dissociateUserAgent(rawUserId: string): void {
    const user = this.getUser(rawUserId);
    const agentId = this.userAgent.get(user.id);
    if (agentId === undefined) throw errors.notFound('UserAgent', { user_id: user.id });
    this.userAgent.delete(user.id);
    pull(this.agentUsers, agentId, user.id);
    this.changed();
  }

  associateUserCallPermission(rawUserId: string, rawPermissionId: string): void {
    const user = this.getUser(rawUserId);
    const permission = this.getCallPermission(rawPermissionId);
    if (this.userPermissions.get(user.id)?.has(permission.id)) {
      throw errors.resourceAssociated('User', 'CallPermission', {
        user_id: user.id,
        call_permission_id: permission.id,
      });
    }
    setAdd(this.userPermissions, user.id, permission.id);
    setAdd(this.permissionUsers, permission.id, user.id);
    this.changed();
  }

  dissociateUserCallPermission(rawUserId: string, rawPermissionId: string): void {
    const user = this.getUser(rawUserId);
    const permission = this.getCallPermission(rawPermissionId);
    if (!this.userPermissions.get(user.id)?.has(permission.id)) {
      throw errors.notFound('UserCallPermission', { user_id: user.id, call_permission_id: permission.id });
    }
    setDelete(this.userPermissions, user.id, permission.id);
    setDelete(this.permissionUsers, permission.id, user.id);
    this.changed();
  }

  // ---------- persistence ----------

  toData(): EmulatorData {
    const single = <A extends string, B extends string>(map: Map<number, number>, a: A, b: B) =>
      [...map].map(([key, value]) => ({ [a]: key, [b]: value }) as Record<A | B, number>);
    const userLines = [...this.userLines]
      .flatMap(([userId, lineIds]) => lineIds.map((lineId) => ({ user_id: userId, line_id: lineId })))
      .sort(
        (a, b) =>
          (this.userLineOrder.get(`${a.user_id}:${a.line_id}`) ?? 0) -
          (this.userLineOrder.get(`${b.user_id}:${b.line_id}`) ?? 0),
      );
    return clone({
      version: 1,
      users: [...this.users.values()],
      lines: [...this.lines.values()],
      endpointsSip: [...this.endpointsSip.values()],
      extensions: [...this.extensions.values()],
      contexts: [...this.contexts.values()],
      incalls: [...this.incalls.values()],
      voicemails: [...this.voicemails.values()],
      agents: [...this.agents.values()],
      callPermissions: [...this.callPermissions.values()],
      userLines,
      lineEndpointsSip: single(this.lineSip, 'line_id', 'endpoint_id'),
      lineExtensions: single(this.lineExtension, 'line_id', 'extension_id'),
      incallExtensions: single(this.incallExtension, 'incall_id', 'extension_id'),
      userVoicemails: single(this.userVoicemail, 'user_id', 'voicemail_id'),
      userAgents: single(this.userAgent, 'user_id', 'agent_id'),
      userCallPermissions: [...this.userPermissions].flatMap(([userId, ids]) =>
        [...ids].map((id) => ({ user_id: userId, call_permission_id: id })),
      ),
      nextIds: { ...this.nextIds },
    });
  }

  /** Loads persisted tables verbatim (they were validated when first written). */
  loadData(data: EmulatorData): void {
    this.revision++;
    const load = <Row extends { id: number }>(table: Map<number, Row>, rows: Row[]) => {
      for (const row of rows) table.set(row.id, clone(row));
    };
    load(this.users, data.users);
    load(this.lines, data.lines);
    load(this.endpointsSip, data.endpointsSip);
    load(this.extensions, data.extensions);
    load(this.contexts, data.contexts);
    load(this.incalls, data.incalls);
    load(this.voicemails, data.voicemails);
    load(this.agents, data.agents);
    load(this.callPermissions, data.callPermissions);
    for (const user of this.users.values()) this.indexUser(user);
    for (const line of this.lines.values()) {
      this.lineByProvCode.set(line.provisioning_code, line.id);
    }
    for (const sip of this.endpointsSip.values()) this.sipByUsername.set(sip.username, sip.id);
    for (const e of this.extensions.values()) {
      this.extensionByKey.set(`${e.exten}@${e.context}`, e.id);
      this.refContext(e.context, 'Extension', 1);
    }
    for (const c of this.contexts.values()) this.contextByName.set(c.name, c.id);
    for (const v of this.voicemails.values()) {
      this.voicemailByKey.set(`${v.number}@${v.context}`, v.id);
      this.refContext(v.context, 'Voicemail', 1);
    }
    for (const a of this.agents.values()) this.agentByNumber.set(a.number, a.id);
    for (const p of this.callPermissions.values()) this.permissionByName.set(p.name, p.id);
    for (const incall of this.incalls.values()) this.indexIncallDestination(incall, 1);
    // Replaying the chronological list rebuilds both orders (main line and main user).
    for (const { user_id, line_id } of data.userLines) {
      push(this.userLines, user_id, line_id);
      push(this.lineUsers, line_id, user_id);
      this.userLineOrder.set(`${user_id}:${line_id}`, this.userLineSequence++);
    }
    for (const { line_id, endpoint_id } of data.lineEndpointsSip) {
      this.lineSip.set(line_id, endpoint_id);
      this.sipLine.set(endpoint_id, line_id);
    }
    for (const { line_id, extension_id } of data.lineExtensions) {
      this.lineExtension.set(line_id, extension_id);
      push(this.extensionLines, extension_id, line_id);
    }
    for (const { incall_id, extension_id } of data.incallExtensions) {
      this.incallExtension.set(incall_id, extension_id);
      this.extensionIncall.set(extension_id, incall_id);
    }
    for (const { user_id, voicemail_id } of data.userVoicemails) {
      this.userVoicemail.set(user_id, voicemail_id);
      push(this.voicemailUsers, voicemail_id, user_id);
    }
    for (const { user_id, agent_id } of data.userAgents) {
      this.userAgent.set(user_id, agent_id);
      push(this.agentUsers, agent_id, user_id);
    }
    for (const { user_id, call_permission_id } of data.userCallPermissions) {
      setAdd(this.userPermissions, user_id, call_permission_id);
      setAdd(this.permissionUsers, call_permission_id, user_id);
    }
    this.nextIds = { ...data.nextIds };
  }
}
