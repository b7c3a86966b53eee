import { errors, ConfdError } from './errors.ts';
import { parseBody, isObject } from './fields.ts';
import { INCALL_SCHEMA, DESTINATION_SCHEMAS, UNSUPPORTED_TARGETS } from './schemas.ts';
import type { IncallRow, JsonBody } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str, setAdd, setDelete } from './store-helpers.ts';

// Incalls and their destinations.

export function parseDestination(store: ConfdStore, raw: unknown): JsonBody {
  if (!isObject(raw)) throw errors.fields([['destination', "['Not a valid mapping type.']"]]);
  const type = raw['type'];
  const spec = typeof type === 'string' ? DESTINATION_SCHEMAS[type] : undefined;
  if (!spec) {
    const message = type === undefined ? 'Missing data for required field.' : 'Not a valid choice.';
    throw errors.fields([['destination', `{'type': ['${message}']}`]]);
  }
  let fields: JsonBody;
  try {
    fields = parseBody(raw, spec.schema, spec.required, false);
  } catch (error) {
    if (!(error instanceof ConfdError)) throw error;
    throw errors.fields([
      [
        'destination',
        `{${error.messages.map((m) => m.replace(/^Input Error - ([^:]+): /, "'$1': ")).join(', ')}}`,
      ],
    ]);
  }
  if (type === 'user') {
    const userId = fields['user_id'] as number;
    if (!store.users.has(userId)) throw errors.paramNotFound('actionarg1', 'User');
    return { type, user_id: userId, ring_time: fields['ring_time'] ?? null };
  }
  if (type === 'voicemail') {
    if (!store.voicemails.has(fields['voicemail_id'] as number))
      throw errors.paramNotFound('actionarg1', 'Voicemail');
    return {
      type,
      voicemail_id: fields['voicemail_id'],
      skip_instructions: fields['skip_instructions'] ?? false,
      greeting: fields['greeting'] ?? null,
    };
  }
  const missingTarget = UNSUPPORTED_TARGETS[type as string];
  if (missingTarget) throw errors.paramNotFound('actionarg1', missingTarget);
  if (type === 'hangup')
    return {
      type,
      cause: fields['cause'],
      ...(fields['cause'] === 'normal' ? {} : { timeout: fields['timeout'] ?? null }),
    };
  return { type, ...fields };
}

export function indexIncallDestination(store: ConfdStore, incall: IncallRow, delta: 1 | -1): void {
  if (incall.destination['type'] !== 'user') return;
  const userId = incall.destination['user_id'] as number;
  if (delta === 1) setAdd(store.userIncalls, userId, incall.id);
  else setDelete(store.userIncalls, userId, incall.id);
}

export function createIncall(store: ConfdStore, body: unknown): IncallRow {
  const fields = parseBody(body, INCALL_SCHEMA, ['destination'], false);
  const destination = store.parseDestination(fields['destination']);
  const id = store.nextId('incalls');
  const incall: IncallRow = {
    id,
    preprocess_subroutine: str(fields['preprocess_subroutine']),
    description: str(fields['description']),
    caller_id_mode: str(fields['caller_id_mode']),
    caller_id_name: str(fields['caller_id_name']),
    destination,
  };
  store.incalls.set(id, incall);
  store.indexIncallDestination(incall, 1);
  store.changed();
  return incall;
}

export function updateIncall(store: ConfdStore, rawId: string, body: unknown): void {
  const incall = store.getIncall(rawId);
  const fields = parseBody(body, INCALL_SCHEMA, [], true);
  if ('destination' in fields) fields['destination'] = store.parseDestination(fields['destination']);
  store.indexIncallDestination(incall, -1);
  Object.assign(incall, fields);
  store.indexIncallDestination(incall, 1);
  store.changed();
}

/** Frees (does not delete) the incall's extension, as xivo-dao's incall persistor does. */
export function deleteIncall(store: ConfdStore, rawId: string): void {
  const incall = store.getIncall(rawId);
  const extensionId = store.incallExtension.get(incall.id);
  if (extensionId !== undefined) {
    store.incallExtension.delete(incall.id);
    store.extensionIncall.delete(extensionId);
  }
  store.indexIncallDestination(incall, -1);
  store.incalls.delete(incall.id);
  store.changed();
}
