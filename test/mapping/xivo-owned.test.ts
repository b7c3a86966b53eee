import { describe, expect, it } from 'vitest';
import type { ExportInput, computeExport } from '../../src/mapping/index.ts';
import { buildMapping, buildPerson, runExport } from '../helpers/builders.ts';

const MOBILE = 'user.mobile_phone_number';
/** buildPerson's `mobile` (06 12 34 56 78) through the `owner: xivo` field's template. */
const DIRECTORY_MOBILE = '+33612345678';

/** One person (buildPerson) unless the test says otherwise. */
function run(overrides: Partial<ExportInput>): ReturnType<typeof computeExport> {
  return runExport({ entries: [{ entry: buildPerson(), disabled: false }], ...overrides });
}

/** What `export --xivo` passes: the managed XiVO users' confd fields, by key. */
function inXivo(
  users: Record<string, Record<string, unknown>>,
  ambiguous: string[] = [],
): NonNullable<ExportInput['xivoOwned']> {
  return { byKey: new Map(Object.entries(users)), ambiguous: new Set(ambiguous) };
}

/** Person 1001 as a previous export wrote them, with a mobile number changed in XiVO. */
function previousWith(mobile: string | undefined): ExportInput['previous'] {
  const state = run({}).write.get('1001')!;
  const user = { ...state.user };
  if (mobile === undefined) delete user.mobile_phone_number;
  else user.mobile_phone_number = mobile;
  return new Map([['1001', { ...state, user }]]);
}

describe('owner: xivo fields in export', () => {
  it("take the managed XiVO user's value, recorded as coming from XiVO; directory-owned fields ignore XiVO", () => {
    const result = run({
      xivoOwned: inXivo({
        '1001': { mobile_phone_number: '+33698765432', email: 'someone.else@example.com' },
      }),
    });
    expect(result.rejected).toEqual([]);
    const user = result.write.get('1001')?.user;
    expect(user?.mobile_phone_number).toBe('+33698765432');
    expect(user?.email).toBe('elodie.dupre@example.com');
    expect(result.provenance.get('1001')?.[MOBILE]).toEqual({
      attributes: ['xivo:mobile_phone_number'],
      rule: 'fields.mobile_phone_number (owner: xivo)',
    });
  });

  it('leave the field out of state when it was cleared in XiVO (null or empty)', () => {
    for (const cleared of [null, '', '  ']) {
      const result = run({ xivoOwned: inXivo({ '1001': { mobile_phone_number: cleared } }) });
      expect(result.write.get('1001')?.user).not.toHaveProperty('mobile_phone_number');
      expect(result.provenance.get('1001')).not.toHaveProperty([MOBILE]);
    }
  });

  it('are seeded from the directory for a new hire who has no XiVO user yet, even when state has an old value', () => {
    const fresh = run({ xivoOwned: inXivo({ '2002': { mobile_phone_number: '+33600000000' } }) });
    expect(fresh.write.get('1001')?.user.mobile_phone_number).toBe(DIRECTORY_MOBILE);
    expect(fresh.provenance.get('1001')?.[MOBILE]).toEqual({
      attributes: ['mobile'],
      rule: 'fields.mobile_phone_number',
    });
    // Exported but never applied: XiVO holds nothing yet, so the directory still decides.
    const notApplied = run({ previous: previousWith('+33611111111'), xivoOwned: inXivo({}) });
    expect(notApplied.write.get('1001')?.user.mobile_phone_number).toBe(DIRECTORY_MOBILE);
  });

  it("keep the previous state's value (or its absence) when XiVO is not read, so such a run reverts nothing", () => {
    const kept = run({ previous: previousWith('+33698765432') });
    expect(kept.write.get('1001')?.user.mobile_phone_number).toBe('+33698765432');
    expect(kept.provenance.get('1001')?.[MOBILE]).toEqual({
      attributes: ['state:mobile_phone_number'],
      rule: 'fields.mobile_phone_number (owner: xivo)',
    });
    const stillCleared = run({ previous: previousWith(undefined) });
    expect(stillCleared.write.get('1001')?.user).not.toHaveProperty('mobile_phone_number');
    // Nobody in state yet: the directory seeds it, as with --xivo.
    expect(run({}).write.get('1001')?.user.mobile_phone_number).toBe(DIRECTORY_MOBILE);
  });

  it('keep the previous value when several XiVO users carry the key (which one is ours is not guessed)', () => {
    const result = run({
      previous: previousWith('+33698765432'),
      xivoOwned: inXivo({ '1001': { mobile_phone_number: '+33611111111' } }, ['1001']),
    });
    expect(result.write.get('1001')?.user.mobile_phone_number).toBe('+33698765432');
  });

  it('do not reject a person over a directory value that XiVO overrides, but do reject a new hire over it', () => {
    const entries = [{ entry: buildPerson({ mobile: 'not a number' }), disabled: false }];
    const managed = run({
      entries,
      xivoOwned: inXivo({ '1001': { mobile_phone_number: '+33698765432' } }),
    });
    expect(managed.rejected).toEqual([]);
    expect(managed.write.get('1001')?.user.mobile_phone_number).toBe('+33698765432');
    const offline = run({ entries, previous: previousWith('+33698765432') });
    expect(offline.rejected).toEqual([]);
    expect(offline.write.get('1001')?.user.mobile_phone_number).toBe('+33698765432');

    const newHire = run({ entries, xivoOwned: inXivo({}) });
    expect(newHire.write.size).toBe(0);
    expect(newHire.rejected).toMatchObject([
      {
        dn: 'uid=edupre,ou=people,dc=example,dc=com',
        attribute: 'mobile',
        rule: 'fields.mobile_phone_number',
      },
    ]);
  });

  it("follow the lifecycle: a disabled person still takes XiVO's value; a rejected or departed one keeps the previous file as is", () => {
    const xivoOwned = inXivo({ '1001': { mobile_phone_number: '+33611111111' } });
    const disabled = run({
      entries: [{ entry: buildPerson(), disabled: true }],
      previous: previousWith('+33698765432'),
      xivoOwned,
    });
    expect(disabled.write.get('1001')).toMatchObject({
      status: 'disabled',
      user: { mobile_phone_number: '+33611111111' },
    });

    const previous = previousWith('+33698765432');
    // No site matches: the person is rejected, and the previous file stays byte for byte.
    const rejected = run({
      entries: [{ entry: buildPerson({ l: 'Nowhere' }), disabled: false }],
      previous,
      xivoOwned,
    });
    expect(rejected.rejected.map((r) => r.rule)).toEqual(['sites']);
    expect(rejected.write.get('1001')).toBe(previous.get('1001'));

    const departed = run({ entries: [], previous, xivoOwned });
    expect(departed.write.get('1001')).toEqual({
      ...previous.get('1001'),
      status: 'disabled',
      since: '2026-11-26',
    });
  });

  it('never take the key field from XiVO, even when the mapping marks it owner: xivo', () => {
    const config = buildMapping();
    config.fields.description = { owner: 'xivo' };
    const result = run({
      config: { ...config, identity: { ...config.identity, xivoField: 'description' } },
      xivoOwned: inXivo({ '1001': { description: '1001', mobile_phone_number: '+33698765432' } }),
    });
    expect(result.write.get('1001')?.user).not.toHaveProperty('description');
    expect(result.write.get('1001')?.user.mobile_phone_number).toBe('+33698765432');
  });
});
