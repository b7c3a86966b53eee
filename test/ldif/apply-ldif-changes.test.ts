import { describe, expect, it } from 'vitest';
import {
  type DirectoryEntry,
  applyLdifChanges,
  parseLdif,
  parseLdifChanges,
  renderLdifContent,
} from '../../src/ldap/index.ts';
import { renderLdifChanges } from '../../src/writeback/index.ts';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const PEOPLE = parseLdif(
  [
    'dn: uid=adupont,ou=people,dc=example,dc=com',
    'objectClass: inetOrgPerson',
    'cn: Amélie Dupont',
    'mail: amelie.dupont@example.com',
    'telephoneNumber: 04 72 10 00 11',
    '',
    'dn: uid=bmartin,ou=people,dc=example,dc=com',
    'objectClass: inetOrgPerson',
    'cn: Benoît Martin',
    'description: first',
    'description: second',
    '',
  ].join('\n'),
  'people.ldif',
);

/** Parses then applies, as the demo does. */
function apply(entries: DirectoryEntry[], text: string): DirectoryEntry[] {
  return applyLdifChanges(entries, parseLdifChanges(text, 'changes.ldif'), 'changes.ldif');
}

describe('parseLdifChanges', () => {
  it('reads add, delete and modify records with their record number and line', () => {
    const text = [
      'version: 1',
      '# a comment',
      '',
      'dn: uid=new,ou=people,dc=example,dc=com',
      'changetype: add',
      'objectClass: inetOrgPerson',
      'cn: Nouveau',
      '',
      'dn: uid=old,ou=people,dc=example,dc=com',
      'changetype: delete',
      '',
      'dn: uid=adupont,ou=people,dc=example,dc=com',
      'changetype: modify',
      'replace: telephoneNumber',
      'telephoneNumber: 04 72 10 00 26',
      '-',
      'delete: description',
      '-',
      'add: mobile',
      'mobile: 06 12 34 56 78',
      'mobile: 07 12 34 56 78',
      '-',
      '',
    ].join('\n');
    expect(parseLdifChanges(text, 'c.ldif')).toEqual([
      {
        dn: 'uid=new,ou=people,dc=example,dc=com',
        record: 1,
        line: 4,
        changetype: 'add',
        entry: {
          dn: 'uid=new,ou=people,dc=example,dc=com',
          attributes: { objectclass: ['inetOrgPerson'], cn: ['Nouveau'] },
        },
      },
      { dn: 'uid=old,ou=people,dc=example,dc=com', record: 2, line: 9, changetype: 'delete' },
      {
        dn: 'uid=adupont,ou=people,dc=example,dc=com',
        record: 3,
        line: 12,
        changetype: 'modify',
        modifications: [
          { operation: 'replace', attribute: 'telephonenumber', values: ['04 72 10 00 26'], line: 14 },
          { operation: 'delete', attribute: 'description', values: [], line: 17 },
          { operation: 'add', attribute: 'mobile', values: ['06 12 34 56 78', '07 12 34 56 78'], line: 19 },
        ],
      },
    ]);
  });

  it('unfolds lines and decodes base64 (text when UTF-8, bytes otherwise) in DNs, adds and modifications', () => {
    const bytes = Buffer.from([0x00, 0xff, 0xfe, 0x80]);
    const text = [
      `dn:: ${b64('uid=lhote,ou=people,dc=example,dc=com')}`,
      'changetype: add',
      `sn:: ${b64("L'Hôte")}`,
      'description: a long value that is',
      '  folded over two lines',
      '',
      'dn: uid=adupont,ou=people,',
      ' dc=example,dc=com',
      'changetype: modify',
      'replace: cn',
      `cn:: ${b64('Amélie Dupont-Lefèvre')}`,
      '-',
      'add: jpegPhoto',
      `jpegPhoto:: ${bytes.toString('base64')}`,
    ].join('\r\n');
    const [added, modified] = parseLdifChanges(text, 'c.ldif');
    expect(added).toMatchObject({
      dn: 'uid=lhote,ou=people,dc=example,dc=com',
      entry: { attributes: { sn: ["L'Hôte"], description: ['a long value that is folded over two lines'] } },
    });
    // The last "-" of a record may be left out, as ldapmodify allows.
    expect(modified).toMatchObject({
      dn: 'uid=adupont,ou=people,dc=example,dc=com',
      modifications: [
        { operation: 'replace', attribute: 'cn', values: ['Amélie Dupont-Lefèvre'] },
        { operation: 'add', attribute: 'jpegphoto', values: [bytes] },
      ],
    });
  });

  it.each([
    [
      'dn: uid=a,dc=x\nchangetype: modrdn\nnewrdn: uid=b\ndeleteoldrdn: 1\n',
      /^read-ldif c\.ldif:2: uid=a,dc=x: "changetype: modrdn" \(rename or move\) is not supported; only add, delete and modify$/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: moddn\n',
      /c\.ldif:2: uid=a,dc=x: "changetype: moddn" \(rename or move\) is not supported/,
    ],
    ['dn: uid=a,dc=x\nchangetype: rename\n', /c\.ldif:2: uid=a,dc=x: unknown changetype "rename"/],
    [
      'dn: uid=a,dc=x\ncn: A\n',
      /c\.ldif:2: uid=a,dc=x: expected "changetype:" after the DN: a change file holds change records only/,
    ],
    ['dn: uid=a,dc=x\n', /c\.ldif:1: uid=a,dc=x: expected "changetype:"/],
    [
      'dn: uid=a,dc=x\ncontrol: 1.2.840.113556.1.4.805 true\nchangetype: delete\n',
      /c\.ldif:2: controls are not supported \(uid=a,dc=x\)/,
    ],
    ['cn: A\nchangetype: delete\n', /c\.ldif:1: a record must start with "dn:"/],
    [
      'dn: uid=a,dc=x\nchangetype: delete\ncn: A\n',
      /c\.ldif:3: uid=a,dc=x: a "changetype: delete" record holds nothing after the changetype/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: modify\nreplace: cn\nsn: A\n-\n',
      /c\.ldif:4: uid=a,dc=x: a value of "sn" inside the "replace: cn" part \(a "-" line missing\?\)/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: modify\ncn: A\n',
      /c\.ldif:3: uid=a,dc=x: expected "add:", "replace:" or "delete:" to start a modification, got "cn:"/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: modify\n-\n',
      /c\.ldif:3: uid=a,dc=x: "-" closes no "add:", "replace:" or "delete:" part/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: modify\n',
      /c\.ldif:1: uid=a,dc=x: a "changetype: modify" record with no modification/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: add\ncn: A\nchangetype: add\n',
      /c\.ldif:4: a second "changetype:" in the record/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: add\ncn: A\ndn: uid=b,dc=x\n',
      /c\.ldif:4: a second "dn:" in the record that starts at line 1/,
    ],
    [
      'dn: uid=a,dc=x\nchangetype: add\njpegPhoto:< file:///etc/passwd\n',
      /c\.ldif:3: URL values \(jpegphoto:<\) are not supported/,
    ],
    ['dn: uid=a,dc=x\nchangetype: add\nsn:: ***\n', /c\.ldif:3: invalid base64 value for sn/],
    ['\n continued\n', /c\.ldif:2: a continuation line \(leading space\) outside any record/],
  ])('refuses %j, naming the file and line', (text, message) => {
    expect(() => parseLdifChanges(text, 'c.ldif')).toThrow(message);
  });
});

