import { readFile } from 'node:fs/promises';

/** One entry of an LDIF content file. Values given as `attr:: base64` stay bytes (binary or UTF-8). */
export interface LdifEntry {
  dn: string;
  /** Attribute name → values, in file order. */
  attributes: Map<string, (string | Buffer)[]>;
  /** File (or label) and 1-based line of the `dn:` line, for error messages. */
  source: string;
  line: number;
}

/**
 * Parses LDIF content records (RFC 2849: comments, folded lines, `::` base64 values). Change records and
 * `:<` URLs are not supported: fixtures only add entries. Raw UTF-8 values are accepted, as slapadd does.
 */
export function parseLdif(text: string, source: string): LdifEntry[] {
  const entries: LdifEntry[] = [];
  // Unfold first: a line starting with one space continues the previous line.
  const lines: { text: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const last = lines.at(-1);
    if (raw.startsWith(' ') && last !== undefined && last.text !== '') {
      last.text += raw.slice(1);
    } else {
      lines.push({ text: raw, line: index + 1 });
    }
  });

  let current: LdifEntry | undefined;
  for (const { text: line, line: lineNumber } of lines) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const match = /^([A-Za-z0-9;.-]+)(:<|::?)\s*(.*)$/.exec(line);
    if (match === null) throw new Error(`${source}:${lineNumber}: not an LDIF "attribute: value" line`);
    const [, name = '', separator, rawValue = ''] = match;
    if (separator === ':<') throw new Error(`${source}:${lineNumber}: URL values (:<) are not supported`);
    const value = separator === '::' ? Buffer.from(rawValue, 'base64') : rawValue;
    if (current === undefined) {
      if (name.toLowerCase() === 'version') continue;
      if (name.toLowerCase() !== 'dn')
        throw new Error(`${source}:${lineNumber}: an entry must start with "dn:"`);
      current = {
        dn: typeof value === 'string' ? value : value.toString('utf8'),
        attributes: new Map(),
        source,
        line: lineNumber,
      };
      entries.push(current);
      continue;
    }
    if (name.toLowerCase() === 'changetype') {
      throw new Error(`${source}:${lineNumber}: change records are not supported, only entries to add`);
    }
    const values = current.attributes.get(name) ?? [];
    values.push(value);
    current.attributes.set(name, values);
  }
  return entries;
}

/** Reads and parses LDIF files, in the order given. */
export async function readLdifFiles(files: readonly string[]): Promise<LdifEntry[]> {
  const entries: LdifEntry[] = [];
  for (const file of files) entries.push(...parseLdif(await readFile(file, 'utf8'), file));
  return entries;
}
