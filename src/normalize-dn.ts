/**
 * A DN normalised for comparison: lower-case, no spaces around `=` and `,`; escaped commas stay
 * escaped. Shared by the directory adapter (search results) and the pure mapping (site suffixes and
 * group DNs written in mappings/), which must agree on when two DNs are the same.
 */
export function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([=,])\s*/g, '$1')
    .toLowerCase();
}
