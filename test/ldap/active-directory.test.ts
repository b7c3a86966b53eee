import { describe, expect, it } from 'vitest';
import {
  type DirectoryEntry,
  type FilterNode,
  equals,
  guidToFilterBuffer,
  guidToString,
  isAdDisabled,
  openDirectory,
} from '../../src/ldap/index.ts';
import { adService } from '../helpers/services.ts';

async function search(filter: string | FilterNode, attributes: string[]): Promise<DirectoryEntry[]> {
  const ad = adService();
  await using directory = await openDirectory({
    url: ad.url,
    bindDn: ad.serviceAccount.upn,
    bindPassword: ad.serviceAccount.password,
  });
  const out: DirectoryEntry[] = [];
  for await (const entry of directory.searchEntries({
    baseDns: [ad.staffDn],
    filter,
    attributes,
    pageSize: 2,
  }))
    out.push(entry);
  return out.sort((a, b) => a.dn.localeCompare(b.dn));
}

describe('openDirectory over the Samba AD DC', () => {
  it('reads objectGUID as bytes, renders the canonical GUID and finds the entry again by it', async () => {
    const [elodie] = await search('(sAMAccountName=edupre)', ['objectGUID', 'sAMAccountName']);
    const bytes = elodie?.binary?.['objectguid']?.[0];
    expect(bytes).toHaveLength(16);
    const guid = guidToString(bytes!);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(guidToFilterBuffer(guid)).toEqual(bytes);
    // Also exercises the AD string form: the first three groups are little-endian.
    expect(guid.slice(0, 8)).toBe(
      [...bytes!.subarray(0, 4)]
        .reverse()
        .map((b) => b.toString(16).padStart(2, '0'))
        .join(''),
    );
    const again = await search(equals('objectGUID', guidToFilterBuffer(guid)), ['sAMAccountName']);
    expect(again.map((e) => e.attributes['samaccountname'])).toEqual([['edupre']]);
  });

  it('recognises disabled accounts by userAccountControl bit 2 and reads memberOf and accents', async () => {
    const people = await search('(objectClass=user)', [
      'sAMAccountName',
      'userAccountControl',
      'memberOf',
      'sn',
    ]);
    const byName = new Map(people.map((p) => [p.attributes['samaccountname']?.[0], p]));
    expect(byName.get('jbezier')?.attributes['useraccountcontrol']).toEqual(['514']);
    expect(isAdDisabled(byName.get('jbezier')!)).toBe(true);
    expect(isAdDisabled(byName.get('edupre')!)).toBe(false);
    expect(byName.get('flefevre')?.attributes['memberof']).toContain(
      'CN=Call Center,OU=Groups,DC=example,DC=com',
    );
    expect(byName.get('edupre')?.attributes['sn']).toEqual(['Dupré']);
  });

  it('treats a hostile value as data on AD too', async () => {
    expect(await search(equals('sAMAccountName', '*'), ['sAMAccountName'])).toEqual([]);
    expect(await search(equals('sAMAccountName', 'edupre)(|(sAMAccountName=*'), ['sAMAccountName'])).toEqual(
      [],
    );
  });
});
