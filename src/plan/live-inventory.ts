/**
 * What the plan needs to know of a live XiVO, normalised to ids and association lists. The plan is
 * pure: `src/prepare/` builds this from the rows `fetchInventoryRows` reads (`liveInventoryFromRows`),
 * tests build it from the emulator or by hand.
 */
export interface LiveInventory {
  /** Fingerprint of the data this was built from, copied into the plan. */
  fingerprint: string;
  /**
   * Which API manages agents (the client's probe). With `none`, agents were not read: the planner
   * leaves them alone and reports each person who needs one, with `reason`.
   */
  agentsApi: { backend: 'confd' | 'webservices' } | { backend: 'none'; reason: string };
  users: LiveUser[];
  lines: LiveLine[];
  endpointsSip: LiveEndpointSip[];
  extensions: LiveExtension[];
  incalls: LiveIncall[];
  voicemails: LiveVoicemail[];
  agents: LiveAgent[];
  callPermissions: LiveCallPermission[];
  /**
   * The contexts and their number ranges, for the refusals confd would give (a context that does not
   * exist, an extension outside every range). Absent: not read, and nothing is checked against them.
   */
  contexts?: LiveContext[];
  /**
   * The call permission marking users who received their onboarding e-mail, when it exists: an
   * adopted user joins it before being adopted, so that they are never taken for a new one.
   */
  onboardedMarkerId?: number;
}

export interface LiveUser {
  id: number;
  uuid: string;
  /** confd user fields (firstname, email, userfield, enabled, …) as confd returns them. */
  fields: Readonly<Record<string, unknown>>;
  /** In association order: the first one is the main line. */
  lineIds: number[];
  voicemailId: number | null;
  agentId: number | null;
  callPermissionIds: number[];
}

export interface LiveLine {
  id: number;
  context: string;
  endpointSipId: number | null;
  extensionIds: number[];
  userIds: number[];
}

export interface LiveEndpointSip {
  id: number;
  username: string;
}

export interface LiveExtension {
  id: number;
  exten: string;
  context: string;
}

export interface LiveIncall {
  id: number;
  /** The user the incall routes to, when its destination is a user. */
  userId: number | null;
  extensionIds: number[];
}

export interface LiveVoicemail {
  id: number;
  number: string;
  context: string;
  name: string;
  email: string | null;
  language: string | null;
  timezone: string | null;
  userIds: number[];
}

export interface LiveAgent {
  id: number;
  number: string;
  firstname: string | null;
  lastname: string | null;
  /** Null where the agents API has none (confd agents). */
  context: string | null;
  userIds: number[];
}

export interface LiveCallPermission {
  id: number;
  name: string;
}

export interface LiveContext {
  name: string;
  /** internal, incall, outcall, services or others. */
  type: string;
  /** Every range of the context (user, group, queue, conference room and incall): XiVO checks their union. */
  ranges: LiveRange[];
}

export interface LiveRange {
  start: string;
  end: string;
  /** Incall ranges: only the last `didLength` digits of the bounds count (0: the whole number). */
  didLength: number;
}
