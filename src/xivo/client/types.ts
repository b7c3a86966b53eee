/**
 * confd 1.1 resource shapes (XiVO 16.15), limited to the fields this tool reads; every other field
 * confd returns is kept as `unknown`. Ids are numbers, users are also addressable by uuid.
 */
export type Id = number;
export type UserRef = Id | string;

export interface ConfdList<T> {
  /** Rows matching the filters, before limit/offset. */
  total: number;
  items: T[];
}

export interface ExtensionRef {
  id: Id;
  exten: string;
  context: string;
}

export interface ConfdUser {
  id: Id;
  uuid: string;
  firstname: string;
  lastname: string | null;
  email: string | null;
  userfield: string | null;
  description: string | null;
  enabled: boolean;
  /** In association order: the first one is the main line. */
  lines: { id: Id; endpoint_sip: { id: Id; username: string } | null; extensions: ExtensionRef[] }[];
  incalls: { id: Id; extensions: ExtensionRef[] }[];
  voicemail: { id: Id; name?: string } | null;
  [field: string]: unknown;
}

/** `GET /users?view=directory` row: the only user list that carries `agent_id`. */
export interface ConfdUserDirectory {
  id: Id;
  uuid: string;
  agent_id: Id | null;
  line_id?: Id | null;
  [field: string]: unknown;
}

export interface ConfdLine {
  id: Id;
  context: string;
  endpoint_sip: { id: Id; username: string } | null;
  extensions: ExtensionRef[];
  users: { uuid: string }[];
  [field: string]: unknown;
}

export interface ConfdEndpointSip {
  id: Id;
  username: string;
  [field: string]: unknown;
}

export interface ConfdExtension {
  id: Id;
  exten: string;
  context: string;
  lines: { id: Id }[];
  incall: { id: Id } | null;
  [field: string]: unknown;
}

export interface ConfdRange {
  start: string;
  end?: string | null;
}

export interface ConfdIncallRange extends ConfdRange {
  did_length?: number;
}

export interface ConfdContext {
  id: Id;
  name: string;
  type: string;
  user_ranges: ConfdRange[];
  group_ranges: ConfdRange[];
  queue_ranges: ConfdRange[];
  conference_room_ranges: ConfdRange[];
  incall_ranges: ConfdIncallRange[];
  [field: string]: unknown;
}

export interface ConfdIncall {
  id: Id;
  destination: { type: string; user_id?: Id; [field: string]: unknown };
  extensions: ExtensionRef[];
  [field: string]: unknown;
}

export interface ConfdVoicemail {
  id: Id;
  name: string;
  number: string;
  context: string;
  users: { uuid: string }[];
  [field: string]: unknown;
}

export interface ConfdAgent {
  id: Id;
  number: string;
  /** Users of the agent (Wazo-shaped agent body); absent on servers without the relation. */
  users?: { uuid: string }[];
  [field: string]: unknown;
}

export interface ConfdCallPermission {
  id: Id;
  name: string;
  [field: string]: unknown;
}

export interface UserLineAssociation {
  user_id: Id;
  line_id: Id;
  main_user: boolean;
  main_line: boolean;
}

export interface LineExtensionAssociation {
  line_id: Id;
  extension_id: Id;
}

export interface LineEndpointSipAssociation {
  line_id: Id;
  endpoint_id: Id;
  endpoint?: string;
}

export interface UserVoicemailAssociation {
  user_id: Id;
  voicemail_id: Id;
}

export interface UserAgentAssociation {
  user_id: Id;
  agent_id: Id;
}

export interface UserCallPermissionAssociation {
  user_id: Id;
  call_permission_id: Id;
}

/** Query parameters of confd lists: limit/offset/order/direction/search plus exact-column filters. */
export type ListParams = Record<string, string | number | boolean | undefined>;

/** A JSON body to send; confd ignores unknown fields and PUT is a partial update. */
export type ConfdBody = Record<string, unknown>;
