import type { UserState } from '../state/generated/user.ts';
import { jsonEqual } from '../state/index.ts';
import type { ExportEntries, ExportOptions, PreparedEntry } from './export-input.ts';
import { keyOf } from './identifier.ts';
import { mapEntry } from './map-entry.ts';
import type { MappableEntry, Provenance } from './map-result.ts';
import { withoutXivoTemplates, xivoOwnedFields, xivoOwnedSource } from './xivo-owned.ts';

// Shared by every person when provenance is not kept; frozen so that no caller can fill it in.
const NO_PROVENANCE: Record<string, Provenance> = Object.freeze({});

/**
 * Maps entries one at a time, as the directory returns them, so that the export holds mappings and
 * not whole directory entries (the larger part of its memory on 20,000 people). Pure.
 */
export function entryPreparer(
  options: Pick<ExportOptions, 'config' | 'previous' | 'xivoOwned' | 'provenance'>,
): (entry: MappableEntry, disabled: boolean) => PreparedEntry {
  const { config, previous } = options;
  const ownedConfig = withoutXivoTemplates(config, xivoOwnedFields(config));
  return (entry, disabled) => {
    const identifier = keyOf(entry, config.source.identifier);
    const key = identifier.ok ? identifier.key : undefined;
    // A field XiVO (or the previous state) will provide is not read from the directory at all, so a
    // bad directory value there cannot reject the person.
    const owner =
      key === undefined ? 'directory' : xivoOwnedSource(key, previous.get(key), options.xivoOwned).from;
    const mapped = mapEntry(entry, owner === 'directory' ? config : ownedConfig, {
      provenance: options.provenance !== false,
    });
    if (mapped.ok) {
      if (options.provenance === false) mapped.provenance = NO_PROVENANCE;
      if (key !== undefined) shareUnchanged(mapped.user, previous.get(key));
    }
    return { dn: entry.dn, disabled, key, mapped };
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
