/**
 * The normalised graph of a live XiVO that the planner works on. Plain JSON data (no Maps, no
 * classes): it can be fingerprinted, saved with a plan and compared. Every array is sorted (users and
 * objects by id, extensions by context then exten) so two reads of the same XiVO are deep-equal.
 */
export type KeyField = 'userfield' | 'description';

export interface Inventory {
  /** The user field holding our deterministic key. */
  keyField: KeyField;
  /**
   * Which API manages agents here (the client's probe). With `none`, agents are not read at all and
   * `reason` says which setting is missing.
   */
  agentsApi: { backend: 'confd' | 'webservices' } | { backend: 'none'; reason: string };
  /** Users whose key field is non-empty, by id. */
  users: InventoryUser[];
  /** Keys held by more than one user (the planner must not guess which one is ours). */
  duplicateKeys: string[];
  contexts: InventoryContext[];
  /** Every extension in use or reserved, per context name, sorted by exten: what an allocator must avoid. */
  extensionsByContext: Record<string, InventoryExtension[]>;
  /** Call permissions (id and name), by id. */
  callPermissions: InventoryCallPermission[];
  unmanaged: UnmanagedObjects;
}

/**
 * Objects the planner does not own: users without a key, and every line, SIP endpoint, extension,
 * incall, voicemail and agent not attached to a managed user. `userIds` lists the (unmanaged) users
 * an object is attached to; an empty list marks an orphan the planner may re-use.
 */
export interface UnmanagedObjects {
  users: InventoryUser[];
  lines: (InventoryLine & { userIds: number[] })[];
  endpointsSip: (InventoryEndpointSip & { lineId: number | null })[];
  extensions: InventoryExtension[];
  incalls: (InventoryIncall & { userId: number | null })[];
  voicemails: (InventoryVoicemail & { userIds: number[] })[];
  agents: (InventoryAgent & { userIds: number[] })[];
}

/** A scalar confd user field; objects and arrays (relations, forwards) are not copied. */
export type UserFieldValue = string | number | boolean | null;

export interface InventoryUser {
  id: number;
  uuid: string;
  /** Trimmed value of the key field; null for an unmanaged user. */
  key: string | null;
  firstname: string;
  lastname: string | null;
  email: string | null;
  enabled: boolean;
  /**
   * Every scalar confd field as returned (username, mobile_phone_number, caller_id, userfield, …),
   * except the secrets `password` and `call_permission_password`, which XiVO returns in clear.
   */
  fields: Record<string, UserFieldValue>;
  /** In association order: the first is the main line. */
  lines: InventoryLine[];
  /** DIDs routed to this user. */
  incalls: InventoryIncall[];
  voicemail: InventoryVoicemail | null;
  agent: InventoryAgent | null;
  callPermissions: InventoryCallPermission[];
}

export interface InventoryLine {
  id: number;
  /** Context of the line; null only if the line vanished between two list reads. */
  context: string | null;
  endpointSip: InventoryEndpointSip | null;
  /** XiVO allows at most one extension per line. */
  extension: ExtensionAddress | null;
}

export interface InventoryEndpointSip {
  id: number;
  username: string;
}

export interface ExtensionAddress {
  id: number;
  exten: string;
  context: string;
}

export interface InventoryIncall {
  id: number;
  /** The DID extension (incall context), null for an incall without one. */
  extension: ExtensionAddress | null;
}

export interface InventoryVoicemail {
  id: number;
  number: string;
  context: string;
  name: string;
  /** Null when confd has none (or omits the field). The planner compares these with state. */
  email: string | null;
  language: string | null;
  timezone: string | null;
}

export interface InventoryAgent {
  id: number;
  number: string;
  firstname: string | null;
  lastname: string | null;
  /** Null where the agents API has none (confd agents). */
  context: string | null;
}

export interface InventoryCallPermission {
  id: number;
  name: string;
}

export interface InventoryExtension extends ExtensionAddress {
  /** Lines using it (several only when they belong to the same user). */
  lineIds: number[];
  incallId: number | null;
  /** Users reached through those lines or the incall's user destination. */
  userIds: number[];
}

export interface InventoryRange {
  start: string;
  /** Equals `start` when confd omitted it. */
  end: string;
}

export interface InventoryContext {
  id: number;
  name: string;
  /** internal, incall, outcall, services or others. */
  type: string;
  userRanges: InventoryRange[];
  groupRanges: InventoryRange[];
  queueRanges: InventoryRange[];
  conferenceRoomRanges: InventoryRange[];
  /** DID ranges: only the last `didLength` digits are compared (0 = the whole number). */
  incallRanges: (InventoryRange & { didLength: number })[];
}
