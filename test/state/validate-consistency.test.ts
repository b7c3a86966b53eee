import { describe, expect, it } from 'vitest';
import { readMappings } from '../../src/config/index.ts';
import { checkStateConsistency, type Issue, type UserState } from '../../src/state/index.ts';
import { buildUser, usersMap } from '../helpers/builders.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';
import path from 'node:path';

const { config: mapping } = await readMappings(path.join(repoRoot, 'mappings'));

const summary = (issues: Issue[]): string[] => issues.map((i) => `${i.file}#${i.pointer} ${i.rule}`);

describe('checkStateConsistency', () => {
  it('finds nothing wrong with consistent users', () => {
    const users = usersMap(
      buildUser('1'),
      buildUser('2', { agent: { number: '86702', context: 'default' } }),
    );

    expect(checkStateConsistency(users, mapping)).toEqual([]);
  });

  it('requires the file name to equal the key', () => {
    const users = new Map([['alice', { file: 'state/users/alice.json', state: buildUser('bob') }]]);

    expect(summary(checkStateConsistency(users))).toEqual([
      'state/users/alice.json#/key file-name-matches-key',
    ]);
  });

  it('rejects keys that differ only by case (they collide on macOS and Windows checkouts)', () => {
    const users = usersMap(
      buildUser('Ab1'),
      buildUser('ab1', { line: null, did: null, voicemail: null, user: { firstname: 'B' } }),
    );

    expect(summary(checkStateConsistency(users))).toEqual(['state/users/ab1.json#/key unique-key']);
  });

  it.each<[string, (u: UserState) => UserState, string, string]>([
    [
      'extension per context',
      (u) => ({ ...u, did: null, voicemail: null }),
      '/line/extension',
      'unique-extension',
    ],
    [
      'DID',
      (u) => ({ ...u, line: { context: 'default', extension: '6799' }, voicemail: null }),
      '/did/number',
      'unique-did',
    ],
    [
      'voicemail number+context',
      (u) => ({ ...u, line: null, did: null }),
      '/voicemail/number',
      'unique-voicemail',
    ],
    [
      'agent number',
      (u) => ({ ...u, line: null, did: null, voicemail: null }),
      '/agent/number',
      'unique-agent',
    ],
    [
      'e-mail (case-insensitive)',
      (u) => ({ ...u, line: null, did: null, voicemail: null, user: { ...u.user, email: 'U1@EXAMPLE.COM' } }),
      '/user/email',
      'unique-email',
    ],
    [
      'username',
      (u) => ({ ...u, line: null, did: null, voicemail: null, user: { ...u.user, username: 'u1' } }),
      '/user/username',
      'unique-username',
    ],
  ])('rejects a duplicate %s, naming the file that holds it first', (_name, change, pointer, rule) => {
    const first = buildUser('1', { agent: { number: '86701', context: 'default' } });
    const second = change({
      ...buildUser('1'),
      key: '2',
      dn: 'uid=u2',
      user: { firstname: 'B', email: 'u2@example.com', username: 'u2' },
      agent: { number: '86701', context: 'default' },
    });
    if (rule !== 'unique-agent') second.agent = null;

    const issues = checkStateConsistency(usersMap(first, second));

    // A duplicate DID is reported twice: its E.164 number and its incall extension both collide.
    expect(issues.length).toBe(rule === 'unique-did' ? 2 : 1);
    expect(issues.every((i) => i.rule === rule && i.file === 'state/users/2.json')).toBe(true);
    expect(issues).toContainEqual(
      expect.objectContaining({
        pointer,
        message: expect.stringContaining('also used by state/users/1.json') as string,
      }),
    );
  });

  it('allows the same extension in two contexts', () => {
    const a = buildUser('1', { did: null, voicemail: null });
    const b = buildUser('2', { did: null, voicemail: null, line: { context: 'other', extension: '6701' } });

    expect(checkStateConsistency(usersMap(a, b))).toEqual([]);
  });

  it('requires a line for a DID', () => {
    expect(summary(checkStateConsistency(usersMap(buildUser('1', { line: null }))))).toEqual([
      'state/users/1.json#/did did-needs-line',
    ]);
  });

  describe('against mappings/', () => {
    it.each<[string, Partial<UserState>, string, string]>([
      ['an unknown site', { site: 'marseille' }, '/site', 'known-site'],
      [
        'an extension outside the site ranges',
        { line: { context: 'default', extension: '1042' } },
        '/line/extension',
        'extension-in-range',
      ],
      [
        'an extension of another length',
        { line: { context: 'default', extension: '067010' } },
        '/line/extension',
        'extension-in-range',
      ],
      [
        'a line in another context',
        { line: { context: 'lyon', extension: '6701' } },
        '/line/context',
        'site-context',
      ],
      [
        'a DID outside the site ranges',
        { did: { number: '+33123450001', exten: '0123450001', context: 'from-extern' } },
        '/did/number',
        'did-in-range',
      ],
      [
        'a DID in another incall context',
        { did: { number: '+33123456701', exten: '0123456701', context: 'default' } },
        '/did/context',
        'site-context',
      ],
      [
        'an incall exten that is not the national form',
        { did: { number: '+33123456701', exten: '6701', context: 'from-extern' } },
        '/did/exten',
        'did-exten-format',
      ],
      [
        'an undeclared call permission',
        { callPermissions: ['national', 'premium'] },
        '/callPermissions/1',
        'known-call-permission',
      ],
      [
        'the identity field set by hand',
        { user: { firstname: 'A', userfield: 'x' } },
        '/user/userfield',
        'identity-field',
      ],
    ])('rejects %s', (_name, overrides, pointer, rule) => {
      const issues = checkStateConsistency(usersMap(buildUser('1', overrides)), mapping);

      expect(issues).toEqual([expect.objectContaining({ pointer, rule })]);
    });

    it('accepts a Lyon user with a DID read from the directory', () => {
      const user = buildUser('1', {
        site: 'lyon',
        line: { context: 'default', extension: '2042' },
        did: { number: '+33472100042', exten: '0472100042', context: 'from-extern' },
        voicemail: { number: '2042', context: 'default', name: 'x' },
      });

      expect(checkStateConsistency(usersMap(user), mapping)).toEqual([]);
    });
  });

  it('rejects a quarantined number given to someone else, but not to its previous holder', () => {
    const quarantine = {
      numbers: [
        {
          kind: 'extension' as const,
          number: '6701',
          context: 'default',
          releasedOn: '2026-10-01',
          previousKey: '1',
        },
      ],
    };
    const stranger = buildUser('9', {
      line: { context: 'default', extension: '6701' },
      did: null,
      voicemail: null,
    });

    expect(checkStateConsistency(usersMap(buildUser('1')), undefined, quarantine)).toEqual([]);
    expect(summary(checkStateConsistency(usersMap(stranger), undefined, quarantine))).toEqual([
      'state/users/9.json#/line/extension quarantined-number-in-use',
    ]);
  });
});
