import type { ResolvedConfig } from '../config/index.ts';
import { escapePointer } from '../state/index.ts';
import { parseTemplate } from './template.ts';

/** Names a template may use that are not directory attributes. */
const NOT_ATTRIBUTES = new Set(['key', 'site', 'extension']);

/**
 * The directory attributes (lower-cased) behind each field of a state file, read from the mapping's
 * templates: `/user/description` ← `title`. What a rejection names, so that the admin knows which
 * attribute to fix; `explain` reads the same provenance per person. A field the directory does not
 * feed (a pool number, the status) has none.
 */
export function fieldSources(config: ResolvedConfig): (pointer: string) => string[] {
  const sources = new Map<string, Set<string>>();
  const add = (pointer: string, names: Iterable<string>): void => {
    const set = sources.get(pointer) ?? new Set<string>();
    for (const name of names) if (!NOT_ATTRIBUTES.has(name)) set.add(name.toLowerCase());
    sources.set(pointer, set);
  };
  const template = (pointer: string, source: string | undefined): void => {
    if (source !== undefined) add(pointer, parseTemplate(source).names);
  };
  for (const [field, rule] of Object.entries(config.fields))
    template(`/user/${escapePointer(field)}`, rule?.template);
  for (const [field, source] of Object.entries(config.contact ?? {}))
    template(`/contact/${escapePointer(field)}`, source as string | undefined);
  template('/voicemail/name', config.voicemail?.name);
  template('/voicemail/email', config.voicemail?.email);
  template('/agent/number', config.agent?.number);
  add('/key', [config.source.identifier.attribute]);
  for (const site of config.sites) {
    if (site.extension.source === 'attribute')
      add('/line/extension', [site.extension.attribute ?? 'telephonenumber']);
    if (site.did?.source === 'attribute') {
      add('/did/number', [site.did.attribute ?? 'telephonenumber']);
      add('/did/exten', [site.did.attribute ?? 'telephonenumber']);
    }
  }
  return (pointer) => {
    // A pointer inside a field (an array item) is fed by the field's attributes.
    for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      const found = sources.get(p);
      if (found !== undefined) return [...found].sort();
    }
    return [];
  };
}
