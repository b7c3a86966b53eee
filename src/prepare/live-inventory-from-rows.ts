import { createHash } from 'node:crypto';
import type {
  LiveAgent,
  LiveContext,
  LiveEndpointSip,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveRange,
  LiveUser,
  LiveVoicemail,
} from '../plan/index.ts';
import type {
  InventoryAgent,
  InventoryContext,
  InventoryRange,
  InventoryRows,
  KeyField,
} from '../xivo/index.ts';
import { INTERNAL_PERMISSIONS, ONBOARDED_NAME } from './lock-name.ts';

/**
 * The planner's view, built from the rows `fetchInventoryRows` read without the inventory graph in
 * between: the graph holds every user a second time, and the plan needs none of it. The result is
 * the view of the graph `fetchInventory` builds for `export --xivo`: which side of an association is
 * believed follows the graph's rule, e.g. a managed user's line takes its SIP endpoint from the
 * user's row, an unmanaged line from the line's.
 */
export function liveInventoryFromRows(rows: InventoryRows, keyField: KeyField): LiveInventory {
  const users = [...rows.users].sort((a, b) => a.id - b.id);
  const managedIds = new Set<number>();
  for (const u of users) {
    const value = u.fields[keyField];
    if (typeof value === 'string' && value.trim() !== '') managedIds.add(u.id);
  }
  const isManaged = (id: number): boolean => managedIds.has(id);
  const userIdByUuid = new Map(users.map((u) => [u.uuid, u.id]));
  const uuidsToIds = (uuids: string[]): number[] =>
    uuids.flatMap((uuid) => userIdByUuid.get(uuid) ?? []).sort((a, b) => a - b);
  const contextOfLine = new Map(rows.lines.map((l) => [l.id, l.context]));
  const voicemailById = new Map(rows.voicemails.map((v) => [v.id, v]));
  const agentById = new Map(rows.agents.map((a) => [a.id, a]));
  const agentOf = (userId: number): InventoryAgent | undefined => {
    const agentId = rows.agentOfUser.get(userId);
    return agentId === undefined ? undefined : agentById.get(agentId);
  };
  const isLock = (p: { name: string }): boolean => INTERNAL_PERMISSIONS.includes(p.name);
  const permissionsOfUser = new Map<number, number[]>();
  for (const { permission, userIds } of rows.permissionMembers) {
    if (isLock(permission)) continue;
    for (const userId of userIds) push(permissionsOfUser, userId, permission.id);
  }

  // Who uses what, read from the users' side: for objects of managed users this is the only source.
  const usersOfLine = new Map<number, number[]>();
  const usersOfVoicemail = new Map<number, number[]>();
  const usersOfAgent = new Map<number, number[]>();
  for (const user of users) {
    for (const line of user.lines) push(usersOfLine, line.id, user.id);
    if (user.voicemailId !== null && voicemailById.has(user.voicemailId))
      push(usersOfVoicemail, user.voicemailId, user.id);
    const agent = agentOf(user.id);
    if (agent) push(usersOfAgent, agent.id, user.id);
  }

  const extensions = [...rows.extensions].sort((a, b) => a.id - b.id);
  const extensionsOfLine = new Map<number, number[]>();
  const extensionsOfIncall = new Map<number, number[]>();
  for (const extension of extensions) {
    for (const lineId of extension.lineIds) push(extensionsOfLine, lineId, extension.id);
    if (extension.incallId !== null) push(extensionsOfIncall, extension.incallId, extension.id);
  }

  const lines = new Map<number, LiveLine>();
  const endpointsSip = new Map<number, LiveEndpointSip>();
  const incalls = new Map<number, LiveIncall>();
  const voicemails = new Map<number, LiveVoicemail>();
  const agents = new Map<number, LiveAgent>();

  // Objects no managed user holds, as their own lists describe them.
  const lineUsers = new Map(rows.lines.map((l) => [l.id, uuidsToIds(l.userUuids)]));
  const lineOfSip = new Map<number, number>();
  for (const line of rows.lines) {
    if (line.endpointSip !== null) lineOfSip.set(line.endpointSip.id, line.id);
    const userIds = lineUsers.get(line.id) ?? [];
    if (userIds.some(isManaged)) continue;
    lines.set(line.id, {
      id: line.id,
      context: line.context,
      endpointSipId: line.endpointSip?.id ?? null,
      extensionIds: extensionsOfLine.get(line.id) ?? [],
      userIds,
    });
  }
  for (const sip of rows.sips) {
    const lineId = lineOfSip.get(sip.id);
    if (lineId !== undefined && (lineUsers.get(lineId) ?? []).some(isManaged)) continue;
    endpointsSip.set(sip.id, { id: sip.id, username: sip.username });
  }
  for (const incall of rows.incalls) {
    if (incall.userId !== null && isManaged(incall.userId)) continue;
    incalls.set(incall.id, {
      id: incall.id,
      userId: incall.userId,
      extensionIds: extensionsOfIncall.get(incall.id) ?? [],
    });
  }
  for (const { userUuids, ...v } of rows.voicemails) {
    const userIds = uuidsToIds(userUuids);
    if (!userIds.some(isManaged)) voicemails.set(v.id, { ...v, userIds });
  }
  const agentUsers = new Map<number, number[]>();
  for (const [userId, agentId] of [...rows.agentOfUser].sort(([a], [b]) => a - b))
    push(agentUsers, agentId, userId);
  for (const agent of rows.agents) {
    const userIds = agentUsers.get(agent.id) ?? [];
    if (!userIds.some(isManaged)) agents.set(agent.id, { ...agent, userIds });
  }

  // Objects of managed users, as the users' rows describe them.
  for (const user of users) {
    if (!isManaged(user.id)) continue;
    for (const line of user.lines) {
      if (line.endpointSip) endpointsSip.set(line.endpointSip.id, { ...line.endpointSip });
      const context = contextOfLine.get(line.id);
      // No context: the line vanished between the user and line list reads; not a live line.
      if (context === undefined || lines.has(line.id)) continue;
      lines.set(line.id, {
        id: line.id,
        context,
        endpointSipId: line.endpointSip?.id ?? null,
        extensionIds: extensionsOfLine.get(line.id) ?? [],
        userIds: sorted(usersOfLine.get(line.id)),
      });
    }
    for (const incall of user.incalls) {
      if (incalls.has(incall.id)) continue;
      incalls.set(incall.id, {
        id: incall.id,
        userId: user.id,
        extensionIds: extensionsOfIncall.get(incall.id) ?? [],
      });
    }
    const v = user.voicemailId === null ? undefined : voicemailById.get(user.voicemailId);
    if (v && !voicemails.has(v.id)) {
      const { userUuids: _fromItsList, ...voicemail } = v;
      voicemails.set(v.id, { ...voicemail, userIds: sorted(usersOfVoicemail.get(v.id)) });
    }
    const agent = agentOf(user.id);
    if (agent && !agents.has(agent.id))
      agents.set(agent.id, { ...agent, userIds: sorted(usersOfAgent.get(agent.id)) });
  }

  const permissions = rows.permissionMembers.map((m) => m.permission).sort((a, b) => a.id - b.id);
  const marker = permissions.find((p) => p.name === ONBOARDED_NAME);
  const data: Omit<LiveInventory, 'fingerprint'> = {
    agentsApi: rows.agentsApi,
    users: users.map((u): LiveUser => ({
      id: u.id,
      uuid: u.uuid,
      fields: u.fields,
      lineIds: u.lines.map((l) => l.id),
      voicemailId: u.voicemailId !== null && voicemailById.has(u.voicemailId) ? u.voicemailId : null,
      agentId: agentOf(u.id)?.id ?? null,
      callPermissionIds: sorted(permissionsOfUser.get(u.id)),
    })),
    lines: byId(lines),
    endpointsSip: byId(endpointsSip),
    extensions: extensions.map((e) => ({ id: e.id, exten: e.exten, context: e.context })),
    incalls: byId(incalls),
    voicemails: byId(voicemails),
    agents: byId(agents),
    callPermissions: permissions.filter((p) => !isLock(p)).map((p) => ({ id: p.id, name: p.name })),
    contexts: [...rows.contexts].sort((a, b) => a.id - b.id).map(toLiveContext),
    ...(marker === undefined ? {} : { onboardedMarkerId: marker.id }),
  };
  return { fingerprint: liveFingerprint(data), ...data };
}

