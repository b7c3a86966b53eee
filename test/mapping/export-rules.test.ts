import { describe, expect, it } from 'vitest';
import { checkStateConsistency } from '../../src/state/index.ts';
import { buildLineOnlyUser, buildPerson, runExport } from '../helpers/builders.ts';

// Export enforces every rule validate enforces (runExport fails any test whose result validate refuses).

const active = (...people: ReturnType<typeof buildPerson>[]) =>
  people.map((entry) => ({ entry, disabled: false }));

const person = (n: number, overrides: Record<string, string> = {}) =>
  buildPerson({
    employeeNumber: String(2000 + n),
    uid: `user${n}`,
    telephoneNumber: `+33 1 23 45 67 ${String(n).padStart(2, '0')}`,
    ...overrides,
  });

describe('export and the uniqueness rules of validate', () => {
  it('rejects the newcomer who shares an e-mail with someone in state, who keeps their file; the others proceed', () => {
    const first = run([person(1, { mail: 'shared@example.com' })]);

    const second = runExport({
      entries: active(
        person(1, { mail: 'shared@example.com' }),
        person(2, { mail: 'Shared@Example.com' }),
        person(3),
      ),
      previous: first.write,
    });

    expect(second.write.get('2001')).toBe(first.write.get('2001'));
    expect(second.write.has('2002')).toBe(false);
    expect(second.write.get('2003')?.user.email).toBe('user3@example.com');
    expect(second.rejected).toEqual([
      {
        dn: 'uid=user2,ou=people,dc=example,dc=com',
        attribute: 'mail',
        value: 'shared@example.com',
        rule: 'unique-email',
        message:
          '/user/email ← mail: shared@example.com is already held by uid=user1,ou=people,dc=example,dc=com (key 2001)',
        holder: { dn: 'uid=user1,ou=people,dc=example,dc=com', key: '2001' },
      },
    ]);
  });

  it('exports one person per shared mailbox address and rejects the rest, instead of a state nobody can apply', () => {
    // Twenty entries sharing ten addresses, as shared mailboxes do.
    const people = Array.from({ length: 20 }, (_, i) =>
      person(i + 1, { mail: `shared${i % 10}@example.com` }),
    );

    const result = run(people);

    expect(result.write.size).toBe(10);
    expect(result.rejected).toHaveLength(10);
    expect(new Set(result.rejected.map((r) => r.rule))).toEqual(new Set(['unique-email']));
  });

  it('keeps an incumbent with a username when a newcomer takes it, whatever their key order', () => {
    const first = run([person(5, { uid: 'martin' })]);
    // Key 2001 sorts before 2005: order must not decide.
    const second = runExport({
      entries: active(person(5, { uid: 'martin' }), person(1, { uid: 'martin', mail: 'other@example.com' })),
      previous: first.write,
    });

    expect(second.write.get('2005')).toBe(first.write.get('2005'));
    expect(second.rejected.map((r) => [r.dn, r.rule])).toEqual([
      ['uid=martin,ou=people,dc=example,dc=com', 'unique-username'],
    ]);
    expect(second.write.has('2001')).toBe(false);
  });
});

describe('control characters', () => {
  it.each([
    ['SOH', 'Élo\u0001die', 'Élo\\u0001die'],
    ['an ESC sequence', '\u001b[31mRed', '\\u001b[31mRed'],
    ['BEL', 'Bell\u0007', 'Bell\\u0007'],
    ['a tab', 'Tab\there', 'Tab\\u0009here'],
    ['a line break', 'Line\nbreak', 'Line\\u000abreak'],
    ['a C1 control', 'C1\u0085', 'C1\\u0085'],
    ['a lone surrogate', 'Half\ud800', 'Half\\ud800'],
  ])(
    'rejects %s in a name, naming the attribute and showing the value escaped',
    (_what, givenName, escaped) => {
      const result = run([person(1, { givenName })]);

      expect(result.write.size).toBe(0);
      expect(result.rejected).toHaveLength(1);
      // The schema refuses some of these first (a line break in a name); either way the entry goes.
      expect(result.rejected[0]?.dn).toBe('uid=user1,ou=people,dc=example,dc=com');
      expect(result.rejected[0]?.rule).toMatch(/^(no-control-characters|schemas\/user\.schema\.json)$/);
      expect(result.rejected[0]?.message).toContain('← givenname');
      expect(result.rejected[0]?.message).toContain(escaped);
    },
  );

  it('never changes the file of a person in state whose new value is refused', () => {
    const first = run([person(1)]);

    const second = runExport({
      entries: active(person(1, { sn: 'Dupré\u001b]0;x\u0007' })),
      previous: first.write,
    });

    expect(second.write.get('2001')).toBe(first.write.get('2001'));
    expect(second.rejected.map((r) => r.rule)).toEqual(['no-control-characters']);
  });

  it('is a validate rule too: a hand-edited state file may not bring one in', () => {
    const state = buildLineOnlyUser('k1');
    state.user.firstname = 'Al\nice';

    const issues = checkStateConsistency(new Map([['k1', { file: 'state/users/k1.json', state }]]));

    expect(issues).toEqual([
      {
        file: 'state/users/k1.json',
        pointer: '/user/firstname',
        message: 'holds a control character (U+000A): "Al\\u000aice"',
        value: 'Al\\u000aice',
        rule: 'no-control-characters',
      },
    ]);
  });
});

describe('a rejected entry never changes its own file', () => {
  it.each([
    ['a mapping refusal (no site matches)', { l: 'Nowhere' }, 'sites'],
    ['a value the schema refuses', { title: 'T'.repeat(2000) }, 'schemas/user.schema.json'],
    ['a control character', { givenName: 'Bell\u0007' }, 'no-control-characters'],
    ['an e-mail someone else holds', { mail: 'user2@example.com' }, 'unique-email'],
  ])('%s', (_reason, change, rule) => {
    const first = run([person(1), person(2)]);

    const second = runExport({ entries: active(person(1, change), person(2)), previous: first.write });

    expect(second.rejected.map((r) => [r.dn, r.rule])).toEqual([
      ['uid=user1,ou=people,dc=example,dc=com', rule],
    ]);
    expect(second.write.get('2001')).toBe(first.write.get('2001'));
    expect(second.disabled).toEqual([]);
  });

  it('a key another entry claims too', () => {
    const first = run([person(1)]);

    const second = runExport({
      entries: active(person(1), buildPerson({ uid: 'aaa', employeeNumber: '2001' })),
      previous: first.write,
    });

    expect(second.rejected.map((r) => [r.dn, r.rule])).toEqual([
      ['uid=aaa,ou=people,dc=example,dc=com', 'source.identifier'],
    ]);
    expect(second.write.get('2001')).toBe(first.write.get('2001'));
  });
});

function run(people: ReturnType<typeof buildPerson>[]) {
  return runExport({ entries: active(...people) });
}
