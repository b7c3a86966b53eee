/**
 * Response validation at the boundary: hand-written JSON schemas of the confd/xivo-auth fields this
 * tool reads, nothing more (other fields pass through untouched, so a newer XiVO adding fields does
 * not break us). No command compiles them: `npm run generate:types` turns them into ajv's standalone
 * code (generated/validate-responses.js), which `findSchemaProblems` runs.
 */
export type Schema = Record<string, unknown>;

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const obj = (required: Record<string, Schema>, nullable = false): Schema => ({
  type: nullable ? ['object', 'null'] : 'object',
  required: Object.keys(required),
  properties: required,
});
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

const extensionRef = obj({ id: int, exten: str, context: str });
const userRef = obj({ uuid: str });
const range = obj({ start: str });

export const schemas = {
  token: obj({ data: obj({ token: str, issued_at: str, expires_at: str }) }),
  user: obj({
    id: int,
    uuid: str,
    firstname: str,
    lastname: strOrNull,
    email: strOrNull,
    userfield: strOrNull,
    description: strOrNull,
    enabled: bool,
    lines: arrayOf(
      obj({
        id: int,
        endpoint_sip: obj({ id: int, username: str }, true),
        extensions: arrayOf(extensionRef),
      }),
    ),
    incalls: arrayOf(obj({ id: int, extensions: arrayOf(extensionRef) })),
    voicemail: obj({ id: int }, true),
  }),
  userDirectory: obj({ id: int, uuid: str, agent_id: { type: ['integer', 'null'] } }),
  line: obj({
    id: int,
    context: str,
    endpoint_sip: obj({ id: int, username: str }, true),
    extensions: arrayOf(extensionRef),
    users: arrayOf(userRef),
  }),
  endpointSip: obj({ id: int, username: str }),
  extension: obj({
    id: int,
    exten: str,
    context: str,
    lines: arrayOf(obj({ id: int })),
    incall: obj({ id: int }, true),
  }),
  context: obj({
    id: int,
    name: str,
    type: str,
    user_ranges: arrayOf(range),
    group_ranges: arrayOf(range),
    queue_ranges: arrayOf(range),
    conference_room_ranges: arrayOf(range),
    incall_ranges: arrayOf(range),
  }),
  incall: obj({ id: int, destination: obj({ type: str }), extensions: arrayOf(extensionRef) }),
  voicemail: obj({ id: int, name: str, number: str, context: str, users: arrayOf(userRef) }),
  // `users` is the Wazo agent relation (the shape this tool's agent CRUD follows); optional, as a
  // XiVO agent list may lack it (fetchInventory then reads `agent_id` from the users' directory view).
  agent: { ...obj({ id: int, number: str }), properties: { id: int, number: str, users: arrayOf(userRef) } },
  callPermission: obj({ id: int, name: str }),
  userLine: obj({ user_id: int, line_id: int, main_user: bool, main_line: bool }),
  lineExtension: obj({ line_id: int, extension_id: int }),
  lineEndpointSip: obj({ line_id: int, endpoint_id: int }),
  userVoicemail: obj({ user_id: int, voicemail_id: int }),
  userAgent: obj({ user_id: int, agent_id: int }),
  userCallPermission: obj({ user_id: int, call_permission_id: int }),
} satisfies Record<string, Schema>;

export type SchemaName = keyof typeof schemas;

/** The answer of a confd list: `{total, items}` of the named schema's objects. */
export const listSchema = (items: Schema): Schema => obj({ total: int, items: arrayOf(items) });
