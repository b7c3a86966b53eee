import type { ResolvedConfig } from '../config/index.ts';
import { normalizeDn } from '../normalize-dn.ts';
import type { UserState } from '../state/generated/user.ts';
import { compareText } from '../compare-text.ts';
import type { PreparedEntry } from './export-input.ts';
import type { MapResult, Rejection } from './map-result.ts';

/** A person the mapping accepted, still to get pool numbers and pass the export's checks. */
export type Candidate = Extract<MapResult, { ok: true }> & { disabled: boolean };

export interface CollectedCandidates {
  /** By key, in DN order. */
  candidates: Map<string, Candidate>;
  /** Every key the directory returned, mapped or not: the people who are not missing. */
  seen: Set<string>;
  /** Entries whose mapping was rejected, and entries claiming a key an earlier DN holds. */
  rejected: Rejection[];
}

/**
 * The mapped people by key. Sorts `prepared` by DN in place, so the result does not depend on the
 * server's order. A key belongs to the entry whose DN its state file records: of several entries
 * claiming one key, that one keeps it and the others are rejected, naming it. When none of them is
 * the recorded one (or the key is new), all are rejected: nobody gets numbers on an ambiguous key.
 * A rejected claimant's key still counts as seen, so its file is kept as it is.
 */
export function collectCandidates(
  prepared: PreparedEntry[],
  config: ResolvedConfig,
  previous: ReadonlyMap<string, UserState>,
): CollectedCandidates {
  const candidates = new Map<string, Candidate>();
  const seen = new Set<string>();
  const rejected: Rejection[] = [];
  prepared.sort((a, b) => compareText(a.dn, b.dn));
  const claimants = new Map<string, string[]>();
  for (const { dn, key } of prepared) {
    if (key === undefined) continue;
    const list = claimants.get(key);
    if (list === undefined) claimants.set(key, [dn]);
    else list.push(dn);
  }
  const attribute = config.source.identifier.attribute.toLowerCase();
  for (const { dn, disabled, key, mapped } of prepared) {
    if (key !== undefined) {
      seen.add(key);
      const dns = claimants.get(key) ?? [dn];
      if (dns.length > 1) {
        const recorded = previous.get(key)?.dn;
        const message = keyConflict(key, dn, dns, recorded);
        if (message !== undefined) {
          const holder = recorded === undefined ? undefined : { dn: recorded, key };
          rejected.push({
            dn,
            attribute,
            value: key,
            rule: 'source.identifier',
            message,
            ...(holder ? { holder } : {}),
          });
          continue;
        }
      }
    }
    if (!mapped.ok) {
      rejected.push(mapped.rejection);
      continue;
    }
    candidates.set(mapped.user.key, { ...mapped, disabled });
  }
  return { candidates, seen, rejected };
}

/** Why `dn` may not have `key`, which the entries `dns` all claim; undefined when it is the owner. */
function keyConflict(
  key: string,
  dn: string,
  dns: readonly string[],
  recorded: string | undefined,
): string | undefined {
  const owner =
    recorded === undefined ? undefined : dns.find((d) => normalizeDn(d) === normalizeDn(recorded));
  if (owner !== undefined && normalizeDn(owner) === normalizeDn(dn)) return undefined;
  const others = dns.filter((d) => d !== dn);
  if (owner !== undefined)
    return `key ${key} belongs to ${owner}, the entry state/users/${key}.json records; ${dn} claims it too`;
  if (recorded !== undefined)
    return `key ${key} is claimed by ${dns.join(' and ')}, and state/users/${key}.json records neither (${recorded}): the file is kept as it is until only one entry carries the key`;
  return `key ${key} is also claimed by ${others.join(' and ')}: nobody gets numbers on an ambiguous key`;
}
