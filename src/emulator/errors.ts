import { ReconcilerError } from '../errors.ts';

/**
 * A refusal of the emulated confd: the HTTP status and the JSON array of messages it answers with.
 * Thrown by the store for HTTP and `seed()` alike, so a seed refuses exactly what HTTP refuses.
 */
export class ConfdError extends ReconcilerError {
  readonly status: number;
  readonly messages: string[];

  constructor(status: number, messages: string[]) {
    super('XIVO_HTTP', `confd emulator ${status}: ${messages.join('; ')}`);
    this.status = status;
    this.messages = messages;
  }
}

type MetaValue = string | number | boolean | null | readonly number[];

/** Python-like repr, because confd formats its metadata with `str(dict)`. */
function repr(value: MetaValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return value.length === 1 ? `(${value[0]},)` : `(${value.join(', ')})`;
}

/** xivo-dao `format_error`: `"<category> - <error> (<metadata>)"`, metadata omitted when empty. */
function formatError(category: string, error: string, metadata: Record<string, MetaValue> = {}): string {
  const entries = Object.entries(metadata);
  if (entries.length === 0) return `${category} - ${error}`;
  return `${category} - ${error} (${entries.map(([k, v]) => `'${k}': ${repr(v)}`).join(', ')})`;
}

const input = (error: string, metadata?: Record<string, MetaValue>): ConfdError =>
  new ConfdError(400, [formatError('Input Error', error, metadata)]);
const resource = (error: string, metadata?: Record<string, MetaValue>): ConfdError =>
  new ConfdError(400, [formatError('Resource Error', error, metadata)]);

/** The canonical confd errors (xivo-dao `helpers/errors.py`), one builder per template. */
export const errors = {
  notFound: (what: string, metadata: Record<string, MetaValue>) =>
    new ConfdError(404, [formatError('Resource Not Found', `${what} was not found`, metadata)]),
  resourceExists: (what: string, metadata: Record<string, MetaValue>) =>
    resource(`${what} already exists`, metadata),
  resourceAssociated: (what: string, other: string, metadata: Record<string, MetaValue>) =>
    resource(`${what} is associated with a ${other}`, metadata),
  resourceNotAssociated: (what: string, other: string, metadata: Record<string, MetaValue>) =>
    resource(`${what} is not associated with ${other}`, metadata),
  missingAssociation: (what: string, other: string, metadata: Record<string, MetaValue>) =>
    resource(`${what} must be associated with a ${other}`, metadata),
  unhandledContextType: (type: string) => resource(`ContextType '${type}' cannot be associated`),
  secondaryUsers: (metadata: Record<string, MetaValue>) =>
    resource('There are secondary users associated to the line', metadata),
  paramNotFound: (field: string, what: string, metadata?: Record<string, MetaValue>) =>
    input(`field '${field}': ${what} was not found`, metadata),
  outsideContextRange: (exten: string, context: string) =>
    input(`Extension '${exten}' is outside of range for context '${context}'`),
  wrongType: (field: string, expected: string) =>
    input(`field '${field}': wrong type. Should be a ${expected}`),
  invalidOrdering: (column: string) => input(`order: column '${column}' was not found`),
  invalidDirection: () => input("direction: must be 'asc' or 'desc'"),
  invalidView: (view: string) => input(`view '${view}' does not exist`),
  /** Body validation (marshmallow / reqparse): one message per field. */
  fields: (problems: Array<[string, string]>) =>
    new ConfdError(
      400,
      problems.map(([field, message]) => `Input Error - ${field}: ${message}`),
    ),
  /** Werkzeug's BadRequest, raised by `request.get_json()` on a body that is not JSON. */
  badJson: () =>
    new ConfdError(400, ['The browser (or proxy) sent a request that this server could not understand.']),
};
