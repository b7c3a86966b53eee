import type { DirectoryEntry } from './entry.ts';
import { LdapError } from './errors.ts';
import { type LdifRecord, addEntryValue, ldifText, parseLdifLine, splitLdifRecords } from './ldif-records.ts';

/**
 * Parses RFC 2849 LDIF content records into directory entries: `version:`, comments, folded lines
 * (a line starting with one space continues the previous one), `attr:: base64`, several values per
 * attribute, attribute options kept in the name (`cn;lang-fr`). Attribute names are lower-cased like
 * the server source. A base64 value that is valid UTF-8 is text; otherwise it goes to `binary`
 * (objectGUID). Change records and `:<` URL values are refused: an export source holds plain entries
 * (parseLdifChanges reads change files). So is a broken file (two `dn:` in one record, bad base64, a
 * continuation line outside a record): a guessed reading could disable a real person. `name` (the
 * file) prefixes every error with `name:line`.
 */
export function parseLdif(text: string, name = 'ldif'): DirectoryEntry[] {
  return splitLdifRecords(text, name).map((record) => {
    const [first, ...rest] = record.lines;
    const [dnName, dnValue] = parseLdifLine(first!.text, `${name}:${first!.line}`);
    if (dnName !== 'dn')
      throw new LdapError('read-ldif', `${name}:${first!.line}`, 'a record must start with "dn:"');
    const dn = ldifText(dnValue, `${name}:${first!.line}`);
    return entryOf(dn, record, rest, name, 'change records are not supported in an export source');
  });
}

/**
 * The entry of a record's attribute lines: a content record, or the body of a `changetype: add`.
 * `changetype` among them is refused with `changetypeMessage`.
 */
export function entryOf(
  dn: string,
  record: LdifRecord,
  lines: LdifRecord['lines'],
  name: string,
  changetypeMessage: string,
): DirectoryEntry {
  const entry: DirectoryEntry = { dn, attributes: {} };
  for (const { line, text } of lines) {
    const where = `${name}:${line}`;
    const [attribute, value] = parseLdifLine(text, where);
    if (attribute === 'dn') {
      // Usually a record appended without the blank line before it: merged into this one, it would
      // give its person two identifiers and reject them, so the whole file is refused.
      throw new LdapError(
        'read-ldif',
        where,
        `a second "dn:" in the record that starts at line ${record.line} (a blank line missing between two records?)`,
      );
    }
    if (attribute === 'changetype') throw new LdapError('read-ldif', where, changetypeMessage);
    addEntryValue(entry, attribute, value);
  }
  return entry;
}
