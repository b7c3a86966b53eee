import { XIVO_PAGE_SIZE } from '../../config/index.ts';
import type {
  AgentRecord,
  ConfdCallPermission,
  ConfdContext,
  ConfdEndpointSip,
  ConfdExtension,
  ConfdIncall,
  ConfdLine,
  ConfdRange,
  ConfdUser,
  ConfdUserDirectory,
  ConfdVoicemail,
  ExtensionRef,
  XivoClient,
} from '../client/index.ts';
import type {
  ExtensionAddress,
  Inventory,
  InventoryAgent,
  InventoryCallPermission,
  InventoryContext,
  InventoryExtension,
  InventoryIncall,
  InventoryLine,
  InventoryRange,
  InventoryUser,
  InventoryVoicemail,
  KeyField,
  UserFieldValue,
} from './types.ts';
import { compareText } from '../../compare-text.ts';

export interface FetchInventoryOptions {
  /** User field holding the deterministic key; a user with it empty is unmanaged. */
  keyField: KeyField;
  /** Rows per list request. (Default: XIVO_PAGE_SIZE) */
  pageSize?: number;
  /**
   * Call permissions that are not telephony state (the apply lock): left out of the inventory, and
   * their members never read, since such a permission may vanish between the list and that read.
   * (Default: none)
   */
  ignoreCallPermissions?: readonly string[];
}

/** XiVO returns these in clear on GET; they must not reach a plan, a fingerprint or a log. */
const SECRET_USER_FIELDS = new Set(['password', 'call_permission_password']);

/**
 * Reads the whole XiVO in one pass of paged list calls: ⌈N/pageSize⌉ requests per resource type,
 * plus `GET /callpermissions/{id}/users` per call permission (there are few; XiVO has no other way
 * to list memberships). Never one request per user: the relation fields of the lists (`user.lines`,
 * `user.incalls`, `user.voicemail`, `line.users`, `extension.lines`/`incall`, `agent.users`) carry
 * the graph.
 */
export async function fetchInventory(client: XivoClient, options: FetchInventoryOptions): Promise<Inventory> {
  const page = options.pageSize ?? XIVO_PAGE_SIZE;
  const access = await client.agentsAccess();
  // Users are paged in id order: their default order (lastname) has ties, which a database may order
  // differently from one page request to the next.
  const [users, lines, sips, extensions, contexts, incalls, voicemails, agents, allPermissions] =
    await Promise.all([
      client.users.listAll({ order: 'id' }, page),
      client.lines.listAll({}, page),
      client.endpointsSip.listAll({}, page),
      client.extensions.listAll({}, page),
      client.contexts.listAll({}, page),
      client.incalls.listAll({}, page),
      client.voicemails.listAll({}, page),
      access.backend === 'none' ? Promise.resolve([]) : access.api.listAll(page),
      client.callPermissions.listAll({}, page),
    ]);
  const ignored = new Set(options.ignoreCallPermissions ?? []);
  const [members, agentOfUser] = await Promise.all([
    Promise.all(
      // An ignored permission is listed (its id is known) but its members are never read.
      allPermissions.map(async (p) => ({
        permission: p,
        userIds: ignored.has(p.name)
          ? []
          : (await client.userCallPermissions.ofCallPermission(p.id)).items.map((m) => m.user_id),
      })),
    ),
    agentsOfUsers(client, users, agents, page),
  ]);
  return buildInventory(options.keyField, {
    agentsApi:
      access.backend === 'none' ? { backend: 'none', reason: access.reason } : { backend: access.backend },
    users,
    agentOfUser,
    lines,
    sips,
    extensions,
    contexts,
    incalls,
    voicemails,
    agents,
    permissionMembers: members,
  });
}

/**
 * user id → agent id. Wazo's agents list carries its users, which costs nothing more; XiVO's (the web
 * services) does not, so the links are read from the `agent_id` of `GET /users?view=directory`, one
 * more ⌈N/page⌉ pass over the users.
 */
async function agentsOfUsers(
  client: XivoClient,
  users: ConfdUser[],
  agents: AgentRecord[],
  page: number,
): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  if (agents.length === 0) return result;
  if (agents.every((a) => a.userUuids !== undefined)) {
    const idByUuid = new Map(users.map((u) => [u.uuid, u.id]));
    for (const agent of agents) {
      for (const uuid of agent.userUuids ?? []) {
        const userId = idByUuid.get(uuid);
        if (userId !== undefined) result.set(userId, agent.id);
      }
    }
    return result;
  }
  const directory = await client.listAll<ConfdUserDirectory>(
    '/users',
    { view: 'directory', order: 'id' },
    { pageSize: page, schema: 'userDirectory' },
  );
  for (const row of directory) if (row.agent_id !== null) result.set(row.id, row.agent_id);
  return result;
}

