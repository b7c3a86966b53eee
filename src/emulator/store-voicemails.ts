import { errors } from './errors.ts';
import { parseBody } from './fields.ts';
import { TIMEZONES, VOICEMAIL_SCHEMA } from './schemas.ts';
import type { JsonBody, VoicemailRow } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str } from './store-helpers.ts';

// Voicemails, unique by number and context.

export function checkVoicemail(store: ConfdStore, fields: JsonBody, self: VoicemailRow | undefined): void {
  const number = str(fields['number']) ?? self?.number;
  const context = str(fields['context']) ?? self?.context;
  if ('context' in fields) store.requireContext(fields['context'] as string);
  const timezone = str(fields['timezone']);
  if (timezone !== null && !TIMEZONES.includes(timezone)) {
    throw errors.paramNotFound('timezone', 'Timezone', { timezone });
  }
  if (number !== undefined && context !== undefined) {
    const owner = store.voicemailByKey.get(`${number}@${context}`);
    if (owner !== undefined && owner !== self?.id)
      throw errors.resourceExists('Voicemail', { number, context });
  }
}

export function createVoicemail(store: ConfdStore, body: unknown): VoicemailRow {
  const fields = parseBody(body, VOICEMAIL_SCHEMA, ['name', 'number', 'context'], false);
  store.checkVoicemail(fields, undefined);
  const id = store.nextId('voicemails');
  const voicemail: VoicemailRow = {
    id,
    name: fields['name'] as string,
    number: fields['number'] as string,
    context: fields['context'] as string,
    password: str(fields['password']),
    email: str(fields['email']),
    pager: str(fields['pager']),
    language: str(fields['language']),
    timezone: str(fields['timezone']),
    max_messages: (fields['max_messages'] as number | null | undefined) ?? null,
    attach_audio: (fields['attach_audio'] as boolean | null | undefined) ?? null,
    delete_messages: (fields['delete_messages'] as boolean | undefined) ?? false,
    ask_password: (fields['ask_password'] as boolean | undefined) ?? true,
    enabled: (fields['enabled'] as boolean | undefined) ?? true,
    options: (fields['options'] as string[][] | undefined) ?? [],
  };
  store.voicemails.set(id, voicemail);
  store.voicemailByKey.set(`${voicemail.number}@${voicemail.context}`, id);
  store.refContext(voicemail.context, 'Voicemail', 1);
  store.changed();
  return voicemail;
}

export function updateVoicemail(store: ConfdStore, rawId: string, body: unknown): void {
  const voicemail = store.getVoicemail(rawId);
  const fields = parseBody(body, VOICEMAIL_SCHEMA, [], true);
  store.checkVoicemail(fields, voicemail);
  store.voicemailByKey.delete(`${voicemail.number}@${voicemail.context}`);
  store.refContext(voicemail.context, 'Voicemail', -1);
  Object.assign(voicemail, fields);
  store.voicemailByKey.set(`${voicemail.number}@${voicemail.context}`, voicemail.id);
  store.refContext(voicemail.context, 'Voicemail', 1);
  store.changed();
}

export function deleteVoicemail(store: ConfdStore, rawId: string): void {
  const voicemail = store.getVoicemail(rawId);
  const userIds = store.voicemailUsers.get(voicemail.id);
  if (userIds) {
    throw errors.resourceAssociated('Voicemail', 'User', { voicemail_id: voicemail.id, user_ids: userIds });
  }
  store.voicemailByKey.delete(`${voicemail.number}@${voicemail.context}`);
  store.refContext(voicemail.context, 'Voicemail', -1);
  store.voicemails.delete(voicemail.id);
  store.changed();
}
