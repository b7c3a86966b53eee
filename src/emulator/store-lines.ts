import { errors } from './errors.ts';
import { parseBody, isObject } from './fields.ts';
import { REGISTRARS, LINE_SCHEMA, SIP_SCHEMA } from './schemas.ts';
import type { EndpointSipRow, JsonBody, LineRow } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str, randomToken, pull } from './store-helpers.ts';

// Lines and SIP endpoints: provisioning codes, generated SIP credentials, deletion guards.

export function createLine(store: ConfdStore, body: unknown): LineRow {
  if (isObject(body) && (body['context'] === undefined || body['context'] === null)) {
    // The line resource still uses flask-restful's reqparse, hence its own message.
    throw errors.fields([
      ['context', 'Missing required parameter in the JSON body or the post body or the query string'],
    ]);
  }
  const fields = parseBody(body, LINE_SCHEMA, ['context'], false);
  store.checkLineFields(fields, undefined);
  const context = fields['context'] as string;
  store.requireContext(context);
  if (fields['caller_id_name'] != null || fields['caller_id_num'] != null) {
    throw errors.missingAssociation('Line', 'Endpoint', {});
  }
  const provisioningCode = str(fields['provisioning_code']) ?? store.generateProvisioningCode();
  const id = store.nextId('lines');
  const line: LineRow = {
    id,
    context,
    position: (fields['position'] as number | undefined) ?? 1,
    caller_id_name: null,
    caller_id_num: null,
    provisioning_code: provisioningCode,
    registrar: str(fields['registrar']) ?? 'default',
    device_id: null,
  };
  store.lines.set(id, line);
  store.lineByProvCode.set(provisioningCode, id);
  store.changed();
  return line;
}

export function checkLineFields(store: ConfdStore, fields: JsonBody, self: LineRow | undefined): void {
  const code = str(fields['provisioning_code']);
  if (code !== null && code !== self?.provisioning_code && store.lineByProvCode.has(code)) {
    throw errors.resourceExists('Line', { provisioning_code: code });
  }
  const registrar = str(fields['registrar']);
  if (registrar !== null && !REGISTRARS.includes(registrar)) {
    throw errors.paramNotFound('registrar', 'Registrar', { registrar });
  }
}

/** xivo-dao line persistor: 6 digits drawn from 1-8, unique among lines. */
export function generateProvisioningCode(store: ConfdStore): string {
  for (;;) {
    const code = randomToken(6, '12345678');
    if (!store.lineByProvCode.has(code)) return code;
  }
}

export function updateLine(store: ConfdStore, rawId: string, body: unknown): void {
  const line = store.getLine(rawId);
  const fields = parseBody(body, LINE_SCHEMA, [], true);
  store.checkLineFields(fields, line);
  if ('context' in fields) store.requireContext(fields['context'] as string);
  const settingCallerId = fields['caller_id_name'] != null || fields['caller_id_num'] != null;
  if (settingCallerId && !store.lineSip.has(line.id)) {
    throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
  }
  store.lineByProvCode.delete(line.provisioning_code);
  Object.assign(line, fields);
  store.lineByProvCode.set(line.provisioning_code, line.id);
  store.changed();
}

/** Not guarded: the endpoint goes with the line, its user and extension links are dropped. */
export function deleteLine(store: ConfdStore, rawId: string): void {
  const line = store.getLine(rawId);
  for (const userId of store.lineUsers.get(line.id) ?? []) {
    pull(store.userLines, userId, line.id);
    store.userLineOrder.delete(`${userId}:${line.id}`);
  }
  store.lineUsers.delete(line.id);
  const extensionId = store.lineExtension.get(line.id);
  if (extensionId !== undefined) {
    store.lineExtension.delete(line.id);
    pull(store.extensionLines, extensionId, line.id);
  }
  const sipId = store.lineSip.get(line.id);
  if (sipId !== undefined) {
    store.lineSip.delete(line.id);
    store.sipLine.delete(sipId);
    const sip = store.endpointsSip.get(sipId);
    if (sip) store.sipByUsername.delete(sip.username);
    store.endpointsSip.delete(sipId);
  }
  store.lineByProvCode.delete(line.provisioning_code);
  store.lines.delete(line.id);
  store.changed();
}

/** What provd does when a phone is provisioned with the line; confd itself cannot do it. */
export function attachDevice(store: ConfdStore, lineId: number, deviceId: string): void {
  const line = store.getLine(lineId);
  if (!store.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
  line.device_id = deviceId;
  store.changed();
}

export function createSip(store: ConfdStore, body: unknown): EndpointSipRow {
  const fields = parseBody(body ?? {}, SIP_SCHEMA, [], false);
  const username = str(fields['username']) ?? store.generateSipUsername();
  if (store.sipByUsername.has(username)) throw errors.resourceExists('SIPEndpoint', { username });
  const id = store.nextId('endpointsSip');
  const sip: EndpointSipRow = {
    id,
    username,
    secret: str(fields['secret']) ?? randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
    type: str(fields['type']) ?? 'friend',
    host: str(fields['host']) ?? 'dynamic',
    options: (fields['options'] as string[][] | undefined) ?? [],
  };
  store.endpointsSip.set(id, sip);
  store.sipByUsername.set(username, id);
  store.changed();
  return sip;
}

export function generateSipUsername(store: ConfdStore): string {
  for (;;) {
    const username = randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789');
    if (!store.sipByUsername.has(username)) return username;
  }
}

export function updateSip(store: ConfdStore, rawId: string, body: unknown): void {
  const sip = store.getSip(rawId);
  const fields = parseBody(body, SIP_SCHEMA, [], true);
  const username = str(fields['username']);
  if (username !== null && username !== sip.username && store.sipByUsername.has(username)) {
    throw errors.resourceExists('SIPEndpoint', { username });
  }
  store.sipByUsername.delete(sip.username);
  if (fields['username'] === null) fields['username'] = store.generateSipUsername();
  if (fields['secret'] === null) fields['secret'] = randomToken(8, 'abcdefghijklmnopqrstuvwxyz0123456789');
  if (fields['host'] === null) fields['host'] = 'dynamic';
  Object.assign(sip, fields);
  store.sipByUsername.set(sip.username, sip.id);
  store.changed();
}

export function deleteSip(store: ConfdStore, rawId: string): void {
  const sip = store.getSip(rawId);
  const lineId = store.sipLine.get(sip.id);
  if (lineId !== undefined) {
    throw errors.resourceAssociated('SIPEndpoint', 'Line', { endpoint_id: sip.id, line_id: lineId });
  }
  store.sipByUsername.delete(sip.username);
  store.endpointsSip.delete(sip.id);
  store.changed();
}
