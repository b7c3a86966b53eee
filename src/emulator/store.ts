import { errors } from './errors.ts';
import { DIGITS } from './schemas.ts';
import type {
  AgentRow,
  CallPermissionRow,
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
import * as agents from './store-agents.ts';
import * as associations from './store-associations.ts';
import * as extensions from './store-extensions.ts';
import * as incalls from './store-incalls.ts';
import * as lines from './store-lines.ts';
import * as persistence from './store-persistence.ts';
import * as users from './store-users.ts';
import * as voicemails from './store-voicemails.ts';

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
  /** Call-center queue names, and agent id → queue name → penalty (the web services' queuemember). */
  readonly queues = new Set<string>();
  readonly agentQueues = new Map<number, Map<string, number>>();
  /** agent id → its queue skills (skill id → weight); skills themselves have no table here. */
  readonly agentSkills = new Map<number, Map<string, number>>();

  // Unique keys.
  readonly userByUuid = new Map<string, number>();
  readonly userByEmail = new Map<string, number>();
  readonly userByUsername = new Map<string, number>();
  readonly lineByProvCode = new Map<string, number>();
  readonly sipByUsername = new Map<string, number>();
  readonly extensionByKey = new Map<string, number>();
  readonly contextByName = new Map<string, number>();
  readonly voicemailByKey = new Map<string, number>();
  readonly agentByNumber = new Map<string, number>();
  readonly permissionByName = new Map<string, number>();

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
  readonly contextRefs = new Map<string, { Extension: number; Voicemail: number }>();

  /** Chronological order of user↔line associations, which decides main line and main user. */
  readonly userLineOrder = new Map<string, number>();
  userLineSequence = 0;
  nextIds: Record<string, number> = {};
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

  changed(): void {
    this.revision++;
    this.onChange();
  }

  nextId(table: string): number {
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

  getRow<Row>(table: Map<number, Row>, what: string, rawId: string | number): Row {
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
  requireContext(name: string): ContextRow {
    const context = this.contextByNameOrNull(name);
    if (!context) throw errors.paramNotFound('context', 'Context', { context: name });
    return context;
  }

  refContext(name: string, kind: 'Extension' | 'Voicemail', delta: number): void {
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

  // The operations, one module per resource; they reach the tables and indexes through the store.

  createUser(body: unknown): UserRow {
    return users.createUser(this, body);
  }

  defaultCallerId(user: UserRow): string {
    return users.defaultCallerId(this, user);
  }

  checkUserUnique(fields: JsonBody, selfId: number | undefined): void {
    return users.checkUserUnique(this, fields, selfId);
  }

  indexUser(user: UserRow): void {
    return users.indexUser(this, user);
  }

  unindexUser(user: UserRow): void {
    return users.unindexUser(this, user);
  }

  updateUser(idOrUuid: string, body: unknown): void {
    return users.updateUser(this, idOrUuid, body);
  }

  deleteUser(idOrUuid: string): void {
    return users.deleteUser(this, idOrUuid);
  }

  createLine(body: unknown): LineRow {
    return lines.createLine(this, body);
  }

  checkLineFields(fields: JsonBody, self: LineRow | undefined): void {
    return lines.checkLineFields(this, fields, self);
  }

  generateProvisioningCode(): string {
    return lines.generateProvisioningCode(this);
  }

  updateLine(rawId: string, body: unknown): void {
    return lines.updateLine(this, rawId, body);
  }

  deleteLine(rawId: string): void {
    return lines.deleteLine(this, rawId);
  }

  attachDevice(lineId: number, deviceId: string): void {
    return lines.attachDevice(this, lineId, deviceId);
  }

  createSip(body: unknown): EndpointSipRow {
    return lines.createSip(this, body);
  }

  generateSipUsername(): string {
    return lines.generateSipUsername(this);
  }

  updateSip(rawId: string, body: unknown): void {
    return lines.updateSip(this, rawId, body);
  }

  deleteSip(rawId: string): void {
    return lines.deleteSip(this, rawId);
  }

  createContext(body: unknown): ContextRow {
    return extensions.createContext(this, body);
  }

  updateContext(rawId: string, body: unknown): void {
    return extensions.updateContext(this, rawId, body);
  }

  deleteContext(rawId: string): void {
    return extensions.deleteContext(this, rawId);
  }

  checkRange(exten: string, context: ContextRow): void {
    return extensions.checkRange(this, exten, context);
  }

  createExtension(body: unknown): ExtensionRow {
    return extensions.createExtension(this, body);
  }

  updateExtension(rawId: string, body: unknown): void {
    return extensions.updateExtension(this, rawId, body);
  }

  deleteExtension(rawId: string): void {
    return extensions.deleteExtension(this, rawId);
  }

  parseDestination(raw: unknown): JsonBody {
    return incalls.parseDestination(this, raw);
  }

  indexIncallDestination(incall: IncallRow, delta: 1 | -1): void {
    return incalls.indexIncallDestination(this, incall, delta);
  }

  createIncall(body: unknown): IncallRow {
    return incalls.createIncall(this, body);
  }

  updateIncall(rawId: string, body: unknown): void {
    return incalls.updateIncall(this, rawId, body);
  }

  deleteIncall(rawId: string): void {
    return incalls.deleteIncall(this, rawId);
  }

  checkVoicemail(fields: JsonBody, self: VoicemailRow | undefined): void {
    return voicemails.checkVoicemail(this, fields, self);
  }

  createVoicemail(body: unknown): VoicemailRow {
    return voicemails.createVoicemail(this, body);
  }

  updateVoicemail(rawId: string, body: unknown): void {
    return voicemails.updateVoicemail(this, rawId, body);
  }

  deleteVoicemail(rawId: string): void {
    return voicemails.deleteVoicemail(this, rawId);
  }

  createAgent(body: unknown): AgentRow {
    return agents.createAgent(this, body);
  }

  updateAgent(rawId: string, body: unknown): void {
    return agents.updateAgent(this, rawId, body);
  }

  deleteAgent(rawId: string): void {
    return agents.deleteAgent(this, rawId);
  }

  createCallPermission(body: unknown): CallPermissionRow {
    return agents.createCallPermission(this, body);
  }

  updateCallPermission(rawId: string, body: unknown): void {
    return agents.updateCallPermission(this, rawId, body);
  }

  deleteCallPermission(rawId: string): void {
    return agents.deleteCallPermission(this, rawId);
  }

  callPermissionByName(name: string): CallPermissionRow | undefined {
    return agents.callPermissionByName(this, name);
  }

  associateLineSip(rawLineId: string, rawSipId: string): void {
    return associations.associateLineSip(this, rawLineId, rawSipId);
  }

  dissociateLineSip(rawLineId: string, rawSipId: string): void {
    return associations.dissociateLineSip(this, rawLineId, rawSipId);
  }

  associateUserLine(rawUserId: string, rawLineId: string): void {
    return associations.associateUserLine(this, rawUserId, rawLineId);
  }

  dissociateUserLine(rawUserId: string, rawLineId: string): void {
    return associations.dissociateUserLine(this, rawUserId, rawLineId);
  }

  associateLineExtension(rawLineId: string, rawExtensionId: string): void {
    return associations.associateLineExtension(this, rawLineId, rawExtensionId);
  }

  dissociateLineExtension(rawLineId: string, rawExtensionId: string): void {
    return associations.dissociateLineExtension(this, rawLineId, rawExtensionId);
  }

  associateIncallExtension(rawIncallId: string, rawExtensionId: string): void {
    return associations.associateIncallExtension(this, rawIncallId, rawExtensionId);
  }

  dissociateIncallExtension(rawIncallId: string, rawExtensionId: string): void {
    return associations.dissociateIncallExtension(this, rawIncallId, rawExtensionId);
  }

  associateUserVoicemail(rawUserId: string, rawVoicemailId: string): void {
    return associations.associateUserVoicemail(this, rawUserId, rawVoicemailId);
  }

  dissociateUserVoicemail(rawUserId: string): void {
    return associations.dissociateUserVoicemail(this, rawUserId);
  }

  associateUserAgent(rawUserId: string, rawAgentId: string): void {
    return associations.associateUserAgent(this, rawUserId, rawAgentId);
  }

  dissociateUserAgent(rawUserId: string): void {
    return associations.dissociateUserAgent(this, rawUserId);
  }

  associateUserCallPermission(rawUserId: string, rawPermissionId: string): void {
    return associations.associateUserCallPermission(this, rawUserId, rawPermissionId);
  }

  dissociateUserCallPermission(rawUserId: string, rawPermissionId: string): void {
    return associations.dissociateUserCallPermission(this, rawUserId, rawPermissionId);
  }

  toData(): EmulatorData {
    return persistence.toData(this);
  }

  loadData(data: EmulatorData): void {
    return persistence.loadData(this, data);
  }
}