describe('applyLdifChanges', () => {
  it('adds, deletes and modifies entries, matching DNs as the directory does, without changing its inputs', () => {
    const before = structuredClone(PEOPLE);
    const result = apply(
      PEOPLE,
      [
        'dn: UID=adupont, OU=People, DC=example, DC=com',
        'changetype: modify',
        'replace: telephoneNumber',
        'telephoneNumber: 04 72 10 00 26',
        '-',
        'add: mobile',
        'mobile: 06 12 34 56 78',
        '-',
        'delete: mail',
        '-',
        '',
        'dn: uid=bmartin,ou=people,dc=example,dc=com',
        'changetype: modify',
        'delete: description',
        'description: first',
        '-',
        'replace: title',
        '-',
        '',
        'dn: uid=cnew,ou=people,dc=example,dc=com',
        'changetype: add',
        'objectClass: inetOrgPerson',
        'cn: Chloé Nouvelle',
        '',
        'dn: uid=adupont,ou=people,dc=example,dc=com',
        'changetype: delete',
        '',
      ].join('\n'),
    );
    expect(result).toEqual([
      {
        dn: 'uid=bmartin,ou=people,dc=example,dc=com',
        attributes: { objectclass: ['inetOrgPerson'], cn: ['Benoît Martin'], description: ['second'] },
      },
      {
        dn: 'uid=cnew,ou=people,dc=example,dc=com',
        attributes: { objectclass: ['inetOrgPerson'], cn: ['Chloé Nouvelle'] },
      },
    ]);
    expect(PEOPLE).toEqual(before);
  });

  it('keeps the order of the entries, modifies in place and appends added entries', () => {
    const result = apply(
      PEOPLE,
      'dn: uid=new,dc=x\nchangetype: add\ncn: N\n\ndn: uid=adupont,ou=people,dc=example,dc=com\nchangetype: modify\nreplace: telephoneNumber\ntelephoneNumber: 04 72 10 00 26\n-\nadd: mobile\nmobile: 06 12 34 56 78\n-\ndelete: mail\n-\n',
    );
    expect(result.map((e) => e.dn)).toEqual([
      'uid=adupont,ou=people,dc=example,dc=com',
      'uid=bmartin,ou=people,dc=example,dc=com',
      'uid=new,dc=x',
    ]);
    expect(result[0]?.attributes).toEqual({
      objectclass: ['inetOrgPerson'],
      cn: ['Amélie Dupont'],
      telephonenumber: ['04 72 10 00 26'],
      mobile: ['06 12 34 56 78'],
    });
  });

  it('adds and deletes binary values next to text ones', () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0x00]);
    const added = apply(
      PEOPLE,
      `dn: uid=bmartin,ou=people,dc=example,dc=com\nchangetype: modify\nadd: jpegPhoto\njpegPhoto:: ${photo.toString('base64')}\n-\n`,
    );
    expect(added[1]?.binary).toEqual({ jpegphoto: [photo] });
    const removed = applyLdifChanges(
      added,
      parseLdifChanges(
        `dn: uid=bmartin,ou=people,dc=example,dc=com\nchangetype: modify\ndelete: jpegPhoto\njpegPhoto:: ${photo.toString('base64')}\n-\n`,
      ),
    );
    expect(removed[1]).toEqual(PEOPLE[1]);
  });

  it.each([
    [
      'dn: uid=bmartin,ou=people,dc=example,dc=com\nchangetype: delete\n\ndn: UID=Adupont,ou=people,dc=example,dc=com\nchangetype: add\ncn: A\n',
      'apply-ldif changes.ldif:4: record 2 (add UID=Adupont,ou=people,dc=example,dc=com): the entry already exists (as uid=adupont,ou=people,dc=example,dc=com)',
    ],
    [
      'dn: uid=gone,ou=people,dc=example,dc=com\nchangetype: delete\n',
      'apply-ldif changes.ldif:1: record 1 (delete uid=gone,ou=people,dc=example,dc=com): no entry with this DN',
    ],
    [
      'dn: uid=gone,ou=people,dc=example,dc=com\nchangetype: modify\nreplace: cn\ncn: X\n-\n',
      'apply-ldif changes.ldif:1: record 1 (modify uid=gone,ou=people,dc=example,dc=com): no entry with this DN',
    ],
    [
      'dn: uid=adupont,ou=people,dc=example,dc=com\nchangetype: modify\nreplace: cn\ncn: X\n-\nadd: mail\nmail: amelie.dupont@example.com\n-\n',
      'apply-ldif changes.ldif:6: record 1 (modify uid=adupont,ou=people,dc=example,dc=com): add: mail: the value "amelie.dupont@example.com" is already present',
    ],
    [
      'dn: uid=adupont,ou=people,dc=example,dc=com\nchangetype: modify\nadd: mobile\n-\n',
      'apply-ldif changes.ldif:3: record 1 (modify uid=adupont,ou=people,dc=example,dc=com): add: mobile: an "add:" part needs at least one value',
    ],
    [
      'dn: uid=adupont,ou=people,dc=example,dc=com\nchangetype: modify\ndelete: mobile\n-\n',
      'apply-ldif changes.ldif:3: record 1 (modify uid=adupont,ou=people,dc=example,dc=com): delete: mobile: the entry has no such attribute',
    ],
    [
      'dn: uid=adupont,ou=people,dc=example,dc=com\nchangetype: modify\ndelete: telephoneNumber\ntelephoneNumber: 04 72 10 00 99\n-\n',
      'apply-ldif changes.ldif:3: record 1 (modify uid=adupont,ou=people,dc=example,dc=com): delete: telephonenumber: the value "04 72 10 00 99" is not present',
    ],
  ])(
    'refuses what the directory would refuse, naming file, line, record, DN and why (%#)',
    (text, message) => {
      expect(() => apply(PEOPLE, text)).toThrow(message);
    },
  );

  it('refuses entries that hold one DN twice: which one a change meant cannot be told', () => {
    expect(() =>
      applyLdifChanges(
        [PEOPLE[0]!, { ...PEOPLE[0]!, dn: 'UID=adupont,ou=people,dc=example,dc=com' }],
        [],
        'c.ldif',
      ),
    ).toThrow('apply-ldif c.ldif: the entries to change hold UID=adupont,ou=people,dc=example,dc=com twice');
  });

  it('applies what write-back renders (renderLdifChanges), base64 values included', () => {
    const changes = renderLdifChanges([
      {
        key: '1101',
        dn: 'uid=adupont,ou=people,dc=example,dc=com',
        changes: [
          { operation: 'add', attribute: 'pager', values: ['6701'] },
          { operation: 'replace', attribute: 'telephoneNumber', values: ['+33123456701'] },
          { operation: 'replace', attribute: 'description', values: ['Siège : bureau 501 '] },
          { operation: 'delete', attribute: 'mail', values: [] },
        ],
      },
      {
        key: '1102',
        dn: 'uid=bmartin,ou=people,dc=example,dc=com',
        changes: [{ operation: 'delete', attribute: 'description', values: ['second'] }],
      },
    ]);
    expect(changes).toContain('description:: ');
    const result = apply(PEOPLE, changes);
    expect(result[0]?.attributes).toEqual({
      objectclass: ['inetOrgPerson'],
      cn: ['Amélie Dupont'],
      telephonenumber: ['+33123456701'],
      pager: ['6701'],
      description: ['Siège : bureau 501 '],
    });
    expect(result[1]?.attributes['description']).toEqual(['first']);
  });
});

