import type {
  LiveAgent,
  LiveContext,
  LiveExtension,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveUser,
  LiveVoicemail,
} from './live-inventory.ts';

/** The live inventory indexed the ways the planners look things up. */
export interface InventoryIndex {
  users: Map<number, LiveUser>;
  /** `email:<lower-case value>` / `username:<…>` → id of the unmarked XiVO user holding it. */
  userByUnique: Map<string, number>;
  lines: Map<number, LiveLine>;
  lineBySip: Map<number, LiveLine>;
  sipByUsername: Map<string, number>;
  extensions: Map<number, LiveExtension>;
  extByKey: Map<string, LiveExtension>;
  /** Who holds an extension: a line or an incall. */
  extOwner: Map<number, { kind: 'line' | 'incall'; id: number }>;
  incallsByUser: Map<number, LiveIncall[]>;
  voicemails: Map<number, LiveVoicemail>;
  vmByKey: Map<string, LiveVoicemail>;
  agentsApi: LiveInventory['agentsApi'];
  agents: Map<number, LiveAgent>;
  agentByNumber: Map<string, LiveAgent>;
  permissionByName: Map<string, number>;
  permissionName: Map<number, string>;
  /** The onboarding marker's call permission, when it exists. */
  onboardedMarkerId: number | undefined;
  /** Contexts by name; null when the inventory did not read them (nothing is checked against them). */
  contexts: Map<string, LiveContext> | null;
  /** Lines nobody uses (no endpoint, user or extension), by context, lowest id first: re-usable. */
  orphanLines: Map<string, number[]>;
}

export function indexInventory(inv: LiveInventory, keyField: string): InventoryIndex {
  const lines = new Map(inv.lines.map((l) => [l.id, l]));
  const lineBySip = new Map<number, LiveLine>();
  for (const line of inv.lines) if (line.endpointSipId !== null) lineBySip.set(line.endpointSipId, line);
  const extOwner = new Map<number, { kind: 'line' | 'incall'; id: number }>();
  for (const line of inv.lines)
    for (const e of line.extensionIds) extOwner.set(e, { kind: 'line', id: line.id });
  const incallsByUser = new Map<number, LiveIncall[]>();
  for (const incall of [...inv.incalls].sort((a, b) => a.id - b.id)) {
    for (const e of incall.extensionIds) extOwner.set(e, { kind: 'incall', id: incall.id });
    if (incall.userId === null) continue;
    const list = incallsByUser.get(incall.userId) ?? [];
    list.push(incall);
    incallsByUser.set(incall.userId, list);
  }
  // Managed users' e-mails and usernames come from state, unique by validation; only the others clash.
  const userByUnique = new Map<string, number>();
  for (const user of inv.users) {
    const marker = user.fields[keyField];
    if (typeof marker === 'string' && marker.trim() !== '') continue;
    for (const field of ['email', 'username']) {
      const value = normalise(user.fields[field]);
      if (value !== '') userByUnique.set(`${field}:${value}`, user.id);
    }
  }
  const orphanLines = new Map<string, number[]>();
  for (const line of [...inv.lines].sort((a, b) => a.id - b.id)) {
    if (line.endpointSipId !== null || line.userIds.length > 0 || line.extensionIds.length > 0) continue;
    const list = orphanLines.get(line.context) ?? [];
    list.push(line.id);
    orphanLines.set(line.context, list);
  }
  return {
    users: new Map(inv.users.map((u) => [u.id, u])),
    lines,
    lineBySip,
    sipByUsername: new Map(inv.endpointsSip.map((s) => [s.username, s.id])),
    extensions: new Map(inv.extensions.map((e) => [e.id, e])),
    extByKey: new Map(inv.extensions.map((e) => [at(e.exten, e.context), e])),
    extOwner,
    incallsByUser,
    voicemails: new Map(inv.voicemails.map((v) => [v.id, v])),
    vmByKey: new Map(inv.voicemails.map((v) => [at(v.number, v.context), v])),
    agentsApi: inv.agentsApi,
    agents: new Map(inv.agents.map((a) => [a.id, a])),
    agentByNumber: new Map(inv.agents.map((a) => [a.number, a])),
    permissionByName: new Map(inv.callPermissions.map((p) => [p.name, p.id])),
    permissionName: new Map(inv.callPermissions.map((p) => [p.id, p.name])),
    orphanLines,
    userByUnique,
    onboardedMarkerId: inv.onboardedMarkerId,
    contexts: inv.contexts === undefined ? null : new Map(inv.contexts.map((c) => [c.name, c])),
  };
}

/** A value compared case-insensitively (e-mails, usernames). */
export function normalise(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** The key of a number in a context: `1042@default`. */
export function at(number: string, context: string): string {
  return `${number}@${context}`;
}
