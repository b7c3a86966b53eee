import type { ConfdStore } from './store.ts';
import { WS_AGENT_GROUPS, WS_LANGUAGES } from './ws-decisions.ts';

/**
 * The web interface's checks of an agent (`agentfeatures` filter of `agent.inc` and
 * `lib/filter.inc`, reference §3). A failure is a bare 400: the reason goes only to the PHP log, so
 * it is returned here for the emulator's own log and tests, never sent.
 */

export interface AgentColumns {
  number: string;
  context: string;
  numgroup: number;
  autologoff: number;
  firstname: string;
  lastname: string;
  passwd: string;
  language: string;
  description: string;
}

const DIGITS_STAR_HASH = /^[0-9*#]+$/;
const CONTEXT = /^[a-zA-Z0-9_-]{1,39}$/;
const RESERVED_CONTEXTS = new Set(['general', 'global', 'globals', 'parkedcalls']);

/** The filter's "printable": no control character (C0 or DEL). */
function printable(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** Tags and tabs stripped, runs of spaces collapsed; JSON numbers become strings. */
export function normalise(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return String(value)
    .replace(/<[^>]*>/g, '')
    .replace(/\t/g, '')
    .replace(/ {2,}/g, ' ');
}

/**
 * Checks `agentfeatures` (already merged over the stored agent for edit). `selfId` is the agent being
 * edited, which may keep its own number.
 */
export function checkAgentFeatures(
  store: ConfdStore,
  raw: Record<string, unknown>,
  selfId: number | null,
): { columns: AgentColumns } | { refused: string } {
  // A value the filter cannot read as text (true, an object) fails it; numbers are read as text.
  for (const [name, value] of Object.entries(raw)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && name !== 'id')
      return { refused: `${name} is not text` };
  }
  const field = (name: string): string => normalise(raw[name]) ?? '';
  const number = field('number');
  if (!DIGITS_STAR_HASH.test(number) || number.length > 40) return { refused: `number '${number}'` };
  const taken = store.agentByNumber.get(number);
  if (taken !== undefined && taken !== selfId) return { refused: `number ${number} already exists` };
  const context = field('context');
  if (!CONTEXT.test(context) || context.startsWith('xivo-') || RESERVED_CONTEXTS.has(context))
    return { refused: `context '${context}'` };
  if (store.contextByNameOrNull(context) === undefined)
    return { refused: `context ${context} does not exist` };
  const numgroup = Number(field('numgroup'));
  if (field('numgroup') === '' || !Number.isInteger(numgroup) || !WS_AGENT_GROUPS.has(numgroup))
    return { refused: `numgroup '${field('numgroup')}'` };
  const autologoff = Number(field('autologoff'));
  if (
    field('autologoff') === '' ||
    !Number.isInteger(autologoff) ||
    autologoff < 0 ||
    autologoff > 60 ||
    autologoff % 5 !== 0
  )
    return { refused: `autologoff '${field('autologoff')}'` };
  const firstname = field('firstname');
  const lastname = field('lastname');
  for (const [name, value] of [
    ['firstname', firstname],
    ['lastname', lastname],
  ] as const) {
    if (value.length > 128 || !printable(value)) return { refused: `${name} '${value}'` };
  }
  const passwd = field('passwd');
  if (passwd !== '' && (!DIGITS_STAR_HASH.test(passwd) || passwd.length > 40)) return { refused: 'passwd' };
  const language = field('language');
  if (language !== '' && !WS_LANGUAGES.includes(language)) return { refused: `language '${language}'` };
  const description = field('description');
  if (description.length > 1000) return { refused: 'description longer than 1000' };
  return {
    columns: { number, context, numgroup, autologoff, firstname, lastname, passwd, language, description },
  };
}
