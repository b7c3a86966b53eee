/**
 * Call-center agents, whichever API the XiVO has for them. XiVO 16.15's confd has no `/1.1/agents`
 * (only the user ↔ agent association); its agents live behind the web interface's web services.
 * Later servers (Wazo) have confd agents. The client probes once per run and hands out one of these.
 */

/** Which API manages agents on this server. */
export type AgentsBackend = 'confd' | 'webservices';

export interface AgentRecord {
  id: number;
  number: string;
  firstname: string | null;
  lastname: string | null;
  /** The agent's context; null where the API has none (confd agents). */
  context: string | null;
  /** Uuids of the linked users when the list carries them (confd agents); otherwise unknown. */
  userUuids?: string[];
}

/** What this tool sets on an agent. */
export interface AgentWrite {
  firstname: string | null;
  lastname: string | null;
  /** Required by the web services (an existing context); confd agents have none and ignore it. */
  context: string;
}

export interface AgentsApi {
  readonly backend: AgentsBackend;
  /** Every agent, in pages of `pageSize` where the API pages (confd; the web services list all at once). */
  listAll(pageSize?: number): Promise<AgentRecord[]>;
  /** Creates the agent and resolves to its id. */
  create(agent: AgentWrite & { number: string }): Promise<number>;
  /** Changes the given fields; the number cannot change, and links and queue memberships are kept. */
  update(id: number, changes: Partial<AgentWrite>): Promise<void>;
  /** Deletes the agent (its user links and queue memberships go with it). */
  delete(id: number): Promise<void>;
}

/** The outcome of the capability probe. */
export type AgentsAccess =
  | { backend: AgentsBackend; api: AgentsApi }
  /** No usable agents API: agents are left alone and each person who needs one gets a plan problem. */
  | { backend: 'none'; reason: string };
