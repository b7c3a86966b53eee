import type { Condition, SiteMatch } from '../state/generated/mapping.ts';
import type { ResolvedSite } from '../config/index.ts';
import type { MappableEntry } from './map-result.ts';
import { type Step, Refusal, mappingRefusal } from './refusal.ts';
import { normalizeDn } from '../normalize-dn.ts';

/**
 * Whether a site's match, or one condition, holds for the entry. Refused when its regex does not
 * compile: the entry is then rejected under the rule `mapping`.
 */
export function entryMatches(match: SiteMatch | Condition, entry: MappableEntry): Step<boolean> {
  if ('dnSuffix' in match && match.dnSuffix !== undefined && !dnEndsWith(entry.dn, match.dnSuffix))
    return false;
  if (match.memberOf !== undefined) {
    const wanted = normalizedConfigDn(match.memberOf);
    if (!(entry.attributes['memberof'] ?? []).some((g) => normalizeDn(g) === wanted)) return false;
  }
  if (match.attribute !== undefined) {
    const values = entry.attributes[match.attribute.toLowerCase()] ?? [];
    // Directory attributes compare case-insensitively (caseIgnoreMatch): "paris" is "Paris".
    if (match.equals !== undefined && !values.some((v) => v.toLowerCase() === match.equals!.toLowerCase()))
      return false;
    if (match.regex !== undefined) {
      const regex = compileRegex(match.regex);
      if (regex instanceof Refusal) return regex;
      if (!regex.test(values[0] ?? '')) return false;
    }
  }
  return true;
}

/** Whether one of `conditions` (voicemail, agent, call permission `when`) holds for the entry on its site. */
export function holdsAny(
  conditions: readonly Condition[],
  entry: MappableEntry,
  site: ResolvedSite,
): Step<boolean> {
  for (const condition of conditions) {
    if (condition.sites !== undefined && !condition.sites.includes(site.name)) continue;
    if (condition.always === true) return true;
    const tested = condition.memberOf !== undefined || condition.attribute !== undefined;
    const holds = tested ? entryMatches(condition, entry) : condition.sites !== undefined;
    if (holds !== false) return holds;
  }
  return false;
}

/** The attributes (lower-cased) conditions read: their provenance, and what the search requests. */
export function conditionAttributes(conditions: readonly Condition[]): string[] {
  return [
    ...new Set(
      conditions.flatMap((c) => [
        ...(c.memberOf !== undefined ? ['memberof'] : []),
        ...(c.attribute !== undefined ? [c.attribute.toLowerCase()] : []),
      ]),
    ),
  ];
}

/** The attribute (lower-cased) a site's match reads, for the provenance of `site`. */
export function matchAttributes(match: SiteMatch): string[] {
  if (match.attribute !== undefined) return [match.attribute.toLowerCase()];
  if (match.memberOf !== undefined) return ['memberof'];
  return [];
}

const regexCache = new Map<string, RegExp>();
function compileRegex(source: string): Step<RegExp> {
  let regex = regexCache.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source, 'u');
    } catch {
      return mappingRefusal(`invalid regex ${JSON.stringify(source)}`);
    }
    regexCache.set(source, regex);
  }
  return regex;
}

const normalizedDns = new Map<string, string>();
/** normalizeDn of a DN from the mapping (site suffixes, groups): computed once, not per entry. */
function normalizedConfigDn(dn: string): string {
  let normalized = normalizedDns.get(dn);
  if (normalized === undefined) {
    normalized = normalizeDn(dn);
    normalizedDns.set(dn, normalized);
  }
  return normalized;
}

function dnEndsWith(dn: string, suffix: string): boolean {
  const d = normalizeDn(dn);
  const s = normalizedConfigDn(suffix);
  return d === s || d.endsWith(`,${s}`);
}
