import type { UserState } from '../state/generated/user.ts';
import { jsonEqual } from '../state/index.ts';
import { entryDigest } from './entry-digest.ts';
import type { ExportEntries, ExportOptions, PreparedEntry } from './export-input.ts';
import { keyOf } from './identifier.ts';
import { mapEntry } from './map-entry.ts';
import { mappedFromState } from './mapped-from-state.ts';
import type { MappableEntry, Provenance } from './map-result.ts';
import { withoutXivoTemplates, xivoOwnedFields, xivoOwnedSource } from './xivo-owned.ts';

// Shared by every person when provenance is not kept; frozen so that no caller can fill it in.
const NO_PROVENANCE: Record<string, Provenance> = Object.freeze({});

/**
 * The export cache's record of mappings (hashes only: no directory value, no state). An entry whose
 * mapping the previous state file can be worked back to (mappedFromState) is recorded with that
 * file's digest; while the entry and the file stay the same, so does the mapping.
 */
export interface MappingMemo {
  /**
   * entryDigest → digest of the state file text its mapping is worked back from, as recorded by the
   * last export. Replaceable: the caller lets it go once every entry is prepared.
   */
  known: ReadonlyMap<string, string>;
  /** Each state file read, by key, with the digest of its text. */
  files: ReadonlyMap<string, { digest?: string }>;
  /** Entries whose mapping was worked back from their state file instead of computed. */
  hits: number;
}

/**
 * Maps entries one at a time, as the directory returns them, so that the export holds mappings and
 * not whole directory entries (the larger part of its memory on 20,000 people). Pure, but for the
 * count it leaves in `memo`.
 *
 * With a `memo` (and no provenance), each prepared entry carries its entryDigest, and an entry the
 * memo knows, whose state file is the one recorded with it, is not mapped: its mapping is worked back
 * from that file (recallableMappings checked that this gives what mapEntry gives, before recording).
 */
export function entryPreparer(
  options: Pick<ExportOptions, 'config' | 'previous' | 'xivoOwned' | 'provenance'> & { memo?: MappingMemo },
): (entry: MappableEntry, disabled: boolean) => PreparedEntry {
  const { config, previous } = options;
  const ownedConfig = withoutXivoTemplates(config, xivoOwnedFields(config));
  const memo = options.provenance === false ? options.memo : undefined;
  const workBack = memo === undefined ? undefined : mappedFromState(config);
  return (entry, disabled) => {
    const identifier = keyOf(entry, config.source.identifier);
    const key = identifier.ok ? identifier.key : undefined;
    const before = key === undefined ? undefined : previous.get(key);
    // A field XiVO (or the previous state) will provide is not read from the directory at all, so a
    // bad directory value there cannot reject the person.
    const owner = key === undefined ? 'directory' : xivoOwnedSource(key, before, options.xivoOwned).from;
    const mappingConfig = owner === 'directory' ? config : ownedConfig;
    const owned = mappingConfig !== config;
    const recall = memo === undefined ? undefined : { digest: entryDigest(entry, disabled, owned), owned };
    if (memo !== undefined && recall !== undefined && key !== undefined && before !== undefined) {
      const file = memo.known.get(recall.digest);
      const guess =
        file !== undefined && file === memo.files.get(key)?.digest ? workBack?.(before, owned) : undefined;
      if (guess !== undefined) {
        memo.hits += 1;
        const mapped = { ...guess, provenance: NO_PROVENANCE };
        return { dn: entry.dn, disabled, key, mapped, recall: { ...recall, from: before } };
      }
    }
    const mapped = mapEntry(entry, mappingConfig, { provenance: options.provenance !== false });
    if (mapped.ok) {
      if (options.provenance === false) mapped.provenance = NO_PROVENANCE;
      if (key !== undefined) shareUnchanged(mapped.user, before);
    }
    return { dn: entry.dn, disabled, key, mapped, ...(recall === undefined ? {} : { recall }) };
  };
}

/** Every entry through entryPreparer, for a caller that holds them all already. */
export function prepareAll(options: ExportOptions, entries: ExportEntries): PreparedEntry[] {
  const prepare = entryPreparer(options);
  return entries.map(({ entry, disabled }) => prepare(entry, disabled));
}

/**
 * Replaces each top-level part of a freshly mapped state (its `user`, `contact`, `dn`, …) that equals
 * the previous state's by the previous one, so that a person who did not change is held once, not
 * twice, until the export ends. States are never mutated in place after mapping, so sharing is safe.
 */
function shareUnchanged(mapped: UserState, before: UserState | undefined): void {
  if (before === undefined) return;
  const target = mapped as unknown as Record<string, unknown>;
  const source = before as unknown as Record<string, unknown>;
  for (const [part, value] of Object.entries(target)) {
    if (value !== source[part] && jsonEqual(value, source[part])) target[part] = source[part];
  }
}
