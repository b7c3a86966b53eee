import type { EntryChange } from './compute-writeback.ts';

/**
 * The modifications as an LDIF change file (RFC 2849): one `changetype: modify` record per entry, its
 * operations separated by `-`, ready for `ldapmodify -f`. Values that are not a safe string (non-ASCII,
 * a leading space, colon or `<`, a trailing space) are base64-encoded (`attr:: …`), as the RFC asks.
 */
export function renderLdifChanges(changes: readonly EntryChange[]): string {
  const records = changes.map((entry) => {
    const lines = [line('dn', entry.dn), 'changetype: modify'];
    for (const change of entry.changes) {
      lines.push(`${change.operation}: ${change.attribute}`);
      for (const value of change.values) lines.push(line(change.attribute, value));
      lines.push('-');
    }
    return lines.join('\n');
  });
  return records.length === 0 ? '' : `${records.join('\n\n')}\n`;
}

// eslint-disable-next-line no-control-regex -- SAFE-STRING of RFC 2849 excludes control characters
const SAFE = /^(?:[\x01-\x09\x0b\x0c\x0e-\x1f\x21-\x39\x3b\x3d-\x7f][\x01-\x09\x0b\x0c\x0e-\x7f]*)?$/;

function line(name: string, value: string): string {
  if (SAFE.test(value) && !value.endsWith(' ')) return `${name}: ${value}`;
  return `${name}:: ${Buffer.from(value, 'utf8').toString('base64')}`;
}
