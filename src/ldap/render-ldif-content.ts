import type { DirectoryEntry } from './entry.ts';
import { ldifLine } from '../ldif-line.ts';

export interface RenderLdifOptions {
  /** Comment lines written at the top of the file, each prefixed with `# `. (Default: none) */
  comment?: string;
}

/**
 * Entries as an RFC 2849 content file, which parseLdif (and `--source ldif:`) reads back to the same
 * entries: `version: 1`, one record per entry, each value on its own line, values that are not safe
 * strings and bytes in base64. Attribute names are written as entries hold them (lower-cased: LDAP
 * names are case-insensitive). Lines are not folded: folding is optional and every reader takes long
 * lines.
 */
export function renderLdifContent(
  entries: readonly DirectoryEntry[],
  options: RenderLdifOptions = {},
): string {
  const header =
    options.comment === undefined
      ? []
      : options.comment.split('\n').map((line) => (line === '' ? '#' : `# ${line}`));
  const records = entries.map((entry) => {
    const lines = [ldifLine('dn', entry.dn)];
    for (const [name, values] of Object.entries(entry.attributes))
      for (const value of values) lines.push(ldifLine(name, value));
    for (const [name, values] of Object.entries(entry.binary ?? {}))
      for (const value of values) lines.push(ldifLine(name, value));
    return lines.join('\n');
  });
  return `${[...header, 'version: 1'].join('\n')}\n\n${records.map((r) => `${r}\n`).join('\n')}`;
}
