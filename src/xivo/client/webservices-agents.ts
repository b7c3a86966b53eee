import type { AgentRecord, AgentsApi, AgentWrite } from './agents-api.ts';
import { XivoApiError } from './xivo-api-error.ts';

/**
 * Agents through the web interface's web services (`/callcenter/json.php/restricted/settings/agents/`),
 * as XiVO 16.15 serves them (reference: xivo-webservices-agents.md; web interface source at
 * `xivo-16.15`, `src/action/www/callcenter/web_services/settings/agents.php` and
 * `src/object/application/service/ipbx/asterisk/agent/agent.inc`).
 */
export const WS_AGENTS_PATH = '/callcenter/json.php/restricted/settings/agents/';

export interface WsReply {
  status: number;
  data: unknown;
}

/**
 * One web-services request: `act` and the other query parameters, the JSON body of add/edit, and
 * whether it may be repeated after a transient failure. Basic auth, TLS and retries are the caller's.
 */
export type WsSend = (
  method: 'GET' | 'POST',
  query: Record<string, string>,
  body: unknown,
  retryable: boolean,
) => Promise<WsReply>;

/** The web services answer errors with an empty body; the reason goes only to XiVO's PHP log. */
const LOG_HINT = 'the web services give no reason (XiVO writes it to its PHP error log)';

/** What a status means here, for the statuses whose meaning is known without a body. */
function meaning(status: number): string {
  if (status === 401) return 'the web services refused the user (check Configuration → Web Services Access)';
  if (status === 403) return 'the web services refused this host (the allowed host of the web services user)';
  return LOG_HINT;
}

export function webServicesAgents(send: WsSend): AgentsApi {
  const subject = (query: Record<string, string>): string =>
    `${WS_AGENTS_PATH}?${new URLSearchParams(query).toString()}`;
  const fail = (method: string, query: Record<string, string>, status: number, message: string): never => {
    throw new XivoApiError(method, subject(query), status, [message]);
  };

  async function list(query: Record<string, string>): Promise<AgentRecord[]> {
    const reply = await send('GET', query, undefined, true);
    // 204: no agent (or no match); the body is empty.
    if (reply.status === 204) return [];
    if (reply.status !== 200) return fail('GET', query, reply.status, meaning(reply.status));
    if (!Array.isArray(reply.data))
      return fail('GET', query, reply.status, 'expected a JSON array of agents');
    return reply.data.map((item, index) =>
      toRecord(item, () =>
        fail(
          'GET',
          query,
          200,
          `item ${index} is not an agent {id, number, …}: ${JSON.stringify(item).slice(0, 200)}`,
        ),
      ),
    );
  }

  /** `view` of one agent: its columns, linked users and queue memberships (null when it is gone). */
  async function view(id: number): Promise<WsView | null> {
    const query = { act: 'view', id: String(id) };
    const reply = await send('GET', query, undefined, true);
    if (reply.status === 204) return null;
    if (reply.status !== 200) return fail('GET', query, reply.status, meaning(reply.status));
    const data = reply.data as Partial<WsView> | null;
    if (data === null || typeof data !== 'object' || typeof data.agentfeatures !== 'object') {
      // The view of an id that is some agent's number answers 200 with `null` (reference §2).
      return null;
    }
    return data as WsView;
  }

  return {
    backend: 'webservices',
    listAll: () => list({ act: 'list' }),
    async create(agent) {
      const query = { act: 'add' };
      const reply = await send('POST', query, { agentfeatures: newAgentFeatures(agent) }, false);
      if (reply.status !== 200) {
        return fail(
          'POST',
          query,
          reply.status,
          reply.status === 400
            ? `agent ${agent.number} refused: ${LOG_HINT}; the usual causes are a number already taken or a context that does not exist (${agent.context})`
            : `agent ${agent.number}: ${meaning(reply.status)}`,
        );
      }
      // add answers no id: the new agent is found again by its exact number (search is a substring match).
      const found = (await list({ act: 'search', search: agent.number })).find(
        (a) => a.number === agent.number,
      );
      if (found === undefined)
        return fail(
          'POST',
          query,
          200,
          `agent ${agent.number} was created but a search for its number finds nothing`,
        );
      return found.id;
    },
    async update(id, changes) {
      const current = await view(id);
      const query = { act: 'edit', id: String(id) };
      if (current === null) return fail('POST', query, 204, `agent ${id} does not exist`);
      // edit replaces the user links and queue memberships with what the body lists, and drops them
      // when the keys are missing: send back what the agent has.
      const users = current.usermember === false ? [] : current.usermember;
      const queues = current.queuemember === false ? [] : current.queuemember;
      const body = {
        // edit merges the body over the stored agent: only the changed columns are sent.
        agentfeatures: Object.fromEntries(
          Object.entries(changes).map(([field, value]) => [field, value ?? '']),
        ),
        'user-select': users.map((u) => String(u.id)),
        'queue-select': queues.map((q) => q.queue_name),
        queue: Object.fromEntries(queues.map((q) => [q.queue_name, { penalty: String(q.penalty ?? 0) }])),
      };
      // A repeated edit writes the same values again, so it may be retried like a PUT.
      const reply = await send('POST', query, body, true);
      if (reply.status === 204) return fail('POST', query, 204, `agent ${id} does not exist`);
      if (reply.status !== 200)
        return fail('POST', query, reply.status, `agent ${id} refused: ${meaning(reply.status)}`);
    },
    async delete(id) {
      const query = { act: 'delete', id: String(id) };
      const reply = await send('GET', query, undefined, true);
      if (reply.status === 404) return fail('GET', query, 404, `agent ${id} does not exist`);
      if (reply.status !== 200) return fail('GET', query, reply.status, meaning(reply.status));
    },
  };
}

interface WsView {
  agentfeatures: Record<string, unknown>;
  usermember: { id: number | string }[] | false;
  queuemember: { queue_name: string; penalty?: number | string }[] | false;
}

/** add's `agentfeatures`. numgroup 1 is the `default` agent group every XiVO has; 0 = no auto-logoff. */
function newAgentFeatures(agent: AgentWrite & { number: string }): Record<string, string> {
  return {
    number: agent.number,
    passwd: '',
    numgroup: '1',
    autologoff: '0',
    language: '',
    description: '',
    firstname: agent.firstname ?? '',
    lastname: agent.lastname ?? '',
    context: agent.context,
  };
}

/** A list item `{id, firstname, lastname, number, passwd, context, language}`; numbers may come as strings. */
function toRecord(item: unknown, invalid: () => never): AgentRecord {
  if (typeof item !== 'object' || item === null) return invalid();
  const row = item as Record<string, unknown>;
  const id = Number(row['id']);
  const number = row['number'];
  if (!Number.isInteger(id) || (typeof number !== 'string' && typeof number !== 'number')) return invalid();
  return {
    id,
    number: String(number),
    firstname: text(row['firstname']),
    lastname: text(row['lastname']),
    context: text(row['context']),
  };
}

/** The web services store missing names as `""` (or null): both mean none. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