interface RawInventory {
  agentsApi: Inventory['agentsApi'];
  users: ConfdUser[];
  agentOfUser: Map<number, number>;
  lines: ConfdLine[];
  sips: ConfdEndpointSip[];
  extensions: ConfdExtension[];
  contexts: ConfdContext[];
  incalls: ConfdIncall[];
  voicemails: ConfdVoicemail[];
  agents: AgentRecord[];
  permissionMembers: { permission: ConfdCallPermission; userIds: number[] }[];
}

function buildInventory(keyField: KeyField, raw: RawInventory): Inventory {
  const byId = <T extends { id: number }>(a: T, b: T): number => a.id - b.id;
  const lineById = new Map(raw.lines.map((l) => [l.id, l]));
  const voicemailById = new Map(raw.voicemails.map((v) => [v.id, v]));
  const agentById = new Map(raw.agents.map((a) => [a.id, a]));
  const userIdByUuid = new Map(raw.users.map((u) => [u.uuid, u.id]));
  const permissionsOfUser = new Map<number, InventoryCallPermission[]>();
  for (const { permission, userIds } of raw.permissionMembers) {
    for (const userId of userIds) {
      const list = permissionsOfUser.get(userId) ?? [];
      list.push({ id: permission.id, name: permission.name });
      permissionsOfUser.set(userId, list);
    }
  }
  const incallUser = new Map<number, number | null>(
    raw.incalls.map((i) => [i.id, i.destination.type === 'user' ? (i.destination.user_id ?? null) : null]),
  );
  const uuidsToIds = (refs: { uuid: string }[]): number[] =>
    refs.flatMap((r) => userIdByUuid.get(r.uuid) ?? []).sort((a, b) => a - b);

  const allUsers: InventoryUser[] = raw.users.map((u) => {
    const fields: Record<string, UserFieldValue> = {};
    for (const [name, value] of Object.entries(u)) {
      if (SECRET_USER_FIELDS.has(name)) continue;
      if (
        value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean'
      ) {
        fields[name] = value;
      }
    }
    const keyValue = u[keyField];
    const key = typeof keyValue === 'string' && keyValue.trim() !== '' ? keyValue.trim() : null;
    const voicemail = u.voicemail === null ? undefined : voicemailById.get(u.voicemail.id);
    const agentId = raw.agentOfUser.get(u.id);
    const agent = agentId === undefined ? undefined : agentById.get(agentId);
    return {
      id: u.id,
      uuid: u.uuid,
      key,
      firstname: u.firstname,
      lastname: u.lastname,
      email: u.email,
      enabled: u.enabled,
      fields,
      lines: u.lines.map((l): InventoryLine => ({
        id: l.id,
        context: lineById.get(l.id)?.context ?? null,
        endpointSip:
          l.endpoint_sip === null ? null : { id: l.endpoint_sip.id, username: l.endpoint_sip.username },
        extension: address(l.extensions[0]),
      })),
      incalls: u.incalls.map((i): InventoryIncall => ({ id: i.id, extension: address(i.extensions[0]) })),
      voicemail: voicemail === undefined ? null : toVoicemail(voicemail),
      agent: agent === undefined ? null : toAgent(agent),
      callPermissions: (permissionsOfUser.get(u.id) ?? []).sort(byId),
    };
  });
  allUsers.sort(byId);
  const managed = allUsers.filter((u) => u.key !== null);
  const managedIds = new Set(managed.map((u) => u.id));
  const isUnmanaged = (userIds: number[]): boolean => !userIds.some((id) => managedIds.has(id));

  const keyCounts = new Map<string, number>();
  for (const u of managed) keyCounts.set(u.key ?? '', (keyCounts.get(u.key ?? '') ?? 0) + 1);
  const duplicateKeys = [...keyCounts]
    .filter(([, n]) => n > 1)
    .map(([k]) => k)
    .sort();

  const usersOfLine = new Map(raw.lines.map((l) => [l.id, uuidsToIds(l.users)]));
  // One pass, sorted by user id: the agent → users index (a scan per agent is quadratic).
  const usersOfAgent = new Map<number, number[]>();
  for (const [userId, agentId] of [...raw.agentOfUser].sort(([a], [b]) => a - b)) {
    const list = usersOfAgent.get(agentId) ?? [];
    list.push(userId);
    usersOfAgent.set(agentId, list);
  }
  const extensionsByContext: Record<string, InventoryExtension[]> = {};
  const unmanagedExtensions: InventoryExtension[] = [];
  for (const e of raw.extensions) {
    const lineIds = e.lines.map((l) => l.id).sort((a, b) => a - b);
    const incallId = e.incall?.id ?? null;
    const owners = new Set(lineIds.flatMap((id) => usersOfLine.get(id) ?? []));
    const incallOwner = incallId === null ? null : (incallUser.get(incallId) ?? null);
    if (incallOwner !== null) owners.add(incallOwner);
    const extension: InventoryExtension = {
      id: e.id,
      exten: e.exten,
      context: e.context,
      lineIds,
      incallId,
      userIds: [...owners].sort((a, b) => a - b),
    };
    (extensionsByContext[e.context] ??= []).push(extension);
    if (isUnmanaged(extension.userIds)) unmanagedExtensions.push(extension);
  }
  for (const list of Object.values(extensionsByContext)) list.sort(byExten);

  const lineOfSip = new Map<number, number>();
  for (const l of raw.lines) if (l.endpoint_sip !== null) lineOfSip.set(l.endpoint_sip.id, l.id);

  return {
    keyField,
    agentsApi: raw.agentsApi,
    users: managed,
    duplicateKeys,
    contexts: raw.contexts.map(toContext).sort(byId),
    extensionsByContext: sortKeys(extensionsByContext),
    callPermissions: raw.permissionMembers
      .map(({ permission: p }) => ({ id: p.id, name: p.name }))
      .sort(byId),
    unmanaged: {
      users: allUsers.filter((u) => u.key === null),
      lines: raw.lines
        .map((l) => ({
          id: l.id,
          context: l.context,
          endpointSip:
            l.endpoint_sip === null ? null : { id: l.endpoint_sip.id, username: l.endpoint_sip.username },
          extension: address(l.extensions[0]),
          userIds: usersOfLine.get(l.id) ?? [],
        }))
        .filter((l) => isUnmanaged(l.userIds))
        .sort(byId),
      endpointsSip: raw.sips
        .map((s) => ({ id: s.id, username: s.username, lineId: lineOfSip.get(s.id) ?? null }))
        .filter((s) => s.lineId === null || isUnmanaged(usersOfLine.get(s.lineId) ?? []))
        .sort(byId),
      extensions: unmanagedExtensions.sort(byId),
      incalls: raw.incalls
        .map((i) => ({ id: i.id, extension: address(i.extensions[0]), userId: incallUser.get(i.id) ?? null }))
        .filter((i) => i.userId === null || !managedIds.has(i.userId))
        .sort(byId),
      voicemails: raw.voicemails
        .map((v) => ({ ...toVoicemail(v), userIds: uuidsToIds(v.users) }))
        .filter((v) => isUnmanaged(v.userIds))
        .sort(byId),
      agents: raw.agents
        .map((a) => ({ ...toAgent(a), userIds: usersOfAgent.get(a.id) ?? [] }))
        .filter((a) => isUnmanaged(a.userIds))
        .sort(byId),
    },
  };
}

