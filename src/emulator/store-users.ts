import { randomUUID } from 'node:crypto';
import { errors } from './errors.ts';
import { parseBody } from './fields.ts';
import { USER_SCHEMA } from './schemas.ts';
import type { JsonBody, UserRow } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str, pull, setDelete } from './store-helpers.ts';

// Users: creation with confd's generated fields, updates, uniqueness of e-mail and username, deletion guards.

export function createUser(store: ConfdStore, body: unknown): UserRow {
  const fields = parseBody(body, USER_SCHEMA, ['firstname'], false);
  store.checkUserUnique(fields, undefined);
  const id = store.nextId('users');
  const disabled = { enabled: false, destination: null };
  const user: UserRow = {
    id,
    uuid: randomUUID(),
    firstname: fields['firstname'] as string,
    lastname: str(fields['lastname']),
    email: str(fields['email']),
    timezone: str(fields['timezone']),
    language: str(fields['language']),
    description: str(fields['description']),
    caller_id: str(fields['caller_id']),
    outgoing_caller_id: str(fields['outgoing_caller_id']),
    mobile_phone_number: str(fields['mobile_phone_number']),
    username: str(fields['username']),
    password: str(fields['password']),
    music_on_hold: str(fields['music_on_hold']),
    preprocess_subroutine: str(fields['preprocess_subroutine']),
    // user/api.yml: "If the user has no userfield, then this field is an empty string."
    userfield: str(fields['userfield']) ?? '',
    call_transfer_enabled: (fields['call_transfer_enabled'] as boolean | undefined) ?? false,
    dtmf_hangup_enabled: (fields['dtmf_hangup_enabled'] as boolean | undefined) ?? false,
    call_record_enabled: (fields['call_record_enabled'] as boolean | undefined) ?? false,
    online_call_record_enabled: (fields['online_call_record_enabled'] as boolean | undefined) ?? false,
    supervision_enabled: (fields['supervision_enabled'] as boolean | undefined) ?? true,
    ring_seconds: (fields['ring_seconds'] as number | undefined) ?? 30,
    simultaneous_calls: (fields['simultaneous_calls'] as number | undefined) ?? 5,
    call_permission_password: str(fields['call_permission_password']),
    enabled: (fields['enabled'] as boolean | undefined) ?? true,
    forwards: { busy: { ...disabled }, noanswer: { ...disabled }, unconditional: { ...disabled } },
    services: { dnd: { enabled: false }, incallfilter: { enabled: false } },
  };
  user.caller_id ??= store.defaultCallerId(user);
  store.users.set(id, user);
  store.indexUser(user);
  store.changed();
  return user;
}

/** xivo-dao `fill_caller_id`: `"Firstname Lastname"` when none is given. */
export function defaultCallerId(_store: ConfdStore, user: UserRow): string {
  return `"${`${user.firstname} ${user.lastname ?? ''}`.trim()}"`;
}

export function checkUserUnique(store: ConfdStore, fields: JsonBody, selfId: number | undefined): void {
  const email = str(fields['email']);
  if (email !== null) {
    const owner = store.userByEmail.get(email);
    if (owner !== undefined && owner !== selfId) throw errors.resourceExists('User', { email });
  }
  const username = str(fields['username']);
  if (username !== null) {
    const owner = store.userByUsername.get(username);
    if (owner !== undefined && owner !== selfId) throw errors.resourceExists('User', { username });
  }
}

export function indexUser(store: ConfdStore, user: UserRow): void {
  store.userByUuid.set(user.uuid, user.id);
  if (user.email !== null) store.userByEmail.set(user.email, user.id);
  if (user.username !== null) store.userByUsername.set(user.username, user.id);
}

export function unindexUser(store: ConfdStore, user: UserRow): void {
  store.userByUuid.delete(user.uuid);
  if (user.email !== null) store.userByEmail.delete(user.email);
  if (user.username !== null) store.userByUsername.delete(user.username);
}

export function updateUser(store: ConfdStore, idOrUuid: string, body: unknown): void {
  const user = store.getUser(idOrUuid);
  const fields = parseBody(body, USER_SCHEMA, [], true);
  store.checkUserUnique(fields, user.id);
  const nameChanged = 'firstname' in fields || 'lastname' in fields;
  store.unindexUser(user);
  Object.assign(user, fields);
  if (fields['userfield'] === null) user.userfield = '';
  if (user.caller_id === null) user.caller_id = store.defaultCallerId(user);
  store.indexUser(user);
  // user/api.yml: "If the firstname or the lastname is modified, the name of associated voicemail is also updated."
  const voicemailId = store.userVoicemail.get(user.id);
  const voicemail = voicemailId === undefined ? undefined : store.voicemails.get(voicemailId);
  if (nameChanged && voicemail) voicemail.name = `${user.firstname} ${user.lastname ?? ''}`.trim();
  store.changed();
}

export function deleteUser(store: ConfdStore, idOrUuid: string): void {
  const user = store.getUser(idOrUuid);
  const lineIds = store.userLines.get(user.id);
  if (lineIds) throw errors.resourceAssociated('User', 'Line', { user_id: user.id, line_ids: lineIds });
  const voicemailId = store.userVoicemail.get(user.id);
  if (voicemailId !== undefined) {
    throw errors.resourceAssociated('User', 'Voicemail', { user_id: user.id, voicemail_id: voicemailId });
  }
  const agentId = store.userAgent.get(user.id);
  if (agentId !== undefined) {
    store.userAgent.delete(user.id);
    pull(store.agentUsers, agentId, user.id);
  }
  for (const permissionId of store.userPermissions.get(user.id) ?? []) {
    setDelete(store.permissionUsers, permissionId, user.id);
  }
  store.userPermissions.delete(user.id);
  // The dialaction of an incall pointing at a deleted user is reset, as the web UI does.
  for (const incallId of store.userIncalls.get(user.id) ?? []) {
    const incall = store.incalls.get(incallId);
    if (incall) incall.destination = { type: 'none' };
  }
  store.userIncalls.delete(user.id);
  store.unindexUser(user);
  store.users.delete(user.id);
  store.changed();
}
