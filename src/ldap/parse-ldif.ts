import type { DirectoryEntry } from './entry.ts';
import { LdapError } from './errors.ts';

/**
 * Parses RFC 2849 LDIF content records into directory entries: `version:`, comments, folded lines
 * (a line starting with one space continues the previous one), `attr:: base64`, several values per
 * attribute, attribute options kept in the name (`cn;lang-fr`). Attribute names are lower-cased like
 * the server source. A base64 value that is valid UTF-8 is text; otherwise it goes to `binary`
 * (objectGUID). Change records and `:<` URL values are refused: an export source holds plain entries.
 * So is a broken file (two `dn:` in one record, bad base64, a continuation line outside a record): a
 * guessed reading could disable a real person. `name` (the file) prefixes every error with `name:line`.
 */
export function parseLdif(text: string, name = 'ldif'): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  const lines = text.split(/\r?\n/);
  let record: { line: number; items: { line: number; text: string }[] } | undefined;
  const records: NonNullable<typeof record>[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith(' ')) {
      const last = record?.items.at(-1);
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
    record ??= { line: index + 1, items: [] };
    record.items.push({ line: index + 1, text: line });
  }
  if (record !== undefined) records.push(record);

  for (const { items } of records) {
    const first = items[0]!;
    if (/^version:/i.test(first.text)) {
      items.shift();
      if (items.length === 0) continue;
    }
    const parsed = items.map((item) => parseLine(item.text, `${name}:${item.line}`));
    const [dnName, dnValue] = parsed[0]!;
    if (dnName !== 'dn')
      throw new LdapError('read-ldif', `${name}:${items[0]!.line}`, 'a record must start with "dn:"');
    const entry: DirectoryEntry = { dn: asText(dnValue, `${name}:${items[0]!.line}`), attributes: {} };
    for (let k = 1; k < parsed.length; k++) {
      const [attribute, value] = parsed[k]!;
      if (attribute === 'dn') {
        // Usually a record appended without the blank line before it: merged into this one, it would
        // give its person two identifiers and reject them, so the whole file is refused.
        throw new LdapError(
          'read-ldif',
          `${name}:${items[k]!.line}`,
          `a second "dn:" in the record that starts at line ${items[0]!.line} (a blank line missing between two records?)`,
        );
      }
      if (attribute === 'changetype') {
        throw new LdapError(
          'read-ldif',
          `${name}:${items[k]!.line}`,
          'change records are not supported in an export source',
        );
      }
      if (typeof value === 'string') {
        (entry.attributes[attribute] ??= []).push(value);
      } else {
        const textValue = value.toString('utf8');
        if (Buffer.from(textValue, 'utf8').equals(value))
          (entry.attributes[attribute] ??= []).push(textValue);
        else ((entry.binary ??= {})[attribute] ??= []).push(value);
      }
    }
    entries.push(entry);
  }
  return entries;
}

function parseLine(text: string, where: string): [string, string | Buffer] {
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

function asText(value: string | Buffer, where: string): string {
  if (typeof value === 'string') return value;
  const text = value.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(value))
    throw new LdapError('read-ldif', where, 'the DN is not UTF-8');
  return text;
}
