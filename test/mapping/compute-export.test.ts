import { describe, expect, it } from 'vitest';
import { buildMapping, buildPerson, runExport, buildSite } from '../helpers/builders.ts';

const run = runExport;

const active = (...people: ReturnType<typeof buildPerson>[]) =>
  people.map((entry) => ({ entry, disabled: false }));

/** One site, Lyon, whose people get an extension from 2000-2009 and no DID. */
const lyonExtensionPool = () =>
  buildMapping({
    sites: [
      buildSite({
        name: 'lyon',
        match: { attribute: 'l', equals: 'Lyon' },
        did: { source: 'none' },
        extension: { source: 'pool', ranges: [{ start: '2000', end: '2009' }] },
      }),
    ],
  });

describe('computeExport', () => {
  it('rejects, instead of failing the export, a person whose agent number template cannot take the pool extension', () => {
    const config = buildMapping({
      ...lyonExtensionPool(),
      agent: { when: [{ always: true }], number: '{{extension|e164}}' },
    });

    const result = run({
      config,
      entries: active(
        buildPerson({ employeeNumber: '1', uid: 'aa', l: 'Lyon' }, 'uid=aa,ou=people,dc=example,dc=com'),
      ),
    });

    expect([...result.write.keys()]).toEqual([]);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        dn: 'uid=aa,ou=people,dc=example,dc=com',
        rule: 'agent.number',
        value: '2000',
      }),
    ]);
  });

  it('rejects once, and gives nothing from a later pool to, a person a first pool could not serve', () => {
    const config = buildMapping({
      sites: [
        buildSite({
          name: 'lyon',
          match: { attribute: 'l', equals: 'Lyon' },
          did: {
            source: 'pool',
            ranges: [{ start: '+33472100000', end: '+33472100000' }],
            incallFormat: 'digits',
            didLength: 4,
          },
          extension: { source: 'pool', ranges: [{ start: '2000', end: '2000' }] },
        }),
      ],
    });

    const result = run({
      config,
      entries: active(
        buildPerson({ employeeNumber: '1', uid: 'aa', l: 'Lyon' }, 'uid=aa,ou=people,dc=example,dc=com'),
        buildPerson({ employeeNumber: '2', uid: 'bb', l: 'Lyon' }, 'uid=bb,ou=people,dc=example,dc=com'),
      ),
    });

    expect([...result.write.keys()]).toEqual(['1']);
    expect(result.write.get('1')).toMatchObject({
      line: { extension: '2000' },
      did: { number: '+33472100000' },
    });
    expect(result.rejected).toEqual([
      {
        dn: 'uid=bb,ou=people,dc=example,dc=com',
        attribute: '',
        value: '',
        rule: 'did',
        message: 'no free did number left in +33472100000-+33472100000',
      },
    ]);
  });

  it('rejects the second of two people claiming the same extension, naming both', () => {
    const result = run({
      entries: active(
        buildPerson({ employeeNumber: '1', uid: 'aa' }),
        buildPerson({ employeeNumber: '2', uid: 'bb' }, 'uid=bb,ou=people,dc=example,dc=com'),
      ),
    });
    expect([...result.write.keys()]).toEqual(['1']);
    expect(result.rejected).toEqual([
      {
        dn: 'uid=bb,ou=people,dc=example,dc=com',
        attribute: '',
        value: '6742',
        rule: 'unique-extension',
        message: 'extension 6742 is already claimed by uid=aa,ou=people,dc=example,dc=com (key 1)',
        holder: { dn: 'uid=aa,ou=people,dc=example,dc=com', key: '1' },
      },
    ]);
  });

  it('rejects every entry claiming a key that is new: nobody gets numbers on an ambiguous key', () => {
    const result = run({ entries: active(buildPerson({ uid: 'aa' }), buildPerson({ uid: 'bb' })) });

    expect(result.write.size).toBe(0);
    expect(result.rejected.map((r) => [r.dn, r.rule, r.message])).toEqual([
      [
        'uid=aa,ou=people,dc=example,dc=com',
        'source.identifier',
        'key 1001 is also claimed by uid=bb,ou=people,dc=example,dc=com: nobody gets numbers on an ambiguous key',
      ],
      [
        'uid=bb,ou=people,dc=example,dc=com',
        'source.identifier',
        'key 1001 is also claimed by uid=aa,ou=people,dc=example,dc=com: nobody gets numbers on an ambiguous key',
      ],
    ]);
  });

  it('keeps a key with the entry its file records: a newcomer claiming it is rejected, whatever the DN order', () => {
    const owner = buildPerson({ uid: 'p3', employeeNumber: '10003' });
    const first = run({ entries: active(owner) });
    // uid=evil2 sorts before uid=p3: it used to win the key, and with it p3's numbers.
    const intruder = buildPerson({ uid: 'evil2', employeeNumber: '10003', givenName: 'Eve' });

    const second = run({ entries: active(intruder, owner), previous: first.write });

    expect(second.write.get('10003')).toBe(first.write.get('10003'));
    expect(second.rejected.map((r) => [r.dn, r.message])).toEqual([
      [
        'uid=evil2,ou=people,dc=example,dc=com',
        'key 10003 belongs to uid=p3,ou=people,dc=example,dc=com, the entry state/users/10003.json records; uid=evil2,ou=people,dc=example,dc=com claims it too',
      ],
    ]);
  });

  it('keeps the file as it is when neither claimant is the entry it records (a move and a newcomer)', () => {
    const first = run({ entries: active(buildPerson({ uid: 'p3', employeeNumber: '10003' })) });
    const moved = buildPerson({ uid: 'p3', employeeNumber: '10003' }, 'uid=p3,ou=lyon,dc=example,dc=com');
    const intruder = buildPerson({ uid: 'evil2', employeeNumber: '10003' });

    const second = run({ entries: active(moved, intruder), previous: first.write });

    expect(second.write.get('10003')).toBe(first.write.get('10003'));
    expect(second.disabled).toEqual([]);
    expect(second.rejected).toHaveLength(2);
    expect(second.rejected[0]?.message).toMatch(/records neither \(uid=p3,ou=people,dc=example,dc=com\)/);
  });

  it('allocates pool numbers in key order, keeps them on the next export, and skips numbers used in XiVO', () => {
    const people = active(
      buildPerson({ employeeNumber: '20', uid: 'bb', l: 'Lyon' }, 'uid=bb,ou=people,dc=example,dc=com'),
      buildPerson({ employeeNumber: '10', uid: 'aa', l: 'Lyon' }, 'uid=aa,ou=people,dc=example,dc=com'),
    );
    const first = run({ entries: people, usedInXivo: new Set(['2000', '+33472100000']) });
    expect(first.write.get('10')?.line).toEqual({ context: 'default', extension: '2001' });
    expect(first.write.get('20')?.line).toEqual({ context: 'default', extension: '2002' });
    expect(first.write.get('10')?.did).toEqual({
      number: '+33472100001',
      exten: '0001',
      context: 'from-extern',
    });
    // A newcomer sorted first does not take anyone's number on the next run.
    const second = run({
      entries: [
        ...people,
        ...active(
          buildPerson({ employeeNumber: '05', uid: 'cc', l: 'Lyon' }, 'uid=cc,ou=people,dc=example,dc=com'),
        ),
      ],
      previous: first.write,
      usedInXivo: new Set(['2000', '+33472100000', '2001', '2002']),
    });
    expect(second.write.get('10')?.line?.extension).toBe('2001');
    expect(second.write.get('20')?.line?.extension).toBe('2002');
    expect(second.write.get('05')?.line?.extension).toBe('2003');
  });

  it('disables a missing person with since, removes them after the grace period, and quarantines their numbers', () => {
    const first = run({ entries: active(buildPerson()) });
    const missing = run({ previous: first.write });
    expect(missing.write.get('1001')).toMatchObject({
      status: 'disabled',
      since: '2026-11-26',
      line: { extension: '6742' },
    });
    expect(missing.disabled).toEqual(['1001']);
    const stillMissing = run({ previous: missing.write, now: new Date('2026-12-10T00:00:00Z') });
    expect(stillMissing.write.get('1001')?.since).toBe('2026-11-26');
    expect(stillMissing.disabled).toEqual([]);
    const gone = run({ previous: missing.write, now: new Date('2026-12-26T00:00:00Z') });
    expect(gone.write.size).toBe(0);
    expect(gone.remove).toEqual(['1001']);
    expect(gone.quarantine).toEqual([
      { kind: 'did', number: '+33123456742', releasedOn: '2026-12-26', previousKey: '1001' },
      {
        kind: 'extension',
        number: '6742',
        context: 'default',
        releasedOn: '2026-12-26',
        previousKey: '1001',
      },
    ]);
  });

  it('gives a returning person the same numbers back, from state within the grace period and from quarantine after', () => {
    const config = lyonExtensionPool();
    const person = active(buildPerson({ l: 'Lyon' }));
    const other = active(
      buildPerson({ employeeNumber: '1', uid: 'oo', l: 'Lyon' }, 'uid=oo,ou=people,dc=example,dc=com'),
    );
    const first = run({ config, entries: [...other, ...person] });
    expect(first.write.get('1001')?.line?.extension).toBe('2001');
    const removed = run({
      config,
      entries: other,
      previous: new Map(
        [...first.write].map(([k, v]) => [
          k,
          k === '1001' ? { ...v, status: 'disabled', since: '2026-01-01' } : v,
        ]),
      ),
    });
    expect(removed.remove).toEqual(['1001']);
    const back = run({
      config,
      entries: [
        ...other,
        ...person,
        ...active(
          buildPerson({ employeeNumber: '0', uid: 'nn', l: 'Lyon' }, 'uid=nn,ou=people,dc=example,dc=com'),
        ),
      ],
      previous: removed.write,
      quarantine: removed.quarantine,
    });
    expect(back.write.get('1001')?.line?.extension).toBe('2001');
    expect(back.write.get('0')?.line?.extension).toBe('2002');
    expect(back.quarantine).toEqual([]);
  });

  it('quarantines the numbers a move leaves behind, so the next newcomer does not get them', () => {
    const config = buildMapping({
      sites: [
        buildSite({
          name: 'lyon',
          match: { attribute: 'l', equals: 'Lyon' },
          did: { source: 'none' },
          extension: { source: 'pool', ranges: [{ start: '2000', end: '2009' }] },
        }),
        buildSite({
          name: 'nice',
          match: { attribute: 'l', equals: 'Nice' },
          did: { source: 'none' },
          extension: { source: 'pool', ranges: [{ start: '3000', end: '3009' }] },
        }),
      ],
    });
    const first = run({ config, entries: active(buildPerson({ l: 'Lyon' })) });
    expect(first.write.get('1001')?.line?.extension).toBe('2000');
    const moved = run({ config, entries: active(buildPerson({ l: 'Nice' })), previous: first.write });
    expect(moved.write.get('1001')?.line?.extension).toBe('3000');
    expect(moved.quarantine).toEqual([
      {
        kind: 'extension',
        number: '2000',
        context: 'default',
        releasedOn: '2026-11-26',
        previousKey: '1001',
      },
    ]);
    const newcomer = buildPerson(
      { employeeNumber: '0', uid: 'nn', l: 'Lyon' },
      'uid=nn,ou=people,dc=example,dc=com',
    );
    const next = run({
      config,
      entries: active(buildPerson({ l: 'Nice' }), newcomer),
      previous: moved.write,
      quarantine: moved.quarantine,
    });
    expect(next.write.get('0')?.line?.extension).toBe('2001');
    expect(next.quarantine).toEqual(moved.quarantine);
  });

  it('takes back from quarantine only the entry in the context the person returns to', () => {
    const config = lyonExtensionPool();
    const left = (context: string) => ({
      kind: 'extension' as const,
      number: '2001',
      context,
      previousKey: '1001',
      releasedOn: '2026-11-01',
    });

    const back = run({
      config,
      entries: active(buildPerson({ l: 'Lyon' })),
      quarantine: [left('a-ctx'), left('default')],
    });

    expect(back.write.get('1001')?.line).toEqual({ context: 'default', extension: '2001' });
    expect(back.quarantine).toEqual([left('a-ctx')]);

    const { context: _, ...anywhere } = left('default');
    const again = run({ config, entries: active(buildPerson({ l: 'Lyon' })), quarantine: [anywhere] });
    expect(again.write.get('1001')?.line?.extension).toBe('2001');
    expect(again.quarantine).toEqual([]);
  });

  it('marks a person disabled in the directory and keeps a rejected person out of the lifecycle', () => {
    const first = run({ entries: active(buildPerson()) });
    const disabled = run({ entries: [{ entry: buildPerson(), disabled: true }], previous: first.write });
    expect(disabled.write.get('1001')).toMatchObject({ status: 'disabled', since: '2026-11-26' });
    const rejected = run({
      entries: active(buildPerson({ telephoneNumber: 'none' })),
      previous: first.write,
    });
    // The previous state, as it was: the rejected person's file does not change.
    expect(rejected.write.get('1001')).toBe(first.write.get('1001'));
    expect(rejected.remove).toEqual([]);
    expect(rejected.rejected.map((r) => r.rule)).toEqual(['sites[0].did']);
  });

  it('rejects a person whose state fails the schema check', () => {
    const result = run({
      entries: active(buildPerson()),
      validate: (state) => (state.key === '1001' ? [{ pointer: '/user/email', message: 'too long' }] : []),
    });
    expect(result.rejected).toMatchObject([
      {
        rule: 'schemas/user.schema.json',
        attribute: 'mail',
        message: '/user/email ← mail: too long (value: "elodie.dupre@example.com")',
      },
    ]);
  });

  it("holds an unchanged person's previous state rather than an equal copy, and a changed person's new one", () => {
    const first = run({
      entries: active(
        buildPerson({ employeeNumber: '1', uid: 'aa' }),
        buildPerson({ employeeNumber: '2', uid: 'bb', telephoneNumber: '+33 1 23 45 67 43' }),
      ),
    });
    const again = run({
      entries: active(
        buildPerson({ employeeNumber: '1', uid: 'aa' }),
        buildPerson({ employeeNumber: '2', uid: 'bb', telephoneNumber: '+33 1 23 45 67 43', sn: 'Martin' }),
      ),
      previous: first.write,
    });
    expect(again.write.get('1')).toBe(first.write.get('1'));
    expect(again.write.get('2')).not.toBe(first.write.get('2'));
    expect(again.write.get('2')?.user.lastname).toBe('Martin');
    // What did not change in a changed person is shared with the previous state too.
    expect(again.write.get('2')?.contact).toBe(first.write.get('2')?.contact);
    expect(again.write.get('2')?.did).toBe(first.write.get('2')?.did);
  });

  it('keeps no provenance when told not to, and maps the same states', () => {
    const entries = active(buildPerson());
    const kept = run({ entries });
    const dropped = run({ entries, provenance: false });
    expect(kept.provenance.get('1001')?.['line.extension']).toMatchObject({ rule: 'sites[0].extension' });
    expect(dropped.provenance.size).toBe(0);
    expect(dropped.write).toEqual(kept.write);
  });
});
