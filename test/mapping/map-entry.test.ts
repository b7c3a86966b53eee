import { describe, expect, it } from 'vitest';
import {
  attributesNeeded,
  completeNumbers,
  keyOf,
  mapEntry,
  type MapResult,
} from '../../src/mapping/index.ts';
import { buildEntry, buildMapping, buildPerson, buildSite } from '../helpers/builders.ts';

function mapped(result: MapResult): Extract<MapResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a mapped user, got: ${result.rejection.message}`);
  return result;
}

function rejected(result: MapResult): Extract<MapResult, { ok: false }>['rejection'] {
  if (result.ok) throw new Error('expected a rejection');
  return result.rejection;
}

const CALL_CENTER = 'cn=call-center,ou=groups,dc=example,dc=com';

describe('mapEntry', () => {
  it('maps a Paris person with accents: fields, DID from the attribute, extension from its end, voicemail, contact', () => {
    const result = mapped(mapEntry(buildPerson(), buildMapping()));
    expect(result.user).toEqual({
      $schema: '../../schemas/user.schema.json',
      key: '1001',
      status: 'active',
      dn: 'uid=edupre,ou=people,dc=example,dc=com',
      site: 'paris',
      user: {
        firstname: 'Élodie',
        lastname: 'Dupré',
        email: 'elodie.dupre@example.com',
        username: 'edupre',
        mobile_phone_number: '+33612345678',
        caller_id: '"Élodie Dupré"',
        language: 'fr_FR',
        timezone: 'Europe/Paris',
      },
      line: { context: 'default', extension: '6742' },
      did: { number: '+33123456742', exten: '0123456742', context: 'from-extern' },
      voicemail: {
        number: '6742',
        context: 'default',
        name: 'Élodie Dupré',
        email: 'elodie.dupre@example.com',
        language: 'fr_FR',
        timezone: 'eu-fr',
      },
      agent: null,
      callPermissions: ['national'],
      contact: { title: 'Responsable commerciale', location: 'Paris', company: 'Exemple SA' },
    });
    expect(result.numberRequests).toEqual([]);
    expect(result.provenance['user.email']).toEqual({ attributes: ['mail'], rule: 'fields.email' });
    expect(result.provenance['line.extension']).toEqual({
      attributes: ['telephonenumber'],
      rule: 'sites[0].extension',
    });
    expect(result.provenance['did.number']).toEqual({
      attributes: ['telephonenumber'],
      rule: 'sites[0].did',
    });
    expect(result.provenance['site']).toEqual({ attributes: ['l'], rule: 'sites[0]' });
    expect(result.provenance['contact.company']).toEqual({ attributes: [], rule: 'contact.company' });
    expect(JSON.stringify(result.user)).not.toContain('provenance');
  });

  it('without provenance: the same state and number requests, and no record of where values came from', () => {
    const config = buildMapping();
    for (const entry of [
      buildPerson({ title: 'Directrice financière', memberOf: [CALL_CENTER] }),
      buildPerson({ telephoneNumber: '01 23 45 67 42' }),
    ]) {
      const kept = mapped(mapEntry(entry, config));
      const none = mapped(mapEntry(entry, config, { provenance: false }));
      expect(none.user).toEqual(kept.user);
      expect(none.numberRequests).toEqual(kept.numberRequests);
      expect(none.provenance).toEqual({});
      expect(Object.keys(kept.provenance).length).toBeGreaterThan(5);
    }
  });

  it('keeps apostrophes and hyphens, takes the first of several values, and leaves missing optional attributes out', () => {
    const entry = buildPerson({
      givenName: 'Jean-Loïc',
      sn: "D'Arvor",
      mail: ['JL.Darvor@example.com', 'other@example.com'],
      mobile: undefined,
      title: undefined,
      uid: undefined,
    });
    const { user } = mapped(mapEntry(entry, buildMapping()));
    expect(user.user).toMatchObject({
      firstname: 'Jean-Loïc',
      lastname: "D'Arvor",
      email: 'jl.darvor@example.com',
      caller_id: `"Jean-Loïc D'Arvor"`,
    });
    expect(user.user).not.toHaveProperty('mobile_phone_number');
    expect(user.user).not.toHaveProperty('username');
    expect(user.contact).toEqual({ location: 'Paris', company: 'Exemple SA' });
  });

  it('picks the first matching site, by attribute (case-insensitive), regex, DN suffix or group', () => {
    const sites = [
      buildSite({ name: 'by-group', match: { memberOf: 'cn=remote,ou=groups,dc=example,dc=com' } }),
      buildSite({ name: 'by-ou', match: { dnSuffix: 'OU=Lyon, ou=people,dc=example,dc=com' } }),
      buildSite({ name: 'by-regex', match: { attribute: 'l', regex: '^Mars' } }),
      buildSite({ name: 'by-attribute', match: { attribute: 'l', equals: 'paris' } }),
    ];
    const config = buildMapping({ sites: [sites[0]!, ...sites.slice(1)] });
    const site = (entry: ReturnType<typeof buildPerson>): string => mapped(mapEntry(entry, config)).user.site;
    expect(
      site(
        buildPerson(
          { memberOf: 'CN=Remote,OU=Groups,DC=example,DC=com' },
          'uid=a,ou=lyon,ou=people,dc=example,dc=com',
        ),
      ),
    ).toBe('by-group');
    expect(site(buildPerson({}, 'uid=a,ou=lyon,ou=people,dc=example,dc=com'))).toBe('by-ou');
    expect(site(buildPerson({ l: 'Marseille' }, 'uid=a,ou=xlyon,ou=people,dc=example,dc=com'))).toBe(
      'by-regex',
    );
    expect(site(buildPerson({ l: 'PARIS' }))).toBe('by-attribute');
    expect(rejected(mapEntry(buildPerson({ l: 'Brest' }), config))).toEqual({
      dn: 'uid=edupre,ou=people,dc=example,dc=com',
      attribute: 'memberof, l',
      value: 'Brest',
      rule: 'sites',
      message: 'no site matches this entry (tried by-group, by-ou, by-regex, by-attribute)',
    });
  });

  it('grants an agent to call-center members and international calls by group or title, each by its own rule', () => {
    const config = buildMapping();
    const agent = mapped(mapEntry(buildPerson({ memberOf: [CALL_CENTER.toUpperCase()] }), config)).user;
    expect(agent.agent).toEqual({ number: '86742', context: 'default' });
    expect(agent.callPermissions).toEqual(['national']);
    const director = mapped(mapEntry(buildPerson({ title: 'Directrice financière' }), config));
    expect(director.user.agent).toBeNull();
    expect(director.user.callPermissions).toEqual(['national', 'international']);
    expect(director.provenance['callPermissions.international']).toEqual({
      attributes: ['memberof', 'title'],
      rule: 'callPermissions[1]',
    });
  });

  it('honours site grants and per-site conditions', () => {
    const config = buildMapping({
      sites: [
        buildSite({
          grants: { voicemail: false, did: false, callPermissions: false },
          extension: { source: 'pool', digits: 4, ranges: [{ start: '6700', end: '6799' }] },
        }),
      ],
      voicemail: { when: [{ always: true }] },
      agent: { when: [{ sites: ['paris'] }], number: '9{{extension}}' },
    });
    const first = mapped(mapEntry(buildPerson(), config));
    expect(first.user.voicemail).toBeNull();
    expect(first.user.did).toBeNull();
    expect(first.user).not.toHaveProperty('callPermissions');
    expect(first.numberRequests.map((r) => r.kind)).toEqual(['extension']);
    const done = mapped(completeNumbers(first, { extension: '6701' }, config));
    expect(done.user.agent).toEqual({ number: '96701', context: 'default' });
    expect(done.user.line).toEqual({ context: 'default', extension: '6701' });
  });

  it('rejects a DID-suffix extension when the site grants no DID', () => {
    const config = buildMapping({ sites: [buildSite({ grants: { did: false } })] });
    expect(rejected(mapEntry(buildPerson(), config))).toMatchObject({
      rule: 'sites[0].extension',
      message: 'the extension is the end of the DID, but this person has no DID',
    });
  });

  it('asks for pool numbers and completes the person once they are allocated', () => {
    const config = buildMapping();
    const first = mapped(mapEntry(buildPerson({ l: 'Lyon', memberOf: CALL_CENTER }), config));
    expect(first.numberRequests.map((r) => [r.kind, r.context, r.rule])).toEqual([
      ['did', 'from-extern', 'sites[1].did'],
      ['extension', 'default', 'sites[1].extension'],
    ]);
    expect(first.user.line).toBeNull();
    const done = mapped(completeNumbers(first, { did: '+33472100007', extension: '2003' }, config));
    expect(done.user.did).toEqual({ number: '+33472100007', exten: '0007', context: 'from-extern' });
    expect(done.user.line).toEqual({ context: 'default', extension: '2003' });
    expect(done.user.voicemail?.number).toBe('2003');
    expect(done.user.agent).toEqual({ number: '82003', context: 'default' });
  });

  it('derives a DID-suffix extension from a pool DID at completion', () => {
    const config = buildMapping({
      sites: [
        buildSite({
          did: {
            source: 'pool',
            ranges: [{ start: '+33123456700', end: '+33123456799' }],
            incallFormat: 'e164',
          },
        }),
      ],
    });
    const first = mapped(mapEntry(buildPerson(), config));
    const done = mapped(completeNumbers(first, { did: '+33123456705' }, config));
    expect(done.user.line).toEqual({ context: 'default', extension: '6705' });
    expect(done.user.did?.exten).toBe('+33123456705');
  });

  it.each([
    [{ telephoneNumber: '12' }, 'telephonenumber', '12', 'sites[0].did', /not a possible phone number/],
    [
      { telephoneNumber: '+33 4 72 10 00 12' },
      'telephonenumber',
      '+33 4 72 10 00 12',
      'sites[0].did',
      /outside the site's DID ranges/,
    ],
    [{ mobile: 'call me' }, 'mobile', 'call me', 'fields.mobile_phone_number', /not a phone number/],
    [{ givenName: undefined }, 'givenname', '', 'fields.firstname', /firstname is empty/],
    [
      { employeeNumber: undefined },
      'employeenumber',
      '',
      'source.identifier',
      /identifier employeeNumber is missing/,
    ],
    [{ employeeNumber: ['1', '2'] }, 'employeenumber', '1, 2', 'source.identifier', /has 2 values/],
    [{ employeeNumber: '../etc' }, 'employeenumber', '../etc', 'source.identifier', /cannot be a key/],
  ])('rejects %j naming attribute, value and rule', (overrides, attribute, value, rule, message) => {
    const rejection = rejected(mapEntry(buildPerson(overrides), buildMapping()));
    expect(rejection).toMatchObject({ dn: 'uid=edupre,ou=people,dc=example,dc=com', attribute, value, rule });
    expect(rejection.message).toMatch(message);
  });

  it('rejects an extension outside the context ranges', () => {
    const config = buildMapping({
      sites: [
        buildSite({
          extension: {
            source: 'attribute',
            attribute: 'pager',
            digits: 4,
            ranges: [{ start: '6700', end: '6799' }],
          },
        }),
      ],
    });
    expect(mapped(mapEntry(buildPerson({ pager: 'ext 6710' }), config)).user.line).toEqual({
      context: 'default',
      extension: '6710',
    });
    expect(rejected(mapEntry(buildPerson({ pager: '5001' }), config))).toMatchObject({
      attribute: 'pager',
      value: '5001',
      rule: 'sites[0].extension',
      message: 'extension 5001 is outside the ranges 6700-6799',
    });
  });

  it('turns a broken template into a rejection instead of a crash', () => {
    const config = buildMapping({
      fields: { firstname: { template: '{{givenName|shout}}', owner: 'directory' } },
    });
    expect(rejected(mapEntry(buildPerson(), config)).message).toMatch(/unknown filter "shout"/);
  });

  it('lists the attributes the search must request', () => {
    expect(attributesNeeded(buildMapping())).toEqual([
      'employeenumber',
      'givenname',
      'l',
      'mail',
      'memberof',
      'mobile',
      'sn',
      'telephonenumber',
      'title',
      'uid',
    ]);
  });
});

describe('keyOf', () => {
  it('renders AD objectGUID bytes, lower-cases entryUUID, and refuses malformed identifiers', () => {
    const guid = Buffer.from('00072a064837e345b2775879ddd4338a', 'hex');
    expect(
      keyOf(buildEntry('cn=a', {}, { objectGUID: guid }), { attribute: 'objectGUID', format: 'guid' }),
    ).toEqual({ ok: true, key: '062a0700-3748-45e3-b277-5879ddd4338a' });
    expect(
      keyOf(buildEntry('cn=a', { entryUUID: '6F1C1A52-1D3E-4C7A-9A51-0B6A0C2F0A01' }), {
        attribute: 'entryUUID',
        format: 'uuid',
      }),
    ).toEqual({
      ok: true,
      key: '6f1c1a52-1d3e-4c7a-9a51-0b6a0c2f0a01',
    });
    expect(
      keyOf(buildEntry('cn=a', {}, { objectGUID: Buffer.alloc(3) }), {
        attribute: 'objectGUID',
        format: 'guid',
      }),
    ).toMatchObject({ ok: false, value: '3 bytes' });
    expect(
      keyOf(buildEntry('cn=a', { entryUUID: 'nope' }), { attribute: 'entryUUID', format: 'uuid' }),
    ).toMatchObject({ ok: false, message: 'entryUUID is not a UUID' });
  });
});
