/**
 * Every default of the mapping configuration, in one table. `resolveConfig` fills them in; the schema
 * (schemas/mapping.schema.json) states the same values as `default`, so that editors show them, and
 * test/config/defaults.test.ts fails when the two differ. Keys are the schema's definition names, then
 * the property path inside the definition (`identifier.format` is SourceConfig's
 * `properties/identifier/properties/format`).
 */
export const MAPPING_DEFAULTS = {
  SourceConfig: {
    starttls: false,
    insecure: false,
    filter: '(objectClass=person)',
    scope: 'sub',
    pageSize: 500,
    'identifier.format': 'string',
    timeoutMs: 10_000,
  },
  IdentityConfig: { xivoField: 'userfield', adoptBy: ['email', 'username'] },
  FieldRule: { owner: 'directory' },
  ExtensionRule: { digits: 4 },
  DidRule: { incallFormat: 'national' },
  SiteGrants: { line: true, did: true, voicemail: true, agent: true, callPermissions: true },
  Site: { incallContext: 'from-extern', did: { source: 'none' } },
  VoicemailRule: { name: '{{givenName}} {{sn}}' },
  LifecycleConfig: { graceDays: 30, quarantineDays: 90 },
  DeleteLimit: { count: 10, percent: 10 },
  SafetyConfig: { minExportRatio: 0.9 },
  NotifyConfig: { 'smtp.port': 587, 'smtp.secure': false },
  XivoConfig: { insecure: false },
  WriteBackNumber: { format: 'e164' },
} as const;

/**
 * Rows per confd list request when reading the XiVO inventory (`plan`, `apply`, `export --xivo`).
 * confd has no maximum. Chosen by measurement (docs/performance.md, "Reconciler"): on a no-op plan
 * of 20,000 users, pages of 5,000 peak about 100 MB higher (each page is parsed whole, several at
 * once), pages of 500 no lower than 1,000 for twice the requests.
 */
export const XIVO_PAGE_SIZE = 1000;
