import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Reply } from './http-support.ts';
import type { ConfdStore } from './store.ts';
import type { AgentRow } from './types.ts';
import {
  WS_AGENT_GROUPS,
  WS_PATH_PREFIX,
  WS_PRIVATE_ADDRESSES,
  WS_REALM,
  WS_VERSION,
  wsText,
} from './ws-decisions.ts';
import { checkAgentFeatures, normalise, type AgentColumns } from './ws-validate.ts';

/**
 * The agents web services of the XiVO 16.15 web interface (reference/xivo-webservices-agents.md;
 * source: `src/action/www/callcenter/web_services/settings/agents.php`, `agent.inc`,
 * `tpl/json/service/ipbx/asterisk/call_center/agents.php`). Answers are built here and sent by the
 * server like any other reply.
 */

const AGENTS_PATH = /^\/callcenter\/json\.php\/(restricted|private)\/settings\/agents\/?$/;

export interface WsRequest {
  path: string;
  query: URLSearchParams;
  raw: string;
  /** For the Basic credentials and the client's address. */
  req: IncomingMessage;
}

export interface WsAccount {
  user?: string | undefined;
  password?: string | undefined;
}

/** The act a request runs: a missing or unknown `act` lists (the PHP's `default:` branch). */
function actOf(query: URLSearchParams): string {
  const act = query.get('act');
  return act !== null && ['view', 'add', 'edit', 'delete', 'deleteall', 'search'].includes(act)
    ? act
    : 'list';
}

export function isWebServicesPath(path: string): boolean {
  return path.startsWith(WS_PATH_PREFIX);
}

/** The request log's route: the path and the act, e.g. `/callcenter/json.php/restricted/settings/agents/?act=add`. */
export function webServicesRoute(path: string, query: URLSearchParams): string {
  const match = AGENTS_PATH.exec(path);
  return match ? `/callcenter/json.php/${match[1]}/settings/agents/?act=${actOf(query)}` : path;
}

const empty = (status: number, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'X-XIVO-WS-VERSION': WS_VERSION, ...headers },
});

export function handleAgentsWebServices(store: ConfdStore, account: WsAccount, req: WsRequest): Reply {
  const match = AGENTS_PATH.exec(req.path);
  if (!match) return empty(404);
  if (match[1] === 'private') {
    if (!WS_PRIVATE_ADDRESSES.has(req.req.socket.remoteAddress ?? '')) return empty(403);
  } else if (!authorised(account, req.req.headers.authorization)) {
    return empty(401, { 'WWW-Authenticate': `Basic realm="${WS_REALM}"` });
  }
  const act = actOf(req.query);
  const id = req.query.get('id');
  switch (act) {
    case 'list':
      return json(listItems(store, ''), req.query, 204);
    case 'search':
      return json(listItems(store, req.query.get('search') ?? ''), req.query, 204);
    case 'view': {
      if (id === null) return empty(404);
      const agent = byId(store, id);
      if (agent) return json(view(store, agent), req.query, 200);
      // The by-number fallback of the PHP finds the agent but returns nothing usable: `null`.
      return store.agentByNumber.has(id) ? { ...empty(200), body: null } : empty(204);
    }
    case 'add':
      return empty(add(store, parse(req.raw)));
    case 'edit': {
      const agent = id === null ? undefined : byId(store, id);
      return agent ? empty(edit(store, agent, parse(req.raw))) : empty(204);
    }
    case 'delete': {
      const agent = id === null ? undefined : byId(store, id);
      if (!agent) return empty(404);
      store.deleteAgent(String(agent.id));
      return empty(200);
    }
    default: {
      // deleteall
      if (store.agents.size === 0) return empty(204);
      for (const agentId of [...store.agents.keys()]) store.deleteAgent(String(agentId));
      return empty(200);
    }
  }
}

function authorised(account: WsAccount, header: string | undefined): boolean {
  if (account.user === undefined || account.password === undefined) return false;
  const encoded = /^Basic\s+(.+)$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return (
    colon >= 0 && decoded.slice(0, colon) === account.user && decoded.slice(colon + 1) === account.password
  );
}

