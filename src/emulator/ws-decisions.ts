/**
 * Every choice the emulator makes where the agents web services' sources leave it open
 * (reference/xivo-webservices-agents.md §7 and what the PHP does not pin down). One place, listed in
 * docs/emulator.md; nothing here is traced to a live server. Besides the constants below:
 * - list and search are in ascending id order (the SQL sets none; a fresh table yields insertion order);
 * - a `queue-select` naming a queue that does not exist is skipped, as `set_queuemember` skips it;
 *   queues have no API here, they come from the seed (`SeedData.queues`);
 * - unlinking a user stores no agent (the PHP writes `agentid` 0; confd then shows no agent);
 * - skills are kept per agent without a skill table, so `view` shows their `name` as null;
 * - errors that the PHP logs (validation, unknown ids) answer with an empty body only.
 */

/**
 * Where the web services are served: on the confd listener (`url`), since the emulator has one
 * address. A real XiVO serves them through nginx on 443, apart from confd (9486).
 */
export const WS_PATH_PREFIX = '/callcenter/json.php/';

/** `X-XIVO-WS-VERSION` of every answer (the web interface's `XIVO_WS_VERSION`). */
export const WS_VERSION = '1.0';

/** The realm of the 401 challenge (`_restricted.php`). */
export const WS_REALM = 'Access Restricted';

/**
 * JSON types of a live 16.x server are unknown: `id` is an integer (the list template casts it), the
 * other columns are strings as the 2012 xivo-ws fixture shows them (`"numgroup": "1"`), and a missing
 * name, password, context or language is `""` (the columns are NOT NULL DEFAULT '').
 */
export function wsText(value: string | null | undefined): string {
  return value ?? '';
}

/** The one agent group every XiVO has (numgroup 1, `default`). Agent groups have no API here. */
export const WS_AGENT_GROUPS: ReadonlyMap<number, string> = new Map([[1, 'default']]);

/** Languages `language` accepts (agentfeatures `language` list of the web interface). */
export const WS_LANGUAGES = ['de_DE', 'en_US', 'es_ES', 'fr_FR', 'fr_CA', 'it_IT', 'nl_NL'];

/** Addresses allowed on `/json.php/private/` (`_private.php`: loopback only). */
export const WS_PRIVATE_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
