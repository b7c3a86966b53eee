import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMappings } from '../../src/config/index.ts';
import { testdir } from '../helpers/tmp-dir.ts';

const SOURCE = `source:
  url: ldap://127.0.0.1
  baseDns: [dc=example,dc=com]
  identifier: { attribute: entryUUID }
identity: { xivoField: userfield }
`;
const USERS = `fields:
  firstname: { template: '{{givenName}}', owner: directory }
sites:
  - name: paris
    match: { attribute: l, equals: Paris }
    context: default
    country: FR
    extension: { source: pool, ranges: [{ start: '1000', end: '1999' }] }
`;

async function mappingsWith(files: Record<string, string>): Promise<string> {
  const dir = path.join(await testdir(), 'mappings');
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('readMappings', () => {
  it('merges several files, each providing its own top-level keys', async () => {
    const dir = await mappingsWith({ 'a-source.yml': SOURCE, 'b-users.yaml': USERS, 'notes.txt': 'ignored' });

    const result = await readMappings(dir);

    expect(result.issues).toEqual([]);
    expect(result.files).toEqual(['mappings/a-source.yml', 'mappings/b-users.yaml']);
    expect(result.config?.source.url).toBe('ldap://127.0.0.1');
  });

  it('rejects a top-level key defined in two files, naming both', async () => {
    const dir = await mappingsWith({
      'a.yml': SOURCE,
      'b.yml': `${USERS}identity: { xivoField: description }\n`,
    });

    const result = await readMappings(dir);

    expect(result.config).toBeUndefined();
    expect(result.issues).toEqual([
      {
        file: 'mappings/b.yml',
        line: 9,
        pointer: '/identity',
        message:
          "top-level key 'identity' is already defined in mappings/a.yml; each key may come from one file only",
        rule: 'duplicate-key',
      },
    ]);
  });

  it('attributes a schema problem to the file that holds the key', async () => {
    const dir = await mappingsWith({ 'a.yml': SOURCE, 'b.yml': USERS.replace('country: FR', 'country: fr') });

    const result = await readMappings(dir);

    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'mappings/b.yml',
        pointer: '/sites/0/country',
        value: 'fr',
        rule: 'schema:pattern',
      }),
    ]);
  });

  it('attributes a template syntax error to the file and line of the template', async () => {
    const dir = await mappingsWith({
      'a.yml': SOURCE,
      'b.yml': USERS.replace("'{{givenName}}'", "'{{givenName | lower'"),
    });

    const { config, issues } = await readMappings(dir);

    expect(config).toBeUndefined();
    expect(issues).toEqual([
      {
        file: 'mappings/b.yml',
        line: 2,
        pointer: '/fields/firstname/template',
        message: 'template "{{givenName | lower", position 1: unclosed "{{" (a placeholder ends with "}}")',
        value: '{{givenName | lower',
        rule: 'template',
      },
    ]);
  });

  it('points a missing field at the line of the object that lacks it', async () => {
    const dir = await mappingsWith({ 'a.yml': SOURCE, 'b.yml': USERS.replace('    context: default\n', '') });

    const { issues } = await readMappings(dir);

    expect(issues).toEqual([
      expect.objectContaining({
        file: 'mappings/b.yml',
        line: 4,
        pointer: '/sites/0/context',
        rule: 'schema:required',
      }),
    ]);
  });

  it('reports invalid YAML with line and column', async () => {
    const dir = await mappingsWith({ 'a.yml': 'source:\n  url: [unclosed\n' });

    const { issues } = await readMappings(dir);

    expect(issues).toEqual([
      expect.objectContaining({
        file: 'mappings/a.yml',
        rule: 'yaml-syntax',
        message: expect.stringMatching(/^invalid YAML at line \d+, column \d+: /) as string,
      }),
    ]);
  });

  it('reports a duplicate key inside one file', async () => {
    const dir = await mappingsWith({ 'a.yml': `${SOURCE}${USERS}identity: { xivoField: userfield }\n` });

    const { issues } = await readMappings(dir);

    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        message: expect.stringContaining('Map keys must be unique') as string,
      }),
    ]);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      );
    const dir = await mappingsWith({ 'bomb.yml': `${levels.join('\n')}\n` });

    const { issues } = await readMappings(dir);

    expect(issues).toEqual([expect.objectContaining({ file: 'mappings/bomb.yml', rule: 'yaml-syntax' })]);
  });

  it.each([
    ['a YAML list instead of a mapping', '- a\n- b\n', 'yaml-shape'],
    ['an empty file', '', 'yaml-shape'],
  ])('rejects %s', async (_name, text, rule) => {
    const { issues } = await readMappings(await mappingsWith({ 'a.yml': text }));

    expect(issues).toEqual([expect.objectContaining({ file: 'mappings/a.yml', rule })]);
  });

  it('refuses a symbolic link leading outside mappings/', async () => {
    const dir = await mappingsWith({});
    await writeFile(path.join(path.dirname(dir), 'elsewhere.yml'), SOURCE);
    await symlink(path.join(path.dirname(dir), 'elsewhere.yml'), path.join(dir, 'a.yml'));

    const { issues } = await readMappings(dir);

    expect(issues).toEqual([expect.objectContaining({ file: 'mappings/a.yml', rule: 'symlink-escape' })]);
  });

  it.each([
    ['a missing directory', false],
    ['a directory without YAML files', true],
  ])('reports %s', async (_name, create) => {
    const dir = path.join(await testdir(), 'mappings');
    if (create) await mkdir(dir);

    const { issues, config } = await readMappings(dir);

    expect(config).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ file: 'mappings/', rule: 'missing-mappings' })]);
  });
});
