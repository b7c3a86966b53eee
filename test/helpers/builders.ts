import { type MappingConfig, type ResolvedConfig, type Site, resolveConfig } from '../../src/config/index.ts';
import { computeExport, type ExportInput, type MappableEntry } from '../../src/mapping/index.ts';
import { checkStateConsistency, validateUserState, type UserState } from '../../src/state/index.ts';
import { expect } from 'vitest';

/**
 * In-memory builders for mapping and numbering tests: a directory entry from readable attribute
 * names (lower-cased like both directory sources do), and a two-site mapping close to the example
 * in test/fixtures/scenarios/mappings, each overridable.
 */
export function buildEntry(
  dn: string,
  attributes: Record<string, string | string[]>,
  binary?: Record<string, Buffer>,
): MappableEntry {
  const entry: MappableEntry = {
    dn,
    attributes: Object.fromEntries(
      Object.entries(attributes).map(([name, value]) => [
        name.toLowerCase(),
        Array.isArray(value) ? value : [value],
      ]),
    ),
  };
  if (binary !== undefined) {
    entry.binary = Object.fromEntries(
      Object.entries(binary).map(([name, value]) => [name.toLowerCase(), [value]]),
    );
  }
  return entry;
}

/**
 * A person of the Paris site with every attribute the default mapping reads; override or drop
 * (`undefined`) any. Another `uid` gets its own e-mail too, as e-mails are unique in state.
 */
export function buildPerson(
  overrides: Record<string, string | string[] | undefined> = {},
  dn?: string,
): MappableEntry {
  const uid = overrides['uid'];
  const base: Record<string, string | string[] | undefined> = {
    employeeNumber: '1001',
    uid: 'edupre',
    givenName: 'Élodie',
    sn: 'Dupré',
    mail: typeof uid === 'string' && uid !== 'edupre' ? `${uid}@example.com` : 'Elodie.Dupre@Example.com',
    telephoneNumber: '+33 1 23 45 67 42',
    mobile: '06 12 34 56 78',
    l: 'Paris',
    title: 'Responsable commerciale',
    ...overrides,
  };
  const present = Object.fromEntries(
    Object.entries(base).filter((e): e is [string, string | string[]] => e[1] !== undefined),
  );
  return buildEntry(dn ?? `uid=${String(base['uid'] ?? 'x')},ou=people,dc=example,dc=com`, present);
}

export function buildSite(overrides: Partial<Site> = {}): Site {
  return {
    name: 'paris',
    match: { attribute: 'l', equals: 'Paris' },
    context: 'default',
    incallContext: 'from-extern',
    country: 'FR',
    language: 'fr_FR',
    timezone: 'Europe/Paris',
    did: {
      source: 'attribute',
      attribute: 'telephoneNumber',
      ranges: [{ start: '+33123456700', end: '+33123456799' }],
      incallFormat: 'national',
    },
    extension: { source: 'did-suffix', digits: 4, ranges: [{ start: '6700', end: '6799' }] },
    ...overrides,
  };
}

/** The mapping as `readMappings` returns it: every default filled in. */
export function buildMapping(overrides: Partial<MappingConfig> = {}): ResolvedConfig {
  return resolveConfig({
    source: {
      url: 'ldap://127.0.0.1',
      baseDns: ['ou=people,dc=example,dc=com'],
      identifier: { attribute: 'employeeNumber', format: 'string' },
    },
    identity: { xivoField: 'userfield' },
    fields: {
      firstname: { template: '{{givenName}}', owner: 'directory' },
      lastname: { template: '{{sn}}', owner: 'directory' },
      email: { template: '{{mail|lower}}', owner: 'directory' },
      username: { template: '{{uid|lower}}', owner: 'directory' },
      mobile_phone_number: { template: '{{mobile|e164}}', owner: 'xivo' },
      caller_id: { template: '"{{givenName}} {{sn}}"', owner: 'directory' },
    },
    contact: { title: '{{title}}', location: '{{l}}', company: 'Exemple SA' },
    sites: [
      buildSite(),
      buildSite({
        name: 'lyon',
        match: { attribute: 'l', equals: 'Lyon' },
        did: {
          source: 'pool',
          ranges: [{ start: '+33472100000', end: '+33472100099' }],
          incallFormat: 'digits',
          didLength: 4,
        },
        extension: { source: 'pool', digits: 4, ranges: [{ start: '2000', end: '2099' }] },
      }),
    ],
    voicemail: {
      when: [{ always: true }],
      name: '{{givenName}} {{sn}}',
      email: '{{mail|lower}}',
      timezone: 'eu-fr',
    },
    agent: { when: [{ memberOf: 'cn=call-center,ou=groups,dc=example,dc=com' }], number: '8{{extension}}' },
    callPermissions: [
      { name: 'national', when: [{ always: true }] },
      {
        name: 'international',
        when: [
          { memberOf: 'cn=direction,ou=groups,dc=example,dc=com' },
          { attribute: 'title', regex: '^(Directeur|Directrice)' },
        ],
      },
    ],
    ...overrides,
  });
}

/** The schema check the export command uses. */
function schemaProblems(state: UserState): { pointer: string; message: string }[] {
  const checked = validateUserState(state, `state/users/${state.key}.json`);
  return checked.ok ? [] : checked.issues.map((i) => ({ pointer: i.pointer, message: i.message }));
}

/**
 * computeExport with an empty directory, state and quarantine, the example mapping, the schema check
 * and a fixed clock. Fails the test when the result is a state `validate` would refuse: no export may
 * leave one.
 */
export function runExport(overrides: Partial<ExportInput>): ReturnType<typeof computeExport> {
  const input = {
    entries: [],
    config: buildMapping(),
    previous: new Map(),
    quarantine: [],
    validate: schemaProblems,
    now: new Date('2026-11-26T12:00:00Z'),
    ...overrides,
  } as ExportInput;
  const result = computeExport(input);
  const files = new Map(
    [...result.write].map(([key, state]) => [key, { file: `state/users/${key}.json`, state }]),
  );
  const refused = [
    ...[...result.write.values()].flatMap((state) =>
      schemaProblems(state).map((p) => `${state.key}${p.pointer}: ${p.message}`),
    ),
    ...checkStateConsistency(files, input.config, { numbers: result.quarantine }).map(
      (i) => `${i.file}#${i.pointer}: ${i.message}`,
    ),
  ];
  expect(refused, 'the export left a state that validate refuses').toEqual([]);
  return result;
}

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

/**
 * A person with a line only (extension 1042 in `default`: no DID, voicemail, agent or call
 * permission), as the planner tests start from; override what the test is about.
 */
export function buildLineOnlyUser(key: string, overrides: Partial<UserState> = {}): UserState {
  return buildUser(key, {
    dn: `uid=${key},ou=people,dc=example,dc=com`,
    user: { firstname: 'Alice', lastname: 'Martin', email: `${key}@example.com`, username: key },
    line: { context: 'default', extension: '1042' },
    did: null,
    voicemail: null,
    agent: null,
    callPermissions: [],
    ...overrides,
  });
}
