import type { AgentRecord, AgentsAccess, AgentsApi } from './agents-api.ts';
import type { ConfdAgent } from './types.ts';
import { WS_AGENTS_PATH, type WsSend, webServicesAgents } from './webservices-agents.ts';
import { XivoApiError } from './xivo-api-error.ts';
import type { ResourceApi } from './xivo-client.ts';

/** Searched for by the web-services probe: any answer but 401/403/404 proves the account works. */
const PROBE_SEARCH = 'xivo-sync-probe';

const WS_SETTINGS =
  'set XIVO_WS_USER and XIVO_WS_PASSWORD, or xivo.webservices.username and password in mappings/ (a user of Configuration → Web Services Access)';

export interface ProbeDeps {
  /** `GET /1.1/agents?limit=1`. */
  probeConfd(): Promise<void>;
  confdAgents: ResourceApi<ConfdAgent>;
  /** The web services, when credentials are configured. */
  webservices?: { send: WsSend; url: string; username: string };
}

/**
 * The capability probe: one `GET /1.1/agents?limit=1`; 200 means confd agents. A 404 (XiVO 16.15)
 * means the web services, checked with one search under the configured account. No usable API is
 * not an error: the plan reports each agent it cannot provision, and everything else goes on.
 */
export async function probeAgentsAccess(deps: ProbeDeps): Promise<AgentsAccess> {
  try {
    await deps.probeConfd();
    return { backend: 'confd', api: confdAgentsApi(deps.confdAgents) };
  } catch (error) {
    if (!(error instanceof XivoApiError) || error.status !== 404) throw error;
  }
  const ws = deps.webservices;
  if (ws === undefined) {
    return {
      backend: 'none',
      reason: `this XiVO has no /1.1/agents and no web-services user is set: ${WS_SETTINGS}`,
    };
  }
  const query = { act: 'search', search: PROBE_SEARCH };
  const where = `${ws.url}${WS_AGENTS_PATH}`;
  let reply;
  try {
    reply = await ws.send('GET', query, undefined, true);
  } catch (error) {
    // Nothing answers there (a wrong URL or port): agents are unavailable; the rest still runs.
    if (!(error instanceof XivoApiError) || error.status !== 0) throw error;
    return {
      backend: 'none',
      reason: `the agents web services at ${where} do not answer (${error.messages.join('; ')}): set XIVO_WS_URL or xivo.webservices.url`,
    };
  }
  if (reply.status === 200 || reply.status === 204)
    return { backend: 'webservices', api: webServicesAgents(ws.send) };
  if (reply.status === 401 || reply.status === 403) {
    return {
      backend: 'none',
      reason: `the web services at ${where} refused the user '${ws.username}' (${reply.status}): check its password and allowed host in Configuration → Web Services Access`,
    };
  }
  if (reply.status === 404) {
    return {
      backend: 'none',
      reason: `this XiVO has no /1.1/agents and no agents web services at ${where} (404)`,
    };
  }
  throw new XivoApiError('GET', `${WS_AGENTS_PATH}?act=search`, reply.status, [
    'unexpected answer of the agents web services',
  ]);
}

/** Agents in confd (Wazo's `/1.1/agents`); the list carries the users. */
function confdAgentsApi(agents: ResourceApi<ConfdAgent>): AgentsApi {
  return {
    backend: 'confd',
    listAll: async (pageSize) => (await agents.listAll({}, pageSize)).map(toRecord),
    async create(agent) {
      const created = await agents.create({
        number: agent.number,
        firstname: agent.firstname,
        lastname: agent.lastname,
      });
      return created.id;
    },
    // confd agents have no context.
    update: async (id, { context: _context, ...names }) => {
      if (Object.keys(names).length > 0) await agents.update(id, names);
    },
    delete: (id) => agents.delete(id),
  };
}

function toRecord(a: ConfdAgent): AgentRecord {
  const name = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  return {
    id: a.id,
    number: a.number,
    firstname: name(a['firstname']),
    lastname: name(a['lastname']),
    context: null,
    ...(a.users === undefined ? {} : { userUuids: a.users.map((u) => u.uuid) }),
  };
}
