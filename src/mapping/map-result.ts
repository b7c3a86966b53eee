import type { NumberRange } from '../state/generated/mapping.ts';
import type { UserState } from '../state/generated/user.ts';

/** A directory entry as the mapping reads it: the shape of ldap's DirectoryEntry (lower-cased attribute names). */
export interface MappableEntry {
  dn: string;
  attributes: Record<string, string[]>;
  binary?: Record<string, Buffer[]>;
}

/** Why an entry could not be mapped: enough for the export report and a PR comment. */
export interface Rejection {
  dn: string;
  /** The attributes at fault (lower-cased, comma-separated), or '' when none is (a pool number). */
  attribute: string;
  value: string;
  /** The mapping rule, as a path into mappings/ (`fields.email`, `sites[1].did`), or validate's rule (`unique-email`). */
  rule: string;
  message: string;
  /** Who holds what the entry claimed (a key, an e-mail, a number), when someone does. */
  holder?: { dn: string; key: string };
}

/** Where a produced field came from, for `explain` and the PR. Kept in memory, never in state. */
export interface Provenance {
  /** Directory attributes (lower-cased) the value was computed from. */
  attributes: string[];
  rule: string;
}

/** A number the mapping could not decide alone: the export allocates it from the pool, then calls `completeNumbers`. */
export interface NumberRequest {
  kind: 'did' | 'extension' | 'agent';
  context: string;
  pool: NumberRange[];
  rule: string;
}

/** What is known once the pools have spoken (numbers the person keeps from state, or new ones). */
export interface AllocatedNumbers {
  did?: string;
  extension?: string;
  agent?: string;
}

export type MapResult =
  | {
      ok: true;
      /** Desired state; numbers from pools are missing until `completeNumbers`. */
      user: UserState;
      /** Keyed by the JSON path of the produced field, e.g. `user.email`, `line.extension`. */
      provenance: Record<string, Provenance>;
      numberRequests: NumberRequest[];
    }
  | { ok: false; rejection: Rejection };

export interface MapContext {
  /** `$schema` written into state files (default `../../schemas/user.schema.json`, from state/users/). */
  schemaRef?: string;
  /**
   * Whether to record where each value came from (default true). Off, the result's provenance is
   * empty and none is built: the export does not show it.
   */
  provenance?: boolean;
}
