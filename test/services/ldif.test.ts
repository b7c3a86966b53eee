import { describe, expect, it } from 'vitest';
import { parseLdif } from './ldif.ts';

describe('parseLdif', () => {
  it('reads entries with comments, folded lines, raw UTF-8 and base64 values', () => {
    const text = [
      'version: 1',
      '# a comment',
      'dn: CN=Zoé Chassagne,OU=Staff,DC=example,DC=com',
      'objectClass: top',
      'objectClass: user',
      'description: a long value folded',
      '  over two lines',
      'unicodePwd:: IgB4ACIA',
      '',
      'dn: OU=Groups,DC=example,DC=com',
      'ou: Groups',
    ].join('\n');

    const entries = parseLdif(text, 'inline.ldif');

    expect(entries.map((entry) => [entry.dn, entry.line])).toEqual([
      ['CN=Zoé Chassagne,OU=Staff,DC=example,DC=com', 3],
      ['OU=Groups,DC=example,DC=com', 10],
    ]);
    expect(entries[0]?.attributes.get('objectClass')).toEqual(['top', 'user']);
    expect(entries[0]?.attributes.get('description')).toEqual(['a long value folded over two lines']);
    expect(entries[0]?.attributes.get('unicodePwd')).toEqual([Buffer.from('"x"', 'utf16le')]);
  });

  it.each([
    ['ou: Groups\n', 'inline.ldif:1: an entry must start with "dn:"'],
    ['dn: ou=x\nchangetype: modify\n', 'inline.ldif:2: change records are not supported'],
    ['dn: ou=x\njpegPhoto:< file:///tmp/x.jpg\n', 'inline.ldif:2: URL values (:<) are not supported'],
    ['dn: ou=x\nthis is not ldif\n', 'inline.ldif:2: not an LDIF "attribute: value" line'],
  ])('rejects %j naming the line', (text, message) => {
    expect(() => parseLdif(text, 'inline.ldif')).toThrow(message);
  });
});