/** A JSON answer; `sum` equal to the md5 of the text means unchanged (304), an empty list `ifEmpty`. */
function json(body: unknown, query: URLSearchParams, ifEmpty: number): Reply {
  if (Array.isArray(body) && body.length === 0) return empty(ifEmpty);
  const text = JSON.stringify(body);
  const sum = query.get('sum');
  if (sum !== null && sum === createHash('md5').update(text).digest('hex')) return empty(304);
  return { ...empty(200), body };
}

function byId(store: ConfdStore, raw: string): AgentRow | undefined {
  return /^\d+$/.test(raw) ? store.agents.get(Number(raw)) : undefined;
}

function listItems(store: ConfdStore, search: string): Record<string, unknown>[] {
  const needle = search.toLowerCase();
  return [...store.agents.values()]
    .sort((a, b) => a.id - b.id)
    .filter((a) => {
      if (needle === '') return true;
      const first = wsText(a.firstname);
      const last = wsText(a.lastname);
      return [first, last, a.number, `${first} ${last}`].some((t) => t.toLowerCase().includes(needle));
    })
    .map((a) => ({
      id: a.id,
      firstname: wsText(a.firstname),
      lastname: wsText(a.lastname),
      number: a.number,
      passwd: wsText(a.password),
      context: wsText(a.context),
      language: wsText(a.language),
    }));
}

function features(agent: AgentRow): Record<string, unknown> {
  const first = wsText(agent.firstname);
  const last = wsText(agent.lastname);
  const context = wsText(agent.context);
  return {
    id: agent.id,
    numgroup: String(agent.numgroup ?? 1),
    firstname: first,
    lastname: last,
    number: agent.number,
    passwd: wsText(agent.password),
    context,
    language: wsText(agent.language),
    autologoff: String(agent.autologoff ?? 0),
    group: null,
    description: wsText(agent.description),
    preprocess_subroutine: agent.preprocess_subroutine,
    fullname: `${first} ${last}`.trim(),
    identity: `${`${first} ${last}`.trim()} (${agent.number}@${context})`,
  };
}

function view(store: ConfdStore, agent: AgentRow): Record<string, unknown> {
  const users = (store.agentUsers.get(agent.id) ?? []).flatMap((id) => {
    const user = store.users.get(id);
    return user ? [{ ...user, agentid: agent.id }] : [];
  });
  const queues = [...(store.agentQueues.get(agent.id) ?? [])].map(([name, penalty]) => ({
    queue_name: name,
    interface: `Agent/${agent.number}`,
    penalty,
    commented: 0,
    usertype: 'agent',
    userid: agent.id,
    channel: 'Agent',
    category: 'queue',
    position: 0,
  }));
  const group = agent.numgroup ?? 1;
  return {
    agentfeatures: features(agent),
    agentgroup: {
      id: group,
      groupid: group,
      name: WS_AGENT_GROUPS.get(group) ?? '',
      groups: '',
      commented: 0,
      deleted: 0,
      description: '',
    },
    usermember: users.length > 0 ? users : false,
    queuemember: queues.length > 0 ? queues : false,
    queueskills: [...(store.agentSkills.get(agent.id) ?? [])].map(([id, weight]) => ({
      id,
      name: null,
      weight,
    })),
  };
}

