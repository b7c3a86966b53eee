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

/**
 * The lookups every person needs are built at once; those only a change needs (numbers, SIP names,
 * orphan lines, unmarked users' e-mails) on first use: a plan with nothing to do for 20,000 people
 * would otherwise build seven more maps of 20,000 to 40,000 entries, a large part of its peak.
 */
export function indexInventory(inv: LiveInventory, keyField: string): InventoryIndex {
  const incallsByUser = new Map<number, LiveIncall[]>();
  for (const incall of byId(inv.incalls)) {
    if (incall.userId === null) continue;
    // A new list holds exactly its one incall: `[]` then push would reserve 17 slots per user.
    const list = incallsByUser.get(incall.userId);
    if (list) list.push(incall);
    else incallsByUser.set(incall.userId, [incall]);
  }
  const lineBySip = lazy(() => {
    const map = new Map<number, LiveLine>();
    for (const line of inv.lines) if (line.endpointSipId !== null) map.set(line.endpointSipId, line);
    return map;
  });
  const sipByUsername = lazy(() => new Map(inv.endpointsSip.map((s) => [s.username, s.id])));
  const extByNumber = lazy(
    () =>
      new NumberIndex(
        inv.extensions,
        (e) => e.exten,
        (e) => e.context,
      ),
  );
  const heldExtensions = lazy(() => {
    const set = new Set<number>();
    for (const line of inv.lines) for (const e of line.extensionIds) set.add(e);
    for (const incall of inv.incalls) for (const e of incall.extensionIds) set.add(e);
    return set;
  });
  const vmByNumber = lazy(
    () =>
      new NumberIndex(
        inv.voicemails,
        (v) => v.number,
        (v) => v.context,
      ),
  );
  const agentByNumber = lazy(() => new Map(inv.agents.map((a) => [a.number, a])));
  // Managed users' e-mails and usernames come from state, unique by validation; only the others clash.
  const userByUnique = lazy(() => {
    const map = new Map<string, number>();
    for (const user of inv.users) {
      const marker = user.fields[keyField];
      if (typeof marker === 'string' && marker.trim() !== '') continue;
      for (const field of ['email', 'username']) {
        const value = normalise(user.fields[field]);
        if (value !== '') map.set(`${field}:${value}`, user.id);
      }
    }
    return map;
  });
  const orphanLines = lazy(() => {
    const map = new Map<string, number[]>();
    for (const line of byId(inv.lines)) {
      if (line.endpointSipId !== null || line.userIds.length > 0 || line.extensionIds.length > 0) continue;
      const list = map.get(line.context) ?? [];
      list.push(line.id);
      map.set(line.context, list);
    }
    return map;
  });
  return {
    lines: new Map(inv.lines.map((l) => [l.id, l])),
    get lineBySip() {
      return lineBySip();
    },
    get sipByUsername() {
      return sipByUsername();
    },
    extensions: new Map(inv.extensions.map((e) => [e.id, e])),
    get extByNumber() {
      return extByNumber();
    },
    get heldExtensions() {
      return heldExtensions();
    },
    incallsByUser,
    voicemails: new Map(inv.voicemails.map((v) => [v.id, v])),
    get vmByNumber() {
      return vmByNumber();
    },
    agentsApi: inv.agentsApi,
    agents: new Map(inv.agents.map((a) => [a.id, a])),
    get agentByNumber() {
      return agentByNumber();
    },
    permissionByName: new Map(inv.callPermissions.map((p) => [p.name, p.id])),
    permissionName: new Map(inv.callPermissions.map((p) => [p.id, p.name])),
    get orphanLines() {
      return orphanLines();
    },
    get userByUnique() {
      return userByUnique();
    },
    onboardedMarkerId: inv.onboardedMarkerId,
    contexts: inv.contexts === undefined ? null : new Map(inv.contexts.map((c) => [c.name, c])),
  };
}

/** The value `build` returns, built on the first call only. */
function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

/** The objects in id order; the view (`liveInventoryFromRows`) already has them so, then not copied. */
function byId<T extends { id: number }>(objects: readonly T[]): readonly T[] {
  for (let i = 1; i < objects.length; i++) {
    if ((objects[i - 1] as T).id > (objects[i] as T).id) return [...objects].sort((a, b) => a.id - b.id);
  }
  return objects;
}

/** A value compared case-insensitively (e-mails, usernames). */
export function normalise(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** The key of a number in a context: `1042@default`. */
export function at(number: string, context: string): string {
  return `${number}@${context}`;
}
