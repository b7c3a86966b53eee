import type { EntryChange } from './compute-writeback.ts';
import { ldifLine } from '../ldif-line.ts';

/**
 * The modifications as an LDIF change file (RFC 2849): one `changetype: modify` record per entry, its
 * operations separated by `-`, ready for `ldapmodify -f`. Values that are not a safe string (non-ASCII,
 * a leading space, colon or `<`, a trailing space) are base64-encoded (`attr:: …`), as the RFC asks.
 */
export function renderLdifChanges(changes: readonly EntryChange[]): string {
  const records = changes.map((entry) => {
    const lines = [ldifLine('dn', entry.dn), 'changetype: modify'];
    for (const change of entry.changes) {
      lines.push(`${change.operation}: ${change.attribute}`);
      for (const value of change.values) lines.push(ldifLine(change.attribute, value));
      lines.push('-');
    }
    return lines.join('\n');
  });
  return records.length === 0 ? '' : `${records.join('\n\n')}\n`;
}