/** `_get_data_from_json`: the raw body, whatever its Content-Type; anything else is no data. */
function parse(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

interface Checked {
  columns: AgentColumns;
  /** User ids to link, or null to unlink every user. */
  users: number[] | null;
  /** Queue name → penalty; empty drops every membership. */
  queues: Map<string, number>;
}

/** `_set`: every check of add and edit, before anything is written (a refusal writes nothing). */
function check(
  store: ConfdStore,
  data: Record<string, unknown> | undefined,
  selfId: number | null,
): Checked | undefined {
  const raw = data?.['agentfeatures'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const result = checkAgentFeatures(store, raw as Record<string, unknown>, selfId);
  if ('refused' in result) return undefined;
  let users: number[] | null = null;
  const select = data?.['user-select'];
  if (Array.isArray(select) && select.length > 0) {
    users = [...new Set(select.map((v) => Number(normalise(v))).filter((id) => store.users.has(id)))];
    // A non-empty selection that names no existing user is refused ('usermember empty').
    if (users.length === 0) return undefined;
  }
  const queues = new Map<string, number>();
  const queueSelect = data?.['queue-select'];
  const queueConfig = data?.['queue'];
  if (Array.isArray(queueSelect) && typeof queueConfig === 'object' && queueConfig !== null) {
    for (const name of queueSelect.map((v) => normalise(v) ?? '')) {
      const options = (queueConfig as Record<string, unknown>)[name];
      if (queues.has(name) || typeof options !== 'object' || options === null || !store.queues.has(name))
        continue;
      const penalty = Number(normalise((options as Record<string, unknown>)['penalty']) ?? 0);
      if (!Number.isInteger(penalty) || penalty < 0) continue;
      queues.set(name, penalty);
    }
    // `set_queuemember` skips what it cannot use, but a selection that leaves nothing is an error.
    if (queueSelect.length > 0 && queues.size === 0) return undefined;
  }
  return { columns: result.columns, users, queues };
}

/** add only: `[{id, weight}]`, a non-empty skill id, an integer weight 0–100, no id twice. */
function checkSkills(skills: unknown): Map<string, number> | undefined {
  const result = new Map<string, number>();
  if (skills === undefined) return result;
  if (!Array.isArray(skills)) return undefined;
  for (const skill of skills as unknown[]) {
    if (typeof skill !== 'object' || skill === null) return undefined;
    const id = normalise((skill as Record<string, unknown>)['id']) ?? '';
    const weight = Number(normalise((skill as Record<string, unknown>)['weight']));
    if (id === '' || result.has(id) || !Number.isInteger(weight) || weight < 0 || weight > 100)
      return undefined;
    result.set(id, weight);
  }
  return result;
}

function add(store: ConfdStore, data: Record<string, unknown> | undefined): number {
  const checked = check(store, data, null);
  const skills = checkSkills(data?.['queueskills']);
  if (!checked || !skills) return 400;
  const agent = store.createAgent({ number: checked.columns.number });
  // Only add sets skills; edit leaves them alone.
  if (skills.size > 0) store.agentSkills.set(agent.id, skills);
  write(store, agent, checked);
  return 200;
}

/** edit merges the body over the stored agent (as `view` shows it); the number never changes. */
function edit(store: ConfdStore, agent: AgentRow, data: Record<string, unknown> | undefined): number {
  if (data === undefined) return 400;
  const merged = phpMerge(view(store, agent), data) as Record<string, unknown>;
  const featuresMerged = merged['agentfeatures'];
  if (typeof featuresMerged === 'object' && featuresMerged !== null)
    (featuresMerged as Record<string, unknown>)['number'] = agent.number;
  const checked = check(store, merged, agent.id);
  if (!checked) return 400;
  write(store, agent, checked);
  return 200;
}

function write(store: ConfdStore, agent: AgentRow, checked: Checked): void {
  const c = checked.columns;
  const orNull = (value: string): string | null => (value === '' ? null : value);
  Object.assign(agent, {
    firstname: orNull(c.firstname),
    lastname: orNull(c.lastname),
    password: orNull(c.passwd),
    language: orNull(c.language),
    description: orNull(c.description),
    context: c.context,
    numgroup: c.numgroup,
    autologoff: c.autologoff,
  });
  // The link lives on the user: each selected user is re-pointed here, the others let go.
  for (const userId of [...(store.agentUsers.get(agent.id) ?? [])]) {
    if (!checked.users?.includes(userId)) store.dissociateUserAgent(String(userId));
  }
  for (const userId of checked.users ?? []) {
    const current = store.userAgent.get(userId);
    if (current === agent.id) continue;
    if (current !== undefined) store.dissociateUserAgent(String(userId));
    store.associateUserAgent(String(userId), String(agent.id));
  }
  if (checked.queues.size > 0) store.agentQueues.set(agent.id, checked.queues);
  else store.agentQueues.delete(agent.id);
  store.changed();
}

/** The web interface's `array_merge_recursive`: arrays on both sides merge key by key, else the body wins. */
function phpMerge(base: unknown, over: unknown): unknown {
  const isMergeable = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isMergeable(base) || !isMergeable(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in out ? phpMerge(out[key], value) : value;
  return Array.isArray(base) && Array.isArray(over) ? Object.values(out) : out;
}
