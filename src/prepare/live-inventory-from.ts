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
  Inventory,
  InventoryAgent,
  InventoryContext,
  InventoryRange,
  InventoryUser,
  InventoryVoicemail,
} from '../xivo/index.ts';
import { INTERNAL_PERMISSIONS, ONBOARDED_NAME } from './lock-name.ts';

/**
 * The planner's flat view of an inventory graph read by `fetchInventory` (or built by hand in tests;
 * `readLiveInventory` builds the same view from the rows, without the graph): every user, line, SIP endpoint,
 * extension, incall, voicemail, agent and call permission of the XiVO, managed or not, with ids and
 * association lists. Pure: no request is made. The planner tells managed users apart itself (from
 * the key field), so the split of `Inventory` into managed and unmanaged is undone here.
 *
 * Association lists of users (`userIds`) and of extensions (`extensionIds`) are sorted by id; a
 * user's `lineIds` keep confd's association order (the first line is the main one).
 */
export function liveInventoryFrom(inventory: Inventory): LiveInventory {
  const users = [...inventory.users, ...inventory.unmanaged.users].sort((a, b) => a.id - b.id);

  // Who uses what, read from the users' side: for objects of managed users this is the only source.
  const usersOfLine = new Map<number, number[]>();
  const usersOfVoicemail = new Map<number, number[]>();
  const usersOfAgent = new Map<number, number[]>();
  for (const user of users) {
    for (const line of user.lines) push(usersOfLine, line.id, user.id);
    if (user.voicemail) push(usersOfVoicemail, user.voicemail.id, user.id);
    if (user.agent) push(usersOfAgent, user.agent.id, user.id);
  }

  // Extensions are all kept (per context); a line or incall finds its own through them.
  const allExtensions = Object.values(inventory.extensionsByContext)
    .flat()
    .sort((a, b) => a.id - b.id);
  const extensionsOfLine = new Map<number, number[]>();
  const extensionsOfIncall = new Map<number, number[]>();
  for (const extension of allExtensions) {
    for (const lineId of extension.lineIds) push(extensionsOfLine, lineId, extension.id);
    if (extension.incallId !== null) push(extensionsOfIncall, extension.incallId, extension.id);
  }

  const lines = new Map<number, LiveLine>();
  const endpointsSip = new Map<number, LiveEndpointSip>();
  const incalls = new Map<number, LiveIncall>();
  const voicemails = new Map<number, LiveVoicemail>();
  const agents = new Map<number, LiveAgent>();

  for (const line of inventory.unmanaged.lines) {
    lines.set(line.id, {
      id: line.id,
      context: line.context ?? '',
      endpointSipId: line.endpointSip?.id ?? null,
      extensionIds: extensionsOfLine.get(line.id) ?? [],
      userIds: line.userIds,
    });
  }
  for (const sip of inventory.unmanaged.endpointsSip) {
    endpointsSip.set(sip.id, { id: sip.id, username: sip.username });
  }
  for (const incall of inventory.unmanaged.incalls) {
    incalls.set(incall.id, {
      id: incall.id,
      userId: incall.userId,
      extensionIds: extensionsOfIncall.get(incall.id) ?? [],
    });
  }
  for (const v of inventory.unmanaged.voicemails) voicemails.set(v.id, toVoicemail(v, v.userIds));
  for (const agent of inventory.unmanaged.agents) agents.set(agent.id, toAgent(agent, agent.userIds));

  // Objects of managed users, which Inventory keeps under their user only.
  for (const user of inventory.users) {
    for (const line of user.lines) {
      if (line.endpointSip) endpointsSip.set(line.endpointSip.id, { ...line.endpointSip });
      // A null context: the line vanished between the user and line list reads; not a live line.
      if (line.context === null || lines.has(line.id)) continue;
      lines.set(line.id, {
        id: line.id,
        context: line.context,
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
    const v = user.voicemail;
    if (v && !voicemails.has(v.id)) voicemails.set(v.id, toVoicemail(v, sorted(usersOfVoicemail.get(v.id))));
    const agent = user.agent;
    if (agent && !agents.has(agent.id))
      agents.set(agent.id, toAgent(agent, sorted(usersOfAgent.get(agent.id))));
  }

  // The apply lock and the onboarding marker are call permissions of the tool's own, not telephony state.
  const isLock = (p: { name: string }): boolean => INTERNAL_PERMISSIONS.includes(p.name);
  const marker = inventory.callPermissions.find((p) => p.name === ONBOARDED_NAME);
  const data: Omit<LiveInventory, 'fingerprint'> = {
    agentsApi: inventory.agentsApi,
    users: users.map((u) => toLiveUser(u, isLock)),
    lines: byId(lines),
    endpointsSip: byId(endpointsSip),
    extensions: allExtensions.map((e) => ({ id: e.id, exten: e.exten, context: e.context })),
    incalls: byId(incalls),
    voicemails: byId(voicemails),
    agents: byId(agents),
    callPermissions: inventory.callPermissions
      .filter((p) => !isLock(p))
      .map((p) => ({ id: p.id, name: p.name })),
    contexts: inventory.contexts.map(toLiveContext),
    ...(marker === undefined ? {} : { onboardedMarkerId: marker.id }),
  };
  return { fingerprint: liveFingerprint(data), ...data };
}

export function toLiveContext(c: InventoryContext): LiveContext {
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

function toLiveUser(user: InventoryUser, isLock: (p: { name: string }) => boolean): LiveUser {
  return {
    id: user.id,
    uuid: user.uuid,
    fields: { ...user.fields },
    lineIds: user.lines.map((l) => l.id),
    voicemailId: user.voicemail?.id ?? null,
    agentId: user.agent?.id ?? null,
    callPermissionIds: user.callPermissions
      .filter((p) => !isLock(p))
      .map((p) => p.id)
      .sort((a, b) => a - b),
  };
}

function toAgent(a: InventoryAgent, userIds: number[]): LiveAgent {
  return {
    id: a.id,
    number: a.number,
    firstname: a.firstname,
    lastname: a.lastname,
    context: a.context,
    userIds,
  };
}

function toVoicemail(v: InventoryVoicemail, userIds: number[]): LiveVoicemail {
  return {
    id: v.id,
    number: v.number,
    context: v.context,
    name: v.name,
    email: v.email,
    language: v.language,
    timezone: v.timezone,
    userIds,
  };
}

/**
 * sha256 of the normalised inventory: equal inventories give equal fingerprints. Secrets never
 * reach it: `fetchInventoryRows` drops the users' passwords.
 */
export function liveFingerprint(data: Omit<LiveInventory, 'fingerprint'>): string {
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
