/**
 * One `attr: value` line of an LDIF file (RFC 2849). A value that is not a SAFE-STRING (non-ASCII, a
 * leading space, colon or `<`, a trailing space, a control character) or is bytes is base64-encoded
 * (`attr:: …`), as the RFC asks. Shared by the writers of change files (write-back) and of content
 * files (src/ldap), so that both encode a value the same way and the LDIF reader takes back both.
 */
export function ldifLine(name: string, value: string | Buffer): string {
  if (typeof value === 'string' && SAFE.test(value) && !value.endsWith(' ')) return `${name}: ${value}`;
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return `${name}:: ${bytes.toString('base64')}`;
}

// eslint-disable-next-line no-control-regex -- SAFE-STRING of RFC 2849 excludes control characters
const SAFE = /^(?:[\x01-\x09\x0b\x0c\x0e-\x1f\x21-\x39\x3b\x3d-\x7f][\x01-\x09\x0b\x0c\x0e-\x7f]*)?$/;