function address(ref: ExtensionRef | undefined): ExtensionAddress | null {
  return ref === undefined ? null : { id: ref.id, exten: ref.exten, context: ref.context };
}

function toVoicemail(v: ConfdVoicemail): InventoryVoicemail {
  return {
    id: v.id,
    number: v.number,
    context: v.context,
    name: v.name,
    email: nullableString(v['email']),
    language: nullableString(v['language']),
    timezone: nullableString(v['timezone']),
  };
}

function nullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function toAgent(a: AgentRecord): InventoryAgent {
  return { id: a.id, number: a.number, firstname: a.firstname, lastname: a.lastname, context: a.context };
}

function toContext(c: ConfdContext): InventoryContext {
  const ranges = (list: ConfdRange[]): InventoryRange[] =>
    list.map((r) => ({ start: r.start, end: r.end ?? r.start }));
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    userRanges: ranges(c.user_ranges),
    groupRanges: ranges(c.group_ranges),
    queueRanges: ranges(c.queue_ranges),
    conferenceRoomRanges: ranges(c.conference_room_ranges),
    incallRanges: c.incall_ranges.map((r) => ({
      start: r.start,
      end: r.end ?? r.start,
      didLength: r.did_length ?? 0,
    })),
  };
}

function byExten(a: InventoryExtension, b: InventoryExtension): number {
  return a.exten < b.exten ? -1 : a.exten > b.exten ? 1 : a.id - b.id;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}
