import { describe, expect, it } from 'vitest';
import {
  type DirectoryEntry,
  isUnder,
  ldifSource,
  matchesFilter,
  parseFilter,
  parseLdif,
} from '../../src/ldap/index.ts';

describe('parseLdif', () => {
  it('reads version, comments, folded lines, base64 text and binary values, and several values', () => {
    const guid = Buffer.from('00072a06483745e3b2775879ddd4338a', 'hex');
    const text = [
      'version: 1',
      '# a comment',
      ' that is folded',
      'dn: uid=a,ou=people,',
      ' dc=example,dc=com',
      'objectClass: inetOrgPerson',
      `sn:: ${Buffer.from("D'Arvor-Côté").toString('base64')}`,
      'mail: a@example.com',
      'MAIL: b@example.com',
      `objectGUID:: ${guid.toString('base64')}`,
      'description: long value that',
      '  continues with a space',
      '',
      '',
      'dn: uid=b,ou=people,dc=example,dc=com',
      'cn;lang-fr: Bé',
    ].join('\r\n');
    expect(parseLdif(text)).toEqual([
      {
        dn: 'uid=a,ou=people,dc=example,dc=com',
        attributes: {
          objectclass: ['inetOrgPerson'],
          sn: ["D'Arvor-Côté"],
          mail: ['a@example.com', 'b@example.com'],
          description: ['long value that continues with a space'],
        },
        binary: { objectguid: [guid] },
      },
      { dn: 'uid=b,ou=people,dc=example,dc=com', attributes: { 'cn;lang-fr': ['Bé'] } },
    ]);
  });

  it('refuses what an export source cannot hold, naming file and line', () => {
    expect(() => parseLdif('dn: uid=a,dc=x\nchangetype: delete\n', 'people.ldif')).toThrow(
      /read-ldif people\.ldif:2: change records/,
    );
    expect(() => parseLdif('cn: a\n', 'people.ldif')).toThrow(
      /people\.ldif:1: a record must start with "dn:"/,
    );
    expect(() => parseLdif('dn: uid=a,dc=x\njpegPhoto:< file:///etc/passwd\n', 'p')).toThrow(
      /p:2: URL values/,
    );
    expect(() => parseLdif('dn: uid=a,dc=x\nsn:: ***\n', 'p')).toThrow(/invalid base64/);
  });

  it('refuses a broken file instead of guessing: a record appended without its blank line, bad base64, a stray continuation', () => {
    const merged = [
      'dn: uid=p3,ou=people,dc=x',
      'employeeNumber: 10003',
      'dn: uid=p4,ou=people,dc=x',
      'employeeNumber: 10004',
      '',
    ].join('\n');
    expect(() => parseLdif(merged, 'people.ldif')).toThrow(
      'read-ldif people.ldif:3: a second "dn:" in the record that starts at line 1 (a blank line missing between two records?)',
    );
    expect(() => parseLdif('dn: uid=a,dc=x\nsn:: QWxp\ncn:: QWxpY2\n', 'p')).toThrow(
      /p:3: invalid base64 value for cn/,
    );
    expect(() => parseLdif('\n continued\ndn: uid=a,dc=x\n', 'p')).toThrow(
      /p:2: a continuation line \(leading space\) outside any record/,
    );
    expect(() => parseLdif('dn: uid=a,dc=x\nchangetype: modrdn\n', 'p')).toThrow(/p:2: change records/);
    // A folded comment stays a comment.
    expect(parseLdif('# a comment\n  folded\ndn: uid=a,dc=x\nsn: A\n', 'p')).toHaveLength(1);
  });
});

describe('filter evaluation (LDIF source)', () => {
  const entry: DirectoryEntry = {
    dn: 'uid=a,ou=Lyon,ou=people,dc=example,dc=com',
    attributes: { sn: ['Côté'], mail: ['A@Example.com', 'b@example.com'], examplebadgeid: ['42'] },
  };

  it.each([
    ['(sn=côté)', true],
    ['(sn=C\\c3\\b4t\\c3\\a9)', true],
    ['(mail=a@example.com)', true],
    ['(mail=*@EXAMPLE.com)', true],
    ['(mail=b*ex*com)', true],
    ['(mail=b*xe*)', false],
    ['(sn=*)', true],
    ['(title=*)', false],
    ['(!(title=*))', true],
    ['(|(sn=x)(mail=b@example.com))', true],
    ['(&(sn=côté)(title=x))', false],
    ['(examplebadgeid>=9)', true],
    ['(examplebadgeid<=9)', false],
    ['(sn=\\2a)', false],
  ])('%s → %s', (filter, expected) => {
    expect(matchesFilter(entry, parseFilter(filter))).toBe(expected);
  });

  it('applies the base DN scope on RDN boundaries', async () => {
    expect(isUnder('uid=a,ou=people,dc=example,dc=com', 'OU=People, DC=example,DC=com')).toBe(true);
    expect(isUnder('uid=a,ou=xpeople,dc=example,dc=com', 'ou=people,dc=example,dc=com')).toBe(false);
    expect(isUnder('uid=a,ou=lyon,ou=people,dc=example,dc=com', 'ou=people,dc=example,dc=com', 'one')).toBe(
      false,
    );
    expect(isUnder('uid=a\\,b,ou=people,dc=example,dc=com', 'ou=people,dc=example,dc=com', 'one')).toBe(true);
    const source = ldifSource([entry]);
    const found = [];
    for await (const e of source.searchEntries({
      baseDns: ['ou=people,dc=example,dc=com'],
      filter: '(sn=*)',
      attributes: ['SN'],
    })) {
      found.push(e);
    }
    expect(found).toEqual([{ dn: entry.dn, attributes: { sn: ['Côté'] } }]);
  });
});
