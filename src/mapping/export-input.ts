import type { ResolvedConfig } from '../config/index.ts';
import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import type { MapResult, MappableEntry } from './map-result.ts';
import type { XivoOwnedValues } from './xivo-owned.ts';

export interface ExportOptions {
  config: ResolvedConfig;
  /** The valid state files already in the repository, by key. */
  previous: ReadonlyMap<string, UserState>;
  quarantine: readonly QuarantinedNumber[];
  /** Numbers XiVO already uses for anything (extensions, DIDs, agent numbers), from the inventory; default none. */
  usedInXivo?: ReadonlySet<string>;
  /**
   * The managed XiVO users' fields, from the inventory: `owner: xivo` fields take XiVO's values.
   * Absent (no `--xivo`): they keep the previous state's values. See xivo-owned.ts.
   */
  xivoOwned?: XivoOwnedValues;
  /** Schema check of a produced state (state's validator): each problem's JSON pointer and message; none when valid. */
  validate: (state: UserState) => { pointer: string; message: string }[];
  now: Date;
  /**
   * Whether to keep each person's provenance (default true, for `explain` and tests). The export
   * command does not show it, and on 20,000 people the records are about a tenth of its memory.
   */
  provenance?: boolean;
}

export type ExportEntries = readonly { entry: MappableEntry; disabled: boolean }[];

export type ExportInput = ExportOptions &
  (
    | {
        /** Every entry the directory returned, with whether the account is disabled there. */
        entries: ExportEntries;
      }
    | {
        /** The same, already mapped one by one with entryPreparer, as they arrived. */
        prepared: readonly PreparedEntry[];
      }
  );

/** A directory entry reduced to what the export needs from it: where it is, its key, its mapping. */
export interface PreparedEntry {
  dn: string;
  disabled: boolean;
  /** Undefined when the identifier is missing or invalid (the mapping then holds the rejection). */
  key: string | undefined;
  mapped: MapResult;
  /** With the export cache: the entry's entryDigest, and whether it was mapped without the `owner: xivo` templates. */
  recall?: {
    digest: string;
    owned: boolean;
    /** The state file's state the mapping was worked back from, when it was. */
    from?: UserState;
  };
}
