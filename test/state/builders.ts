import type { UserState } from '../../src/state/index.ts';

/** A valid active Paris user; override what the test is about. */
export function buildUser(key: string, overrides: Partial<UserState> = {}): UserState {
  // Numeric keys give predictable numbers (key 7 → extension 6707); other keys get a stable pair of digits.
  const numeric = /^[0-9]+$/.test(key) ? Number(key) : [...key].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const suffix = String(numeric % 100).padStart(2, '0');
  return {
    key,
    status: 'active',
    dn: `uid=u${key},ou=people,dc=example,dc=com`,
    site: 'paris',
    user: { firstname: 'Zoé', lastname: `Test-${key}`, email: `u${key}@example.com`, username: `u${key}` },
    line: { context: 'default', extension: `67${suffix}` },
    did: { number: `+331234567${suffix}`, exten: `01234567${suffix}`, context: 'from-extern' },
    voicemail: { number: `67${suffix}`, context: 'default', name: `Zoé Test-${key}` },
    agent: null,
    callPermissions: ['national'],
    ...overrides,
  };
}

/** The map checkStateConsistency takes, with file names derived from the keys. */
export function usersMap(...users: UserState[]): Map<string, { file: string; state: UserState }> {
  return new Map(users.map((state) => [state.key, { file: `state/users/${state.key}.json`, state }]));
}