function toLiveContext(c: InventoryContext): LiveContext {
  const plain = (r: InventoryRange): LiveRange => ({ start: r.start, end: r.end, didLength: 0 });
  return {
    name: c.name,
    type: c.type,
    ranges: [
      ...c.userRanges.map(plain),
      ...c.groupRanges.map(plain),
      ...c.queueRanges.map(plain),
      ...c.conferenceRoomRanges.map(plain),
      ...c.incallRanges.map((r) => ({ start: r.start, end: r.end, didLength: r.didLength })),
    ],
  };
}

/**
 * sha256 of the normalised inventory: equal inventories give equal fingerprints. Secrets never
 * reach it: `fetchInventoryRows` drops the users' passwords.
 */
function liveFingerprint(data: Omit<LiveInventory, 'fingerprint'>): string {
  // The hash of `JSON.stringify(data)`, fed one record at a time: the whole text of a large XiVO's
  // inventory (22 MB for 20,000 users) would be the largest single allocation of a plan.
  const hash = createHash('sha256');
  let separator = '{';
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    hash.update(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!Array.isArray(value)) {
      hash.update(JSON.stringify(value));
      continue;
    }
    hash.update('[');
    value.forEach((item: unknown, i) => hash.update(`${i === 0 ? '' : ','}${JSON.stringify(item)}`));
    hash.update(']');
  }
  return hash.update(separator === '{' ? '{}' : '}').digest('hex');
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sorted(ids: number[] | undefined): number[] {
  return [...(ids ?? [])].sort((a, b) => a - b);
}

function byId<T extends { id: number }>(map: Map<number, T>): T[] {
  return [...map.values()].sort((a, b) => a.id - b.id);
}
