import type { ResolvedConfig } from '../config/index.ts';
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
 * The mapped people by key. Sorts `prepared` by DN in place: of two entries claiming one key, the
 * first DN keeps it, whatever order the server used.
 */
export function collectCandidates(prepared: PreparedEntry[], config: ResolvedConfig): CollectedCandidates {
  const candidates = new Map<string, Candidate>();
  const seen = new Set<string>();
  const rejected: Rejection[] = [];
  const dnOfKey = new Map<string, string>();
  prepared.sort((a, b) => compareText(a.dn, b.dn));
  for (const { dn, disabled, key, mapped } of prepared) {
    if (key !== undefined) {
      const other = dnOfKey.get(key);
      if (other !== undefined) {
        rejected.push({
          dn,
          attribute: config.source.identifier.attribute.toLowerCase(),
          value: key,
          rule: 'source.identifier',
          message: `key ${key} is also the key of ${other}`,
        });
        continue;
      }
      dnOfKey.set(key, dn);
      seen.add(key);
    }
    if (!mapped.ok) {
      rejected.push(mapped.rejection);
      continue;
    }
    candidates.set(mapped.user.key, { ...mapped, disabled });
  }
  return { candidates, seen, rejected };
}
