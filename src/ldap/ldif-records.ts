import type { DirectoryEntry } from './entry.ts';
import { LdapError } from './errors.ts';

/** One logical line of an LDIF record (folded lines joined), with the file line it starts on. */
export interface LdifLine {
  line: number;
  text: string;
}

/** The lines of one record, `version:` removed, with the file line of its first line. */
export interface LdifRecord {
  line: number;
  lines: LdifLine[];
}

/**
 * Splits RFC 2849 text into records: blank lines separate them, a line starting with one space
 * continues the previous one, comments (and their own continuations) are dropped, and a leading
 * `version:` line is left out. Shared by the content reader (parseLdif) and the change reader
 * (parseLdifChanges), so both read a file the same way. A continuation line outside a record is a
 * broken file: refused, with `name:line`.
 */
export function splitLdifRecords(text: string, name: string): LdifRecord[] {
  const lines = text.split(/\r?\n/);
  let record: LdifRecord | undefined;
  const records: LdifRecord[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith(' ')) {
      const last = record?.lines.at(-1);
      if (last === undefined) {
        // Comments swallow their own continuations below, so this continues nothing: a broken file.
        throw new LdapError(
          'read-ldif',
          `${name}:${index + 1}`,
          'a continuation line (leading space) outside any record',
        );
      }
      last.text += line.slice(1);
      continue;
    }
    if (line.startsWith('#')) {
      // Folded continuations of a comment must not be glued to the previous attribute.
      while (lines[index + 1]?.startsWith(' ') === true) index++;
      continue;
    }
    if (line.trim() === '') {
      if (record !== undefined) records.push(record);
      record = undefined;
      continue;
    }
    record ??= { line: index + 1, lines: [] };
    record.lines.push({ line: index + 1, text: line });
  }
  if (record !== undefined) records.push(record);

  const out: LdifRecord[] = [];
  for (const found of records) {
    if (/^version:/i.test(found.lines[0]!.text)) found.lines.shift();
    if (found.lines.length > 0) out.push({ line: found.lines[0]!.line, lines: found.lines });
  }
  return out;
}

/**
 * `attr: value` or `attr:: base64` → the lower-cased attribute name (options kept: `cn;lang-fr`) and
 * its value, text or bytes. `:<` URL values are refused: reading a file named by the input is not
 * something an LDIF source should do. `where` (`file:line`) prefixes every error.
 */
export function parseLdifLine(text: string, where: string): [string, string | Buffer] {
  const colon = text.indexOf(':');
  if (colon <= 0)
    throw new LdapError(
      'read-ldif',
      where,
      `expected "attribute: value", got ${JSON.stringify(text.slice(0, 40))}`,
    );
  const attribute = text.slice(0, colon).trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9;.-]*$/.test(attribute))
    throw new LdapError('read-ldif', where, `bad attribute name ${JSON.stringify(attribute)}`);
  const rest = text.slice(colon + 1);
  if (rest.startsWith(':')) {
    const encoded = rest.slice(1).trim();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0)
      throw new LdapError('read-ldif', where, `invalid base64 value for ${attribute}`);
    return [attribute, Buffer.from(encoded, 'base64')];
  }
  if (rest.startsWith('<'))
    throw new LdapError('read-ldif', where, `URL values (${attribute}:<) are not supported`);
  return [attribute, rest.replace(/^ +/, '')];
}

/**
 * A value as an entry holds it: base64 that is valid UTF-8 is text, anything else stays bytes
 * (objectGUID). The same rule for content and change files, so an added entry equals a read one.
 */
export function decodeLdifValue(value: string | Buffer): string | Buffer {
  if (typeof value === 'string') return value;
  const text = value.toString('utf8');
  return Buffer.from(text, 'utf8').equals(value) ? text : value;
}

/** Adds a value to `entry`, under `attributes` when text, `binary` when bytes. */
export function addEntryValue(entry: DirectoryEntry, attribute: string, value: string | Buffer): void {
  const decoded = decodeLdifValue(value);
  if (typeof decoded === 'string') (entry.attributes[attribute] ??= []).push(decoded);
  else ((entry.binary ??= {})[attribute] ??= []).push(decoded);
}

/**
 * A value that must be text (`what`: a DN, a changetype, an attribute name): bytes that are not UTF-8
 * cannot name an entry or an operation.
 */
export function ldifText(value: string | Buffer, where: string, what = 'the DN'): string {
  const decoded = decodeLdifValue(value);
  if (typeof decoded !== 'string') throw new LdapError('read-ldif', where, `${what} is not UTF-8`);
  return decoded;
}
