import { normalizeDn } from '../normalize-dn.ts';

/**
 * One directory entry as every later stage sees it, whatever the source (server or LDIF file).
 * Attribute names are lower-cased (LDAP attribute names are case-insensitive: `givenName`,
 * `givenname` and `GIVENNAME` are the same attribute), so look values up with `valuesOf`. Values
 * are UTF-8 text; attributes read as bytes (objectGUID, objectSid, `::` values of an LDIF file
 * that are not UTF-8) are in `binary`.
 */
export interface DirectoryEntry {
  dn: string;
  attributes: Record<string, string[]>;
  binary?: Record<string, Buffer[]>;
}

/** Values of an attribute, case-insensitively; empty when absent. */
export function valuesOf(entry: DirectoryEntry, attribute: string): string[] {
  return entry.attributes[attribute.toLowerCase()] ?? [];
}

/** Whether `dn` is `base` or below it (on RDN boundaries: `ou=xpeople` is not under `ou=people`). */
export function isUnder(dn: string, base: string, scope: 'sub' | 'one' | 'base' = 'sub'): boolean {
  const d = normalizeDn(dn);
  const b = normalizeDn(base);
  if (b === '') return scope === 'sub' || (scope === 'one' ? !d.includes(',') : d === '');
  if (d === b) return scope !== 'one';
  if (!d.endsWith(`,${b}`)) return false;
  if (scope === 'base') return false;
  if (scope === 'one') return splitRdns(d.slice(0, -b.length - 1)).length === 1;
  return true;
}

/** Splits a DN into RDNs on unescaped commas. */
function splitRdns(dn: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i]!;
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[i + 1]!;
      i++;
    } else if (c === ',') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}
