import type { ResolvedSite } from '../config/index.ts';
import { entryMatches, matchAttributes } from './entry-matches.ts';
import type { MappableEntry } from './map-result.ts';
import { type Step, Refusal } from './refusal.ts';

/** The index of the first site whose match holds; none → a refusal listing what was tried. */
export function selectSite(entry: MappableEntry, sites: readonly ResolvedSite[]): Step<number> {
  for (let index = 0; index < sites.length; index++) {
    const holds = entryMatches(sites[index]!.match, entry);
    if (holds !== false) return holds === true ? index : holds;
  }
  // The attributes the sites test, and what the entry holds there: what the admin has to fix.
  const attributes = [...new Set(sites.flatMap((s) => matchAttributes(s.match)))];
  const value = attributes
    .map((name) => (entry.attributes[name] ?? []).join(', '))
    .filter((v) => v !== '')
    .join('; ');
  return new Refusal({
    attribute: attributes.join(', '),
    value,
    rule: 'sites',
    message: `no site matches this entry (tried ${sites.map((s) => s.name).join(', ')})`,
  });
}

/** The rule names of one site, as paths into mappings/. */
export interface SiteRuleNames {
  site: string;
  did: string;
  extension: string;
}

// Built once per site: every person's number requests hold them, and 20,000 copies of
// "sites[0].did" built per person would be so many strings kept until the export ends.
const siteRuleNames: SiteRuleNames[] = [];
export function siteRules(index: number): SiteRuleNames {
  return (siteRuleNames[index] ??= {
    site: `sites[${index}]`,
    did: `sites[${index}].did`,
    extension: `sites[${index}].extension`,
  });
}
