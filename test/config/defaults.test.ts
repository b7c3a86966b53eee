import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAPPING_DEFAULTS, readMappings, resolveConfig, validateMapping } from '../../src/config/index.ts';
import { mapEntry } from '../../src/mapping/index.ts';
import { checkStateConsistency } from '../../src/state/index.ts';
import { buildMapping, buildPerson, buildSite } from '../helpers/builders.ts';

interface SchemaNode {
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
}

/** Every `default` of the schema, as `Definition` → `property.path` → value. */
function schemaDefaults(schema: SchemaNode): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const walk = (definition: string, node: SchemaNode, path: string[]): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const at = [...path, name];
      if ('default' in child) (out[definition] ??= {})[at.join('.')] = child.default;
      walk(definition, child, at);
    }
  };
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) walk(name, definition, []);
  return out;
}

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/mapping.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;

describe('MAPPING_DEFAULTS', () => {
  it('states exactly the defaults the schema shows editors', () => {
    const table = JSON.parse(JSON.stringify(MAPPING_DEFAULTS)) as unknown;

    expect(table).toEqual(schemaDefaults(schema));
  });

  it('is what resolveConfig fills in when the mapping states nothing optional', () => {
    const minimal = {
      source: { url: 'ldap://127.0.0.1', baseDns: ['dc=example,dc=com'], identifier: { attribute: 'uid' } },
      identity: {},
      fields: { firstname: { template: '{{givenName}}' } },
      sites: [
        {
          name: 'paris',
          match: { attribute: 'l', equals: 'Paris' },
          context: 'default',
          country: 'FR',
          extension: { source: 'pool', ranges: [{ start: '1000', end: '1999' }] },
        },
      ],
      voicemail: { when: [{ always: true }] },
      notify: { smtp: { host: 'smtp.example.com' }, from: 'it@example.com' },
    };

    const result = validateMapping(minimal, 'mappings/all.yml');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { config } = result;
    const d = MAPPING_DEFAULTS;
    expect(config.source).toMatchObject({
      starttls: d.SourceConfig.starttls,
      filter: d.SourceConfig.filter,
      scope: d.SourceConfig.scope,
      pageSize: d.SourceConfig.pageSize,
      timeoutMs: d.SourceConfig.timeoutMs,
      identifier: { attribute: 'uid', format: d.SourceConfig['identifier.format'] },
    });
    expect(config.identity).toEqual({
      xivoField: d.IdentityConfig.xivoField,
      adoptBy: d.IdentityConfig.adoptBy,
    });
    expect(config.fields.firstname.owner).toBe(d.FieldRule.owner);
    expect(config.sites[0]).toMatchObject({
      incallContext: d.Site.incallContext,
      extension: { digits: d.ExtensionRule.digits },
      did: { ...d.Site.did, incallFormat: d.DidRule.incallFormat },
      grants: d.SiteGrants,
    });
    expect(config.voicemail?.name).toBe(d.VoicemailRule.name);
    expect(config.lifecycle).toEqual(d.LifecycleConfig);
    expect(config.safety.minExportRatio).toBe(d.SafetyConfig.minExportRatio);
    expect(Object.values(config.safety.maxDeletes)).toEqual(Array(5).fill(d.DeleteLimit));
    expect(config.notify?.smtp).toMatchObject({
      port: d.NotifyConfig['smtp.port'],
      secure: d.NotifyConfig['smtp.secure'],
    });
  });

  it('never overrides what the mapping states', () => {
    const config = buildMapping({
      lifecycle: { graceDays: 7 },
      safety: { maxDeletes: { users: { count: 2 } } },
    });

    const again = resolveConfig(config);

    expect(again).toEqual(config);
    expect(config.lifecycle).toEqual({
      graceDays: 7,
      quarantineDays: MAPPING_DEFAULTS.LifecycleConfig.quarantineDays,
    });
    expect(config.safety.maxDeletes.users).toEqual({
      count: 2,
      percent: MAPPING_DEFAULTS.DeleteLimit.percent,
    });
  });

  it('resolves the example mappings/ with nothing left undefined that has a default', async () => {
    const read = await readMappings(new URL('../../mappings', import.meta.url).pathname);

    expect(read.issues).toEqual([]);
    expect(read.config?.sites.every((site) => site.did.incallFormat !== undefined)).toBe(true);
  });
});

describe('defaults shared by export and validate', () => {
  it('gives a DID the same incall extension in export and validate when the mapping leaves incallFormat out', () => {
    const site = buildSite();
    const { incallFormat: _omitted, ...did } = site.did!;
    const config = buildMapping({ sites: [{ ...site, did }] });

    const mapped = mapEntry(buildPerson(), config);

    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    const file = `state/users/${mapped.user.key}.json`;
    const issues = checkStateConsistency(new Map([[mapped.user.key, { file, state: mapped.user }]]), config);
    expect(mapped.user.did?.exten).toBe('0123456742');
    expect(issues).toEqual([]);
  });
});
