import type { ResolvedConfig, ResolvedSite } from '../config/index.ts';
import type { MappableEntry, NumberRequest, Provenance } from './map-result.ts';
import { type SiteRuleNames, siteRules } from './select-site.ts';
import type { ValueLookup } from './template.ts';

/**
 * One entry being mapped, once its key and site are known: what every later step reads, and where
 * steps leave what the result carries besides the state (provenance, number requests).
 */
export interface EntryDraft {
  readonly entry: MappableEntry;
  readonly config: ResolvedConfig;
  readonly site: ResolvedSite;
  readonly rules: SiteRuleNames;
  /** The values of `{{key}}`, `{{site}}`, and `{{extension}}` once the extension is known. */
  readonly placeholders: Record<string, string[]>;
  /** What templates read: placeholders first, then the entry's attributes. */
  readonly lookup: ValueLookup;
  /** Whether steps record provenance: off, `provenance` stays empty. */
  readonly keepProvenance: boolean;
  /** Keyed by the JSON path of the produced field, e.g. `user.email`, `line.extension`. */
  readonly provenance: Record<string, Provenance>;
  readonly requests: NumberRequest[];
}

export function startDraft(
  entry: MappableEntry,
  config: ResolvedConfig,
  key: string,
  siteIndex: number,
  keepProvenance: boolean,
): EntryDraft {
  const site = config.sites[siteIndex]!;
  const placeholders: Record<string, string[]> = { key: [key], site: [site.name] };
  return {
    entry,
    config,
    site,
    rules: siteRules(siteIndex),
    placeholders,
    lookup: (name) =>
      Object.hasOwn(placeholders, name)
        ? placeholders[name]
        : Object.hasOwn(entry.attributes, name)
          ? entry.attributes[name]
          : undefined,
    keepProvenance,
    provenance: {},
    requests: [],
  };
}
