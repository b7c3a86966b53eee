import { XIVO_PAGE_SIZE } from '../../config/index.ts';
import type {
  AgentRecord,
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
  InventoryEndpointSip,
  InventoryRange,
  InventoryVoicemail,
  UserFieldValue,
} from './types.ts';

export interface FetchInventoryRowsOptions {
  /** Rows per list request. (Default: XIVO_PAGE_SIZE) */
  pageSize?: number;
  /**
   * Call permissions that are not telephony state (the apply lock): left out of the inventory, and
   * their members never read, since such a permission may vanish between the list and that read.
   * (Default: none)
   */
  ignoreCallPermissions?: readonly string[];
}

/**
 * Every object of a XiVO as read by its list calls, each row cut down to the fields the inventory
 * graph and the planner read, relations still as confd gives them (uuids, ids). Each resource's rows
 * keep the order confd listed them in. No raw confd row is kept: each page is cut down as it arrives.
 */
export interface InventoryRows {
  agentsApi: Inventory['agentsApi'];
  users: UserRow[];
  /** user id → agent id (a user id may be one the users list lacks, if it changed meanwhile). */
  agentOfUser: Map<number, number>;
  lines: LineRow[];
  sips: InventoryEndpointSip[];
  extensions: ExtensionRow[];
  contexts: InventoryContext[];
  incalls: IncallRow[];
  voicemails: (InventoryVoicemail & { userUuids: string[] })[];
  agents: InventoryAgent[];
  permissionMembers: { permission: InventoryCallPermission; userIds: number[] }[];
}

export interface UserRow {
  id: number;
  uuid: string;
  /** Every scalar field as confd returned it, in its order, without the secrets. */
  fields: Record<string, UserFieldValue>;
  lines: { id: number; endpointSip: InventoryEndpointSip | null; extension: ExtensionAddress | null }[];
  incalls: { id: number; extension: ExtensionAddress | null }[];
  voicemailId: number | null;
}

export interface LineRow {
  id: number;
  context: string;
  endpointSip: InventoryEndpointSip | null;
  extension: ExtensionAddress | null;
  userUuids: string[];
}

export interface ExtensionRow extends ExtensionAddress {
  /** Sorted. */
  lineIds: number[];
  incallId: number | null;
}

export interface IncallRow {
  id: number;
  /** The destination user, when the incall routes to one. */
  userId: number | null;
  extension: ExtensionAddress | null;
}

/** XiVO returns these in clear on GET; they must not reach a plan, a fingerprint or a log. */
const SECRET_USER_FIELDS = new Set(['password', 'call_permission_password']);

/**
 * Reads the whole XiVO in one pass of paged list calls: ⌈N/pageSize⌉ requests per resource type,
 * plus `GET /callpermissions/{id}/users` per call permission (there are few; XiVO has no other way
 * to list memberships). Never one request per user: the relation fields of the lists (`user.lines`,
 * `user.incalls`, `user.voicemail`, `line.users`, `extension.lines`/`incall`, `agent.users`) carry
 * the graph. Each page is cut down to rows as it arrives and then dropped: a raw confd list of a
 * large XiVO is several times the size of what is read from it.
 */
export async function fetchInventoryRows(
  client: XivoClient,
  options: FetchInventoryRowsOptions,
): Promise<InventoryRows> {
  const page = options.pageSize ?? XIVO_PAGE_SIZE;
  const access = await client.agentsAccess();
  const rows = {
    users: [] as UserRow[],
    lines: [] as LineRow[],
    sips: [] as InventoryEndpointSip[],
    extensions: [] as ExtensionRow[],
    contexts: [] as InventoryContext[],
    incalls: [] as IncallRow[],
    voicemails: [] as InventoryRows['voicemails'],
  };
  const one = sharing();
  const into =
    <T, R>(list: R[], cut: (row: T, one: Sharing) => R) =>
    (items: T[]): void => {
      for (const item of items) list.push(cut(item, one));
    };
  // Users are paged in id order: their default order (lastname) has ties, which a database may order
  // differently from one page request to the next.
  const [, , , , , , , agents, allPermissions] = await Promise.all([
    client.users.forEachPage(into(rows.users, toUserRow), { order: 'id' }, page),
    client.lines.forEachPage(into(rows.lines, toLineRow), {}, page),
    client.endpointsSip.forEachPage(into(rows.sips, toSip), {}, page),
    client.extensions.forEachPage(into(rows.extensions, toExtensionRow), {}, page),
    client.contexts.forEachPage(into(rows.contexts, toContext), {}, page),
    client.incalls.forEachPage(into(rows.incalls, toIncallRow), {}, page),
    client.voicemails.forEachPage(into(rows.voicemails, toVoicemailRow), {}, page),
    access.backend === 'none' ? Promise.resolve([]) : access.api.listAll(page),
    client.callPermissions.listAll({}, page),
  ]);
  const ignored = new Set(options.ignoreCallPermissions ?? []);
  const [permissionMembers, agentOfUser] = await Promise.all([
    Promise.all(
      // An ignored permission is listed (its id is known) but its members are never read.
      allPermissions.map(async (p) => ({
        permission: { id: p.id, name: p.name },
        userIds: ignored.has(p.name)
          ? []
          : (await client.userCallPermissions.ofCallPermission(p.id)).items.map((m) => m.user_id),
      })),
    ),
    agentsOfUsers(client, rows.users, agents, page),
  ]);
  return {
    agentsApi:
      access.backend === 'none' ? { backend: 'none', reason: access.reason } : { backend: access.backend },
    ...rows,
    agentOfUser,
    agents: agents.map(toAgent),
    permissionMembers,
  };
}

