import { Client } from 'ldapts';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMappings, type MappingConfig } from '../../src/config/index.ts';
import { readStateDir, type StateDir } from '../../src/state/index.ts';
import { startSlapd, type SlapdInstance } from '../services/slapd.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';

/**
 * The example state/ is hand-written until `export` regenerates it: this keeps it honest against the
 * example directory served by a real slapd, read with the example mapping's own source settings.
 */
describe('example state/ matches the example directory', () => {
  let slapd: SlapdInstance;
  let client: Client;
  let mapping: MappingConfig;
  let state: StateDir;

  beforeAll(async () => {
    slapd = await startSlapd({
      ldifFiles: [path.join(repoRoot, 'test/fixtures/directory/example-company.ldif')],
    });
    client = new Client({ url: slapd.url });
    await client.bind(slapd.adminDn, slapd.adminPassword);
    const read = await readMappings(path.join(repoRoot, 'mappings'));
    if (!read.config) throw new Error(`example mappings invalid: ${JSON.stringify(read.issues)}`);
    mapping = read.config;
    state = await readStateDir(path.join(repoRoot, 'state'));
  });

  afterAll(async () => {
    await client?.unbind();
    await slapd?.stop();
  });

  async function search(filter: string): Promise<Record<string, unknown>[]> {
    const { searchEntries } = await client.search(mapping.source.baseDns[0], {
      scope: mapping.source.scope ?? 'sub',
      filter,
      attributes: ['*', 'memberOf', 'pwdAccountLockedTime'],
    });
    return searchEntries;
  }

  it('has one state file per person the mapping selects, keyed by the identifier attribute, with its DN', async () => {
    const entries = await search(mapping.source.filter ?? '(objectClass=person)');
    const identifier = mapping.source.identifier.attribute;

    const fromDirectory = entries.map((e) => [String(e[identifier]), e['dn']]).sort();
    const fromState = [...state.users.values()].map((u) => [u.state.key, u.state.dn]).sort();

    expect(fromDirectory).toHaveLength(8);
    expect(fromState).toEqual(fromDirectory);
  });

  it('puts each person in the first site whose match holds', async () => {
    const entries = await search(mapping.source.filter ?? '(objectClass=person)');

    for (const entry of entries) {
      const site = mapping.sites.find(
        (s) => s.match.attribute && entry[s.match.attribute] === s.match.equals,
      );
      expect(state.users.get(String(entry['employeeNumber']))?.state.site).toBe(site?.name);
    }
  });

  it('marks exactly the people matching the disabled filter as disabled', async () => {
    const disabled = await search(`(&${mapping.source.filter}${mapping.source.disabled?.filter})`);

    const disabledInState = [...state.users.values()].filter((u) => u.state.status === 'disabled');

    expect(disabled.map((e) => e['employeeNumber'])).toEqual(['1105']);
    expect(disabledInState.map((u) => u.state.key)).toEqual(['1105']);
  });

  it('gives an agent to exactly the call-center members', async () => {
    const group = mapping.agent?.when[0]?.memberOf ?? '';
    const members = await search(`(memberOf=${group})`);

    const agents = [...state.users.values()].filter((u) => u.state.agent).map((u) => u.state.key);

    expect(members.map((e) => String(e['employeeNumber'])).sort()).toEqual(agents.sort());
  });
});