describe('renderLdifContent', () => {
  it('writes entries that parseLdif reads back equal: unsafe values and bytes in base64, a comment on top', () => {
    const entries: DirectoryEntry[] = [
      {
        dn: 'uid=lhote,ou=people,dc=example,dc=com',
        attributes: {
          sn: ["L'Hôte"],
          description: [' leading space', ':colon', '<angle', 'trailing ', 'tab\there', ''],
          mail: ['fx@example.com', 'francois-xavier@example.com'],
        },
        binary: { objectguid: [Buffer.from('00072a06483745e3b2775879ddd4338a', 'hex')] },
      },
      { dn: 'cn=Équipe qualité,ou=groups,dc=example,dc=com', attributes: { cn: ['Équipe qualité'] } },
    ];
    const text = renderLdifContent(entries, { comment: 'Exemple SA\n\nafter cycle-2.ldif' });
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# Exemple SA',
      '#',
      '# after cycle-2.ldif',
      'version: 1',
      '',
      'dn: uid=lhote,ou=people,dc=example,dc=com',
    ]);
    expect(text).toContain('mail: fx@example.com\n');
    expect(text).toContain(`sn:: ${b64("L'Hôte")}\n`);
    expect(parseLdif(text, 'rendered.ldif')).toEqual(entries);
    expect(renderLdifContent([])).toBe('version: 1\n\n');
  });
});