/**
 * user id → agent id. Wazo's agents list carries its users, which costs nothing more; XiVO's (the web
 * services) does not, so the links are read from the `agent_id` of `GET /users?view=directory`, one
 * more ⌈N/page⌉ pass over the users.
 */
async function agentsOfUsers(
  client: XivoClient,
  users: UserRow[],
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
  await client.forEachPage<ConfdUserDirectory>(
    '/users',
    { view: 'directory', order: 'id' },
    { pageSize: page, schema: 'userDirectory' },
    (directory) => {
      for (const row of directory) if (row.agent_id !== null) result.set(row.id, row.agent_id);
    },
  );
  return result;
}

/**
 * One object per SIP endpoint and per extension address, one string per user uuid, for the rows of
 * one read: the lists repeat them (a line's SIP endpoint and extension in the users' and the lines'
 * rows, a user's uuid in the lines' and the voicemails'), and each parsed copy would otherwise stay
 * alive with its row, about 5 MB for 20,000 users while the read's last pages arrive. A copy whose
 * content differs (the object changed between two list reads) is kept as it is.
 */
interface Sharing {
  sip(s: { id: number; username: string }): InventoryEndpointSip;
  address(ref: ExtensionRef | undefined): ExtensionAddress | null;
  uuid(uuid: string): string;
}

function sharing(): Sharing {
  const sips = new Map<number, InventoryEndpointSip>();
  const addresses = new Map<number, ExtensionAddress>();
  const uuids = new Map<string, string>();
  return {
    sip({ id, username }) {
      const known = sips.get(id);
      if (known?.username === username) return known;
      const sip = { id, username };
      if (known === undefined) sips.set(id, sip);
      return sip;
    },
    address(ref) {
      if (ref === undefined) return null;
      const known = addresses.get(ref.id);
      if (known?.exten === ref.exten && known.context === ref.context) return known;
      const address = { id: ref.id, exten: ref.exten, context: ref.context };
      if (known === undefined) addresses.set(ref.id, address);
      return address;
    },
    uuid(uuid) {
      const known = uuids.get(uuid);
      if (known !== undefined) return known;
      uuids.set(uuid, uuid);
      return uuid;
    },
  };
}

function toUserRow(u: ConfdUser, one: Sharing): UserRow {
  // Built in one go, not a property at a time: V8 turns an object that gains more than about 16
  // properties by computed name into a hash table, which took 2.2 kB per user instead of under 1 kB.
  const fields = Object.fromEntries(
    Object.entries(u).filter(([name, value]) => !SECRET_USER_FIELDS.has(name) && isScalar(value)),
  ) as Record<string, UserFieldValue>;
  return {
    id: u.id,
    uuid: one.uuid(u.uuid),
    fields,
    lines: u.lines.map((l) => ({
      id: l.id,
      endpointSip: l.endpoint_sip === null ? null : one.sip(l.endpoint_sip),
      extension: one.address(l.extensions[0]),
    })),
    incalls: u.incalls.map((i) => ({ id: i.id, extension: one.address(i.extensions[0]) })),
    voicemailId: u.voicemail === null ? null : u.voicemail.id,
  };
}

function toLineRow(l: ConfdLine, one: Sharing): LineRow {
  return {
    id: l.id,
    context: l.context,
    endpointSip: l.endpoint_sip === null ? null : one.sip(l.endpoint_sip),
    extension: one.address(l.extensions[0]),
    userUuids: l.users.map((u) => one.uuid(u.uuid)),
  };
}

function toSip(s: ConfdEndpointSip, one: Sharing): InventoryEndpointSip {
  return one.sip(s);
}

function toExtensionRow(e: ConfdExtension): ExtensionRow {
  return {
    id: e.id,
    exten: e.exten,
    context: e.context,
    lineIds: e.lines.map((l) => l.id).sort((a, b) => a - b),
    incallId: e.incall?.id ?? null,
  };
}

function toIncallRow(i: ConfdIncall, one: Sharing): IncallRow {
  return {
    id: i.id,
    userId: i.destination.type === 'user' ? (i.destination.user_id ?? null) : null,
    extension: one.address(i.extensions[0]),
  };
}

function toVoicemailRow(v: ConfdVoicemail, one: Sharing): InventoryVoicemail & { userUuids: string[] } {
  return { ...toVoicemail(v), userUuids: v.users.map((u) => one.uuid(u.uuid)) };
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

/** The agent as the inventory shows it (its user links are resolved into `agentOfUser`). */
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

function isScalar(value: unknown): value is UserFieldValue {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}
