import type { XivoClient } from '../client/index.ts';
import {
  fetchInventoryRows,
  type FetchInventoryRowsOptions,
  type InventoryRows,
} from './fetch-inventory-rows.ts';
import type {
  Inventory,
  InventoryCallPermission,
  InventoryExtension,
  InventoryLine,
  InventoryUser,
  InventoryVoicemail,
  KeyField,
} from './types.ts';
import { compareText } from '../../compare-text.ts';

export interface FetchInventoryOptions extends FetchInventoryRowsOptions {
  /** User field holding the deterministic key; a user with it empty is unmanaged. */
  keyField: KeyField;
}

/**
 * Reads the whole XiVO (`fetchInventoryRows`: paged list calls, never a request per user) and builds
 * its normalised graph: managed users with their objects, unmanaged objects apart. `export --xivo`
 * reads this; the planner's flat view is built from the rows directly (`readLiveInventory`), since
 * the graph would be one more copy of every user.
 */
export async function fetchInventory(client: XivoClient, options: FetchInventoryOptions): Promise<Inventory> {
  return buildInventory(options.keyField, await fetchInventoryRows(client, options));
}

function buildInventory(keyField: KeyField, raw: InventoryRows): Inventory {
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
  const incallUser = new Map(raw.incalls.map((i) => [i.id, i.userId]));
  const uuidsToIds = (uuids: string[]): number[] =>
    uuids.flatMap((uuid) => userIdByUuid.get(uuid) ?? []).sort((a, b) => a - b);

  const allUsers: InventoryUser[] = raw.users.map((u) => {
    // The schema has these as scalars, so the rows' fields hold them as confd returned them.
    const field = <T>(name: string): T => u.fields[name] as T;
    const keyValue = u.fields[keyField];
    const key = typeof keyValue === 'string' && keyValue.trim() !== '' ? keyValue.trim() : null;
    const voicemail = u.voicemailId === null ? undefined : voicemailById.get(u.voicemailId);
    const agentId = raw.agentOfUser.get(u.id);
    const agent = agentId === undefined ? undefined : agentById.get(agentId);
    return {
      id: u.id,
      uuid: u.uuid,
      key,
      firstname: field<string>('firstname'),
      lastname: field<string | null>('lastname'),
      email: field<string | null>('email'),
      enabled: field<boolean>('enabled'),
      fields: u.fields,
      lines: u.lines.map((l): InventoryLine => ({
        id: l.id,
        context: lineById.get(l.id)?.context ?? null,
        endpointSip: l.endpointSip,
        extension: l.extension,
      })),
      incalls: u.incalls,
      voicemail: voicemail === undefined ? null : withoutUsers(voicemail),
      agent: agent ?? null,
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

  const usersOfLine = new Map(raw.lines.map((l) => [l.id, uuidsToIds(l.userUuids)]));
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
    const { lineIds, incallId } = e;
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
  for (const l of raw.lines) if (l.endpointSip !== null) lineOfSip.set(l.endpointSip.id, l.id);

  return {
    keyField,
    agentsApi: raw.agentsApi,
    users: managed,
    duplicateKeys,
    contexts: [...raw.contexts].sort(byId),
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
          endpointSip: l.endpointSip,
          extension: l.extension,
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
        .map((i) => ({ id: i.id, extension: i.extension, userId: i.userId }))
        .filter((i) => i.userId === null || !managedIds.has(i.userId))
        .sort(byId),
      voicemails: raw.voicemails
        .map((v) => ({ ...withoutUsers(v), userIds: uuidsToIds(v.userUuids) }))
        .filter((v) => isUnmanaged(v.userIds))
        .sort(byId),
      agents: raw.agents
        .map((a) => ({ ...a, userIds: usersOfAgent.get(a.id) ?? [] }))
        .filter((a) => isUnmanaged(a.userIds))
        .sort(byId),
    },
  };
}

function withoutUsers({
  userUuids: _users,
  ...voicemail
}: InventoryRows['voicemails'][number]): InventoryVoicemail {
  return voicemail;
}

function byExten(a: InventoryExtension, b: InventoryExtension): number {
  return a.exten < b.exten ? -1 : a.exten > b.exten ? 1 : a.id - b.id;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}
