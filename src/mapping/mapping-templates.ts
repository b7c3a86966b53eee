import type { FieldRule } from '../state/generated/mapping.ts';
import type { ResolvedConfig } from '../config/index.ts';
import { escapePointer } from '../state/index.ts';
import { conditionAttributes } from './entry-matches.ts';
import { parseTemplate } from './template.ts';

/**
 * Every template the mapping renders, with its JSON pointer in the mapping (defaults included:
 * the voicemail name), for the attribute list of the search and for `validate`'s syntax check.
 */
export function mappingTemplates(config: ResolvedConfig): { pointer: string; template: string }[] {
  const out: { pointer: string; template: string }[] = [];
  const add = (pointer: string, template: string | undefined): void => {
    if (template !== undefined) out.push({ pointer, template });
  };
  for (const [field, rule] of Object.entries(config.fields) as [string, FieldRule | undefined][])
    add(`/fields/${escapePointer(field)}/template`, rule?.template);
  for (const [field, template] of Object.entries(config.contact ?? {}) as [string, string | undefined][])
    add(`/contact/${escapePointer(field)}`, template);
  if (config.voicemail !== undefined) add('/voicemail/name', config.voicemail.name);
  add('/voicemail/email', config.voicemail?.email);
  add('/agent/number', config.agent?.number);
  return out;
}

/** Every attribute (lower-cased) the mapping reads: what the directory search must request. */
export function attributesNeeded(config: ResolvedConfig): string[] {
  const names = new Set<string>([config.source.identifier.attribute.toLowerCase(), 'memberof']);
  for (const { template } of mappingTemplates(config))
    for (const name of parseTemplate(template).names)
      if (!['key', 'site', 'extension'].includes(name)) names.add(name);
  for (const site of config.sites) {
    if (site.match.attribute !== undefined) names.add(site.match.attribute.toLowerCase());
    if (site.extension.attribute !== undefined) names.add(site.extension.attribute.toLowerCase());
    if (site.did?.attribute !== undefined) names.add(site.did.attribute.toLowerCase());
    if (site.extension.source === 'attribute' && site.extension.attribute === undefined)
      names.add('telephonenumber');
    if (site.did?.source === 'attribute' && site.did.attribute === undefined) names.add('telephonenumber');
  }
  const conditions = [
    ...(config.voicemail?.when ?? []),
    ...(config.agent?.when ?? []),
    ...(config.callPermissions ?? []).flatMap((r) => r.when),
  ];
  for (const attribute of conditionAttributes(conditions)) names.add(attribute);
  if (config.source.disabled?.adUserAccountControl === true) names.add('useraccountcontrol');
  return [...names].sort();
}
