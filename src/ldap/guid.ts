import { guidBytesToString } from '../mapping/index.ts';
import { LdapError } from './errors.ts';

/**
 * AD's objectGUID (16 bytes) as the canonical GUID string. AD stores the first three groups
 * little-endian, so bytes `00 07 2a 06 48 37 e3 45 …` read `062a0700-3748-45e3-…`, which is what AD
 * tools show and what `<GUID=…>` accepts.
 */
export function guidToString(bytes: Buffer): string {
  const text = guidBytesToString(bytes);
  if (text === undefined)
    throw new LdapError('search', 'objectGUID', `expected 16 bytes, got ${bytes.length}`);
  return text;
}

/**
 * The bytes AD stores for a GUID string, for an `EqualityFilter({ attribute: 'objectGUID', value })`.
 * A string filter with `\xx` escapes does not work through ldapts (it sends the escapes as text).
 */
export function guidToFilterBuffer(guid: string): Buffer {
  const match = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i.exec(guid.trim());
  if (match === null)
    throw new LdapError('parse-filter', guid, 'not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');
  const le = (hex: string): Buffer => Buffer.from(hex, 'hex').reverse();
  return Buffer.concat([
    le(match[1]!),
    le(match[2]!),
    le(match[3]!),
    Buffer.from(match[4]! + match[5]!, 'hex'),
  ]);
}
