import type { EntryDraft } from './entry-draft.ts';
import { conditionAttributes, holdsAny } from './entry-matches.ts';
import { type Step, Refusal } from './refusal.ts';

/** The names of the call permissions whose `when` holds, in mapping order; undefined when none does or the site grants none. */
export function mapCallPermissions(draft: EntryDraft): Step<string[] | undefined> {
  const { config, site, entry, provenance } = draft;
  if (!site.grants.callPermissions) return undefined;
  const names: string[] = [];
  const rules = config.callPermissions ?? [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    const holds = holdsAny(rule.when, entry, site);
    if (holds instanceof Refusal) return holds;
    if (!holds) continue;
    if (draft.keepProvenance)
      provenance[`callPermissions.${rule.name}`] = {
        attributes: conditionAttributes(rule.when),
        rule: `callPermissions[${index}]`,
      };
    names.push(rule.name);
  }
  return names.length > 0 ? names : undefined;
}
