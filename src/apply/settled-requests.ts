import type { Relation } from '../plan/index.ts';
import { XivoApiError } from '../xivo/index.ts';
import type { ApplyPort } from './confd-port.ts';

// Requests that failed although their goal is reached: what a retry after a lost reply answers.

/**
 * A DELETE that finds nothing (404) reached its goal: a retried request whose first attempt succeeded
 * but whose reply was lost answers exactly that.
 */
export function gone(error: unknown): void {
  if (!(error instanceof XivoApiError) || error.status !== 404) throw error;
}

/**
 * Where confd lists a relation's partners of `left`, and the field naming the partner; `within`: the
 * partners are a list inside that object (an incall's `extensions`, there being no association GET).
 */
const PARTNERS: Partial<
  Record<Relation, { path: (left: number) => string; field: string; within?: string }>
> = {
  'incall-extension': { path: (i) => `/incalls/${i}`, field: 'id', within: 'extensions' },
  'user-line': { path: (u) => `/users/${u}/lines`, field: 'line_id' },
  'line-extension': { path: (l) => `/lines/${l}/extensions`, field: 'extension_id' },
  'line-sip': { path: (l) => `/lines/${l}/endpoints/sip`, field: 'endpoint_id' },
  'user-voicemail': { path: (u) => `/users/${u}/voicemails`, field: 'voicemail_id' },
  'user-agent': { path: (u) => `/users/${u}/agents`, field: 'agent_id' },
  'user-callpermission': { path: (u) => `/users/${u}/callpermissions`, field: 'call_permission_id' },
};

/**
 * confd refuses an association that exists (400 "… is associated with …"). When it exists with the
 * very partner intended (a retried PUT whose first attempt succeeded), the step reached its goal; with
 * another partner, the refusal stands.
 */
export async function alreadyAssociated(
  port: ApplyPort,
  relation: Relation,
  left: number,
  right: number,
  error: unknown,
): Promise<boolean> {
  const partners = PARTNERS[relation];
  if (!(error instanceof XivoApiError) || error.status !== 400 || partners === undefined) return false;
  if (!error.messages.some((m) => /is associated with/i.test(m))) return false;
  // A list (`{items}`) for the relations with many partners, one object for the others.
  const body = (await port.request('GET', partners.path(left)).catch(() => undefined)) as
    Record<string, unknown> | undefined;
  const items = body?.[partners.within ?? 'items'];
  const rows = body === undefined ? [] : Array.isArray(items) ? (items as Record<string, unknown>[]) : [body];
  return rows.some((row) => row[partners.field] === right);
}
