import { errors } from './errors.ts';
import { parseBody } from './fields.ts';
import { EXTENSION_SCHEMA, CONTEXT_SCHEMA } from './schemas.ts';
import type { ContextRange, ContextRow, ExtensionRow } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str, normaliseRanges, normaliseIncallRanges, inRange } from './store-helpers.ts';

// Contexts (with their ranges) and extensions, which must lie inside them.

export function createContext(store: ConfdStore, body: unknown): ContextRow {
  const fields = parseBody(body, CONTEXT_SCHEMA, ['name'], false);
  const name = fields['name'] as string;
  if (store.contextByName.has(name)) throw errors.resourceExists('Context', { name });
  const id = store.nextId('contexts');
  const context: ContextRow = {
    id,
    name,
    label: str(fields['label']),
    type: str(fields['type']) ?? 'internal',
    user_ranges: normaliseRanges(fields['user_ranges'] ?? []),
    group_ranges: normaliseRanges(fields['group_ranges'] ?? []),
    queue_ranges: normaliseRanges(fields['queue_ranges'] ?? []),
    conference_room_ranges: normaliseRanges(fields['conference_room_ranges'] ?? []),
    incall_ranges: normaliseIncallRanges(fields['incall_ranges'] ?? []),
    description: str(fields['description']),
    enabled: (fields['enabled'] as boolean | undefined) ?? true,
  };
  store.contexts.set(id, context);
  store.contextByName.set(name, id);
  store.changed();
  return context;
}

/** The name is the Asterisk context: settable on create only, silently kept on update. */
export function updateContext(store: ConfdStore, rawId: string, body: unknown): void {
  const context = store.getContext(rawId);
  const fields = parseBody(body, CONTEXT_SCHEMA, [], true);
  delete fields['name'];
  for (const key of ['user_ranges', 'group_ranges', 'queue_ranges', 'conference_room_ranges'] as const) {
    if (key in fields) context[key] = normaliseRanges(fields[key]);
    delete fields[key];
  }
  if ('incall_ranges' in fields) context.incall_ranges = normaliseIncallRanges(fields['incall_ranges']);
  delete fields['incall_ranges'];
  Object.assign(context, fields);
  store.changed();
}

export function deleteContext(store: ConfdStore, rawId: string): void {
  const context = store.getContext(rawId);
  const refs = store.contextRefs.get(context.name);
  // xivo-confd context/validator.py guards extensions and voicemails (and trunks and agents, not
  // emulated); lines only name their context, so they do not hold it.
  for (const kind of ['Extension', 'Voicemail'] as const) {
    if (refs && refs[kind] > 0) throw errors.resourceAssociated('Context', kind, { context_id: context.id });
  }
  store.contextByName.delete(context.name);
  store.contextRefs.delete(context.name);
  store.contexts.delete(context.id);
  store.changed();
}

/** XiVO checks the union of all ranges of the context; patterns and outcall contexts are exempt. */
export function checkRange(_store: ConfdStore, exten: string, context: ContextRow): void {
  if (exten.startsWith('_') || context.type === 'outcall') return;
  const ranges: Array<[ContextRange, number]> = [
    ...context.user_ranges.map((r): [ContextRange, number] => [r, 0]),
    ...context.group_ranges.map((r): [ContextRange, number] => [r, 0]),
    ...context.queue_ranges.map((r): [ContextRange, number] => [r, 0]),
    ...context.conference_room_ranges.map((r): [ContextRange, number] => [r, 0]),
    ...context.incall_ranges.map((r): [ContextRange, number] => [r, r.did_length]),
  ];
  if (!ranges.some(([range, didLength]) => inRange(exten, range, didLength))) {
    throw errors.outsideContextRange(exten, context.name);
  }
}

export function createExtension(store: ConfdStore, body: unknown): ExtensionRow {
  const fields = parseBody(body, EXTENSION_SCHEMA, ['exten', 'context'], false);
  const exten = fields['exten'] as string;
  const contextName = fields['context'] as string;
  const context = store.requireContext(contextName);
  if (store.extensionByKey.has(`${exten}@${contextName}`)) {
    throw errors.resourceExists('Extension', { exten, context: contextName });
  }
  store.checkRange(exten, context);
  const id = store.nextId('extensions');
  const extension: ExtensionRow = {
    id,
    exten,
    context: contextName,
    commented: (fields['commented'] as boolean | undefined) ?? false,
  };
  store.extensions.set(id, extension);
  store.extensionByKey.set(`${exten}@${contextName}`, id);
  store.refContext(contextName, 'Extension', 1);
  store.changed();
  return extension;
}

export function updateExtension(store: ConfdStore, rawId: string, body: unknown): void {
  const extension = store.getExtension(rawId);
  const fields = parseBody(body, EXTENSION_SCHEMA, [], true);
  const exten = str(fields['exten']) ?? extension.exten;
  const contextName = str(fields['context']) ?? extension.context;
  const context = store.requireContext(contextName);
  const owner = store.extensionByKey.get(`${exten}@${contextName}`);
  if (owner !== undefined && owner !== extension.id) {
    throw errors.resourceExists('Extension', { exten, context: contextName });
  }
  if (exten !== extension.exten || contextName !== extension.context) store.checkRange(exten, context);
  if (context.type !== 'internal' && store.extensionLines.has(extension.id)) {
    throw errors.unhandledContextType(context.type);
  }
  if (context.type !== 'incall' && store.extensionIncall.has(extension.id)) {
    throw errors.unhandledContextType(context.type);
  }
  store.extensionByKey.delete(`${extension.exten}@${extension.context}`);
  store.refContext(extension.context, 'Extension', -1);
  Object.assign(extension, fields);
  store.extensionByKey.set(`${extension.exten}@${extension.context}`, extension.id);
  store.refContext(extension.context, 'Extension', 1);
  store.changed();
}

export function deleteExtension(store: ConfdStore, rawId: string): void {
  const extension = store.getExtension(rawId);
  const lineIds = store.extensionLines.get(extension.id);
  if (lineIds)
    throw errors.resourceAssociated('Extension', 'Line', { extension_id: extension.id, line_ids: lineIds });
  const incallId = store.extensionIncall.get(extension.id);
  if (incallId !== undefined) {
    throw errors.resourceAssociated('Extension', 'incall', {
      extension_id: extension.id,
      incall_id: incallId,
    });
  }
  store.extensionByKey.delete(`${extension.exten}@${extension.context}`);
  store.refContext(extension.context, 'Extension', -1);
  store.extensions.delete(extension.id);
  store.changed();
}
