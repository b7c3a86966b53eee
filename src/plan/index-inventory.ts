import type {
  LiveAgent,
  LiveContext,
  LiveExtension,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveVoicemail,
} from './live-inventory.ts';
import { NumberIndex } from './number-index.ts';

/** The live inventory indexed the ways the planners look things up. */
export interface InventoryIndex {
  /** `email:<lower-case value>` / `username:<…>` → id of the unmarked XiVO user holding it. */
  userByUnique: Map<string, number>;
  lines: Map<number, LiveLine>;
  lineBySip: Map<number, LiveLine>;
  sipByUsername: Map<string, number>;
  extensions: Map<number, LiveExtension>;
  /** Extensions by number and context. */
  extByNumber: NumberIndex<LiveExtension>;
  /** Extensions a line or an incall holds. */
  heldExtensions: Set<number>;
  incallsByUser: Map<number, LiveIncall[]>;
  voicemails: Map<number, LiveVoicemail>;
  /** Voicemails by number and context. */
  vmByNumber: NumberIndex<LiveVoicemail>;
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
  const heldExtensions = new Set<number>();
  for (const line of inv.lines) for (const e of line.extensionIds) heldExtensions.add(e);
  const incallsByUser = new Map<number, LiveIncall[]>();
  for (const incall of [...inv.incalls].sort((a, b) => a.id - b.id)) {
    for (const e of incall.extensionIds) heldExtensions.add(e);
    if (incall.userId === null) continue;
    // A new list holds exactly its one incall: `[]` then push would reserve 17 slots per user.
    const list = incallsByUser.get(incall.userId);
    if (list) list.push(incall);
    else incallsByUser.set(incall.userId, [incall]);
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
    lines,
    lineBySip,
    sipByUsername: new Map(inv.endpointsSip.map((s) => [s.username, s.id])),
    extensions: new Map(inv.extensions.map((e) => [e.id, e])),
    extByNumber: new NumberIndex(
      inv.extensions,
      (e) => e.exten,
      (e) => e.context,
    ),
    heldExtensions,
    incallsByUser,
    voicemails: new Map(inv.voicemails.map((v) => [v.id, v])),
    vmByNumber: new NumberIndex(
      inv.voicemails,
      (v) => v.number,
      (v) => v.context,
    ),
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
