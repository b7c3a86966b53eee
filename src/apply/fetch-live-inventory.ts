import { createHash } from 'node:crypto';
import type { LiveInventory, LiveUser } from '../plan/index.ts';
import type { ConfdPort } from './confd-port.ts';
import { ConfdRequestError } from './confd-port.ts';
import { LOCK_NAME } from './apply-lock.ts';

export interface FetchInventoryOptions {
  /** Items per list request. confd has no maximum; large pages keep a 20,000-user XiVO to a few requests. (Default: 5000) */
  pageSize?: number;
}

type Row = Record<string, unknown>;

/**
 * Reads everything the plan needs, read-only: one paged list per resource type (confd bodies carry
 * their relations), plus the members of each call permission. Never one request per user.
 */
export async function fetchLiveInventory(
  port: ConfdPort,
  options: FetchInventoryOptions = {},
): Promise<LiveInventory> {
  const pageSize = options.pageSize ?? 5000;
  const list = (path: string): Promise<Row[]> => fetchAll(port, path, pageSize);
  const [users, lines, sips, extensions, incalls, voicemails, agents, allPermissions] = await Promise.all([
    list('/users'),
    list('/lines'),
    list('/endpoints/sip'),
    list('/extensions'),
    list('/incalls'),
    list('/voicemails'),
    list('/agents'),
    list('/callpermissions'),
  ]);
  // The apply lock is a call permission (see apply-lock.ts); it is not part of the telephony state.
  const permissions = allPermissions.filter((p) => p['name'] !== LOCK_NAME);
  const idByUuid = new Map(users.map((u) => [str(u['uuid']), num(u['id'])]));
  const userIdsOf = (refs: unknown): number[] =>
    arr(refs)
      .map((r) => idByUuid.get(str(r['uuid'])))
      .filter((id): id is number => id !== undefined);

  const liveUsers = new Map<number, LiveUser>();
  for (const u of users) {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(u)) {
      if (value === null || typeof value !== 'object') fields[name] = value;
    }
    const voicemail = u['voicemail'] as Row | null | undefined;
    liveUsers.set(num(u['id']), {
      id: num(u['id']),
      uuid: str(u['uuid']),
      fields,
      lineIds: arr(u['lines']).map((l) => num(l['id'])),
      voicemailId: voicemail ? num(voicemail['id']) : null,
      agentId: null,
      callPermissionIds: [],
    });
  }
  const liveAgents = agents.map((a) => ({
    id: num(a['id']),
    number: str(a['number']),
    userIds: userIdsOf(a['users']),
  }));
  for (const agent of liveAgents) {
    for (const userId of agent.userIds) {
      const user = liveUsers.get(userId);
      if (user) user.agentId = agent.id;
    }
  }
  // XiVO lists a permission's members only per permission; there are few permissions.
  const members = await Promise.all(
    permissions.map(async (p) => {
      const body = (await port.request('GET', `/callpermissions/${num(p['id'])}/users`)) as Row;
      return arr(body['items']).map((m) => num(m['user_id']));
    }),
  );
  permissions.forEach((p, i) => {
    for (const userId of members[i] ?? []) liveUsers.get(userId)?.callPermissionIds.push(num(p['id']));
  });

  const data: Omit<LiveInventory, 'fingerprint'> = {
    users: [...liveUsers.values()].sort((a, b) => a.id - b.id),
    lines: lines
      .map((l) => {
        const sip = l['endpoint_sip'] as Row | null | undefined;
        return {
          id: num(l['id']),
          context: str(l['context']),
          endpointSipId: sip ? num(sip['id']) : null,
          extensionIds: arr(l['extensions']).map((e) => num(e['id'])),
          userIds: userIdsOf(l['users']),
        };
      })
      .sort((a, b) => a.id - b.id),
    endpointsSip: sips
      .map((s) => ({ id: num(s['id']), username: str(s['username']) }))
      .sort((a, b) => a.id - b.id),
    extensions: extensions
      .map((e) => ({ id: num(e['id']), exten: str(e['exten']), context: str(e['context']) }))
      .sort((a, b) => a.id - b.id),
    incalls: incalls
      .map((i) => {
        const destination = (i['destination'] ?? {}) as Row;
        return {
          id: num(i['id']),
          userId: destination['type'] === 'user' ? num(destination['user_id']) : null,
          extensionIds: arr(i['extensions']).map((e) => num(e['id'])),
        };
      })
      .sort((a, b) => a.id - b.id),
    voicemails: voicemails
      .map((v) => ({
        id: num(v['id']),
        number: str(v['number']),
        context: str(v['context']),
        name: str(v['name']),
        email: nullableStr(v['email']),
        language: nullableStr(v['language']),
        timezone: nullableStr(v['timezone']),
        userIds: userIdsOf(v['users']),
      }))
      .sort((a, b) => a.id - b.id),
    agents: liveAgents.sort((a, b) => a.id - b.id),
    callPermissions: permissions
      .map((p) => ({ id: num(p['id']), name: str(p['name']) }))
      .sort((a, b) => a.id - b.id),
  };
  for (const user of data.users) user.callPermissionIds.sort((a, b) => a - b);
  return { fingerprint: fingerprint(data), ...data };
}

/** sha256 of the normalised inventory: equal inventories give equal fingerprints. */
function fingerprint(data: Omit<LiveInventory, 'fingerprint'>): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/**
 * Every page of a confd list. Users are paged in id order: their default order (lastname) has ties,
 * and a database may order ties differently from one page request to the next. A row seen twice is
 * kept once.
 */
async function fetchAll(port: ConfdPort, path: string, pageSize: number): Promise<Row[]> {
  const rows: Row[] = [];
  const seen = new Set<unknown>();
  const order = path === '/users' ? '&order=id' : '';
  let received = 0;
  for (let offset = 0; ; offset += pageSize) {
    const body = (await port.request('GET', `${path}?limit=${pageSize}&offset=${offset}${order}`)) as
      Row | undefined;
    const items = arr(body?.['items']);
    received += items.length;
    for (const item of items) {
      if (seen.has(item['id'])) continue;
      seen.add(item['id']);
      rows.push(item);
    }
    const total = typeof body?.['total'] === 'number' ? body['total'] : received;
    if (items.length < pageSize || received >= total) return rows;
  }
}

function arr(value: unknown): Row[] {
  return Array.isArray(value) ? (value as Row[]) : [];
}

function num(value: unknown): number {
  if (typeof value === 'number') return value;
  throw new ConfdRequestError('GET', '(inventory)', 200, [
    `expected a numeric id, got ${JSON.stringify(value)}`,
  ]);
}

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function nullableStr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
