import type { AgentsAccess, HttpMethod } from '../xivo/index.ts';

/**
 * The one thing apply needs from XiVO: a confd request. Kept this narrow so the reconciler can run on
 * the project's typed client (`src/xivo`, what the CLI uses) or on any stand-in with the same call.
 * A refusal is thrown as the client's XivoApiError (method, path, status and confd's messages).
 */
export interface ConfdPort {
  /** Sends `METHOD /1.1<path>`; resolves to the parsed JSON body (undefined for 204). */
  request(method: HttpMethod, path: string, body?: unknown): Promise<unknown>;
}

/**
 * What applyPlan needs: confd, plus the agents API the client's probe found (agents are not confd
 * objects on XiVO 16.15: they live behind the web services).
 */
export interface ApplyPort extends ConfdPort {
  agentsAccess(): Promise<AgentsAccess>;
}
