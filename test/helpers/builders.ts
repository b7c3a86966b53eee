import { type MappingConfig, type ResolvedConfig, type Site, resolveConfig } from '../../src/config/index.ts';
import { computeExport, type ExportInput, type MappableEntry } from '../../src/mapping/index.ts';

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

/** A person of the Paris site with every attribute the default mapping reads; override or drop (`undefined`) any. */
export function buildPerson(
  overrides: Record<string, string | string[] | undefined> = {},
  dn?: string,
): MappableEntry {
  const base: Record<string, string | string[] | undefined> = {
    employeeNumber: '1001',
    uid: 'edupre',
    givenName: 'Élodie',
    sn: 'Dupré',
    mail: 'Elodie.Dupre@Example.com',
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

/** computeExport with an empty directory, state and quarantine, the example mapping and a fixed clock. */
export function runExport(overrides: Partial<ExportInput>): ReturnType<typeof computeExport> {
  return computeExport({
    entries: [],
    config: buildMapping(),
    previous: new Map(),
    quarantine: [],
    validate: () => [],
    now: new Date('2026-11-26T12:00:00Z'),
    ...overrides,
  });
}
