import { digestText } from '../digest-text.ts';
import type { MappableEntry } from './map-result.ts';

/**
 * The digest of what mapping one directory entry depends on: its DN, whether it is disabled, every
 * attribute read (names sorted, values in the server's order, which the mapping reads), and whether
 * it is mapped with the `owner: xivo` fields' templates left out. Pure.
 */
export function entryDigest(entry: MappableEntry, disabled: boolean, owned: boolean): string {
  const names = Object.keys(entry.attributes).sort();
  const attributes = names.map((name) => [name, entry.attributes[name]]);
  const binary =
    entry.binary === undefined
      ? []
      : Object.keys(entry.binary)
          .sort()
          .map((name) => [name, entry.binary![name]!.map((b) => b.toString('base64'))]);
  return digestText(JSON.stringify([entry.dn, disabled, owned, attributes, binary]));
}
