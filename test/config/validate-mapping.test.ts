import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMappings, validateMapping, type MappingConfig } from '../../src/config/index.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';

/** A minimal valid mapping; tests change one thing. */
function minimal(): Record<string, unknown> {
  return {
    source: {
      url: 'ldap://127.0.0.1:389',
      baseDns: ['ou=people,dc=example,dc=com'],
      identifier: { attribute: 'entryUUID', format: 'uuid' },
    },
    identity: { xivoField: 'userfield' },
    fields: { firstname: { template: '{{givenName}}', owner: 'directory' } },
    sites: [
      {
        name: 'paris',
        match: { attribute: 'l', equals: 'Paris' },
        context: 'default',
        country: 'FR',
        extension: { source: 'pool', ranges: [{ start: '1000', end: '1999' }] },
      },
    ],
  };
}

function issuesOf(json: unknown): string[] {
  const result = validateMapping(json, 'mappings/m.yml');
  return result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.rule}: ${i.message}`);
}

describe('validateMapping', () => {
  it('accepts the example mappings of the repository', async () => {
    const { config, issues, files } = await readMappings(path.join(repoRoot, 'mappings'));

    expect(issues).toEqual([]);
    expect(files).toEqual(['mappings/directory.yml', 'mappings/operations.yml', 'mappings/telephony.yml']);
    expect(config?.sites.map((s) => s.name)).toEqual(['paris', 'lyon']);
  });

  it('fills in the documented defaults without modifying its input', () => {
    const input = minimal();

    const result = validateMapping(input, 'm.yml');

    expect(result.ok).toBe(true);
    const config = result.ok ? result.config : ({} as MappingConfig);
    expect(config.source).toMatchObject({
      pageSize: 500,
      scope: 'sub',
      starttls: false,
      filter: '(objectClass=person)',
    });
    expect(config.sites[0]).toMatchObject({ incallContext: 'from-extern', did: { source: 'none' } });
    expect(config.sites[0]?.extension.digits).toBe(4);
    expect(input).toEqual(minimal());
  });

  it('applies lifecycle and safety defaults, to every resource type, when those sections are given empty', () => {
    const result = validateMapping(
      { ...minimal(), lifecycle: {}, safety: { maxDeletes: { users: {} } } },
      'm.yml',
    );

    expect(result.ok && result.config.lifecycle).toEqual({ graceDays: 30, quarantineDays: 90 });
    expect(result.ok && result.config.safety).toEqual({
      minExportRatio: 0.9,
      maxDeletes: {
        users: { count: 10, percent: 10 },
        lines: { count: 10, percent: 10 },
        dids: { count: 10, percent: 10 },
        voicemails: { count: 10, percent: 10 },
        agents: { count: 10, percent: 10 },
      },
    });
  });

  it('rejects a literal secret and never echoes it', () => {
    const json = minimal();
    (json['source'] as Record<string, unknown>)['bindDn'] = 'cn=reader';
    (json['source'] as Record<string, unknown>)['bindPassword'] = 'hunter2-S3cret';
    json['xivo'] = { url: 'https://xivo', username: '${XIVO_USER}', password: 'p4ssw0rd' };

    const result = validateMapping(json, 'm.yml');

    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('p4ssw0rd');
    expect(issuesOf(json)).toEqual([
      '/source/bindPassword schema:pattern: must be an environment variable reference written exactly ${NAME}: secrets are never written in mappings/ (value hidden)',
      '/xivo/password schema:pattern: must be an environment variable reference written exactly ${NAME}: secrets are never written in mappings/ (value hidden)',
    ]);
  });

  it.each<[string, (m: Record<string, unknown>) => void, string]>([
    [
      'an unknown top-level key',
      (m) => (m['site'] = []),
      "/site schema:additionalProperties: unknown field 'site'",
    ],
    [
      'an ldap URL with a path',
      (m) => ((m['source'] as Record<string, unknown>)['url'] = 'http://x'),
      '/source/url schema:pattern',
    ],
    [
      'a directory field without template',
      (m) => (m['fields'] = { firstname: { owner: 'directory' } }),
      '/fields/firstname/template schema:required: a field owned by the directory needs a template',
    ],
    [
      'an env reference in a template',
      (m) => (m['contact'] = { title: '${TITLE}' }),
      '/contact/title schema:not: templates cannot contain',
    ],
    [
      'a site match with two tests',
      (m) =>
        ((m['sites'] as Record<string, unknown>[])[0]!['match'] = {
          attribute: 'l',
          equals: 'x',
          dnSuffix: 'ou=x',
        }),
      '/sites/0/match schema:not: use only one of attribute, dnSuffix or memberOf',
    ],
    [
      'an attribute test without equals or regex',
      (m) => ((m['sites'] as Record<string, unknown>[])[0]!['match'] = { attribute: 'l' }),
      '/sites/0/match schema:oneOf',
    ],
    [
      'a condition with always and memberOf',
      (m) => (m['voicemail'] = { when: [{ always: true, memberOf: 'cn=x' }] }),
      '/voicemail/when/0 schema:not: use only one of always, memberOf or attribute',
    ],
    [
      'an empty condition',
      (m) => (m['voicemail'] = { when: [{}] }),
      '/voicemail/when/0 schema:minProperties: a condition needs one of always, memberOf, attribute',
    ],
    [
      'an empty site match',
      (m) => ((m['sites'] as Record<string, unknown>[])[0]!['match'] = {}),
      '/sites/0/match schema:minProperties: match needs one of attribute (with equals or regex), dnSuffix or memberOf',
    ],
    [
      'two ways of recognising disabled accounts',
      (m) =>
        ((m['source'] as Record<string, unknown>)['disabled'] = {
          adUserAccountControl: true,
          filter: '(x=1)',
        }),
      '/source/disabled schema:maxProperties: give exactly one of adUserAccountControl or filter',
    ],
    [
      'an agent rule with neither number nor pool',
      (m) => (m['agent'] = { when: [{ always: true }] }),
      '/agent/number schema:required: give either number (a template) or ranges (a pool)',
    ],
    [
      'a pool DID site without ranges',
      (m) => ((m['sites'] as Record<string, unknown>[])[0]!['did'] = { source: 'pool' }),
      '/sites/0/did/ranges schema:required',
    ],
    [
      'a country that is not ISO 3166 alpha-2',
      (m) => ((m['sites'] as Record<string, unknown>[])[0]!['country'] = 'France'),
      '/sites/0/country schema:pattern',
    ],
    [
      'a negative grace period',
      (m) => (m['lifecycle'] = { graceDays: -1 }),
      '/lifecycle/graceDays schema:minimum',
    ],
    [
      'an unquoted number range',
      (m) =>
        ((m['sites'] as Record<string, unknown>[])[0]!['extension'] = {
          source: 'pool',
          ranges: [{ start: 1000, end: 1999 }],
        }),
      '/sites/0/extension/ranges/0/start schema:type',
    ],
  ])('rejects %s', (_name, change, expected) => {
    const json = minimal();
    change(json);

    expect(issuesOf(json)).toContainEqual(expect.stringContaining(expected));
  });

  it.each<[string, (m: MappingConfig) => void, string]>([
    [
      'two sites with the same name',
      (m) =>
        m.sites.push({
          ...m.sites[0],
          extension: { source: 'pool', ranges: [{ start: '2000', end: '2999' }] },
        }),
      '/sites/1/name unique-site',
    ],
    [
      'overlapping extension ranges in one context',
      (m) =>
        m.sites.push({
          ...m.sites[0],
          name: 'lyon',
          extension: { source: 'pool', ranges: [{ start: '1500', end: '2500' }] },
        }),
      '/sites/1/extension/ranges overlapping-ranges',
    ],
    [
      'a range whose start is after its end',
      (m) => (m.sites[0].extension.ranges = [{ start: '1999', end: '1000' }]),
      '/sites/0/extension/ranges/0 range-order',
    ],
    [
      'a range with bounds of different lengths',
      (m) => (m.sites[0].extension.ranges = [{ start: '100', end: '1999' }]),
      '/sites/0/extension/ranges/0 range-order',
    ],
    [
      'a DID range that is not E.164',
      (m) => (m.sites[0].did = { source: 'pool', ranges: [{ start: '0123456700', end: '0123456799' }] }),
      '/sites/0/did/ranges/0 range-format',
    ],
    [
      'an extension range of another length than extension.digits',
      (m) => (m.sites[0].extension.ranges = [{ start: '100', end: '199' }]),
      '/sites/0/extension/ranges/0 range-digits',
    ],
    [
      'extensions taken from DIDs on a site without DIDs',
      (m) => (m.sites[0].extension.source = 'did-suffix'),
      '/sites/0/extension/source did-suffix-needs-did',
    ],
    [
      'an invalid regular expression',
      (m) => (m.sites[0].match = { attribute: 'l', regex: '(Paris' }),
      '/sites/0/match/regex regex-syntax',
    ],
    [
      'a condition naming an unknown site',
      (m) => (m.voicemail = { when: [{ always: true, sites: ['nice'] }] }),
      '/voicemail/when/0/sites/0 known-site',
    ],
    [
      'the identity field also mapped',
      (m) => (m.fields.userfield = { template: '{{uid}}', owner: 'directory' }),
      '/fields/userfield identity-field',
    ],
    [
      'a call permission declared twice',
      (m) =>
        (m.callPermissions = [
          { name: 'intl', when: [{ always: true }] },
          { name: 'intl', when: [{ always: true }] },
        ]),
      '/callPermissions/1/name unique-call-permission',
    ],
  ])('rejects %s (cross-field rule)', (_name, change, expected) => {
    const json = minimal() as unknown as MappingConfig;
    change(json);

    expect(issuesOf(json)).toContainEqual(expect.stringContaining(expected));
  });

  it('reports every template syntax error with its pointer, the parser message and the template', () => {
    const json = minimal() as unknown as MappingConfig;
    json.fields.caller_id = { template: '{{givenName {{sn}}', owner: 'directory' };
    json.fields.email = { template: '{{mail|lower}}', owner: 'directory' };
    json.contact = { title: '{{title|capitalize}}', department: '{{departmentNumber}}' };
    json.voicemail = { when: [{ always: true }], name: '{sn}', email: '{{mail | left(x)}}' };
    json.agent = { when: [{ always: true }], number: '8{{extension' };

    const result = validateMapping(json, 'mappings/m.yml');

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        file: 'mappings/m.yml',
        pointer: '/fields/caller_id/template',
        message: 'template "{{givenName {{sn}}", position 1: unclosed "{{" (a placeholder ends with "}}")',
        rule: 'template',
        value: '{{givenName {{sn}}',
      },
      {
        file: 'mappings/m.yml',
        pointer: '/contact/title',
        message:
          'template "{{title|capitalize}}", position 9: unknown filter "capitalize" (known: lower, upper, trim, ascii, initial, digits, e164, first, left, right, replace, default, join)',
        rule: 'template',
        value: '{{title|capitalize}}',
      },
      {
        file: 'mappings/m.yml',
        pointer: '/voicemail/name',
        message:
          'template "{sn}", position 1: single braces are literal text: write {{sn}} for a placeholder, or {{"{"}} for a literal "{" before a name',
        rule: 'template',
        value: '{sn}',
      },
      {
        file: 'mappings/m.yml',
        pointer: '/voicemail/email',
        message: 'template "{{mail | left(x)}}", position 10: filter left needs a whole number, got "x"',
        rule: 'template',
        value: '{{mail | left(x)}}',
      },
      {
        file: 'mappings/m.yml',
        pointer: '/agent/number',
        message: 'template "8{{extension", position 2: unclosed "{{" (a placeholder ends with "}}")',
        rule: 'template',
        value: '8{{extension',
      },
    ]);
  });
});
