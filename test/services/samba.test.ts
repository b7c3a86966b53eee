import { Client, EqualityFilter, InvalidCredentialsError } from 'ldapts';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adService } from '../helpers/services.ts';
import type { AdServiceInfo } from '../helpers/services.ts';
import { startSamba } from './samba.ts';

/** AD's string form of a GUID: the first three groups are stored little-endian. */
function guidToString(bytes: Buffer): string {
  const hex = (from: number, to: number, reverse = false): string => {
    const part = [...bytes.subarray(from, to)];
    return (reverse ? part.reverse() : part).map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };
  return [hex(0, 4, true), hex(4, 6, true), hex(6, 8, true), hex(8, 10), hex(10, 16)].join('-');
}

describe('the Samba AD DC of the global setup', () => {
  let ad: AdServiceInfo;
  let client: Client;
  const clients: Client[] = [];

  // Connect inside each test, not in beforeAll: without AD every test must fail (saying why), and
  // vitest reports the tests of a suite whose beforeAll threw as skipped.
  async function connectAsAdmin(): Promise<void> {
    ad = adService();
    client = new Client({ url: ad.url });
    clients.push(client);
    await client.bind(ad.adminUpn, ad.adminPassword);
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((open) => open.unbind()));
  });

  it('returns objectGUID as a 16-byte Buffer that finds the user again', async () => {
    await connectAsAdmin();
    const { searchEntries } = await client.search(ad.staffDn, {
      filter: '(sAMAccountName=edupre)',
      attributes: ['objectGUID', 'displayName'],
      explicitBufferAttributes: ['objectGUID'],
    });
    const guid = searchEntries[0]?.['objectGUID'];
    if (!Buffer.isBuffer(guid)) throw new Error(`objectGUID is not a Buffer: ${String(guid)}`);

    const byFilter = await client.search(ad.baseDn, {
      filter: new EqualityFilter({ attribute: 'objectGUID', value: guid }),
      attributes: ['sAMAccountName'],
    });
    const byGuidDn = await client.search(`<GUID=${guidToString(guid)}>`, {
      scope: 'base',
      attributes: ['sAMAccountName'],
    });

    expect(searchEntries).toHaveLength(1);
    expect(guid).toHaveLength(16);
    expect(searchEntries[0]?.['displayName']).toBe('Élodie Dupré');
    expect(byFilter.searchEntries.map((entry) => entry['sAMAccountName'])).toEqual(['edupre']);
    expect(byGuidDn.searchEntries.map((entry) => entry['sAMAccountName'])).toEqual(['edupre']);
  });

  it('gives every seeded person a distinct objectGUID', async () => {
    await connectAsAdmin();
    const { searchEntries } = await client.search(ad.staffDn, {
      filter: '(objectClass=user)',
      attributes: ['objectGUID'],
      explicitBufferAttributes: ['objectGUID'],
    });

    const guids = new Set(searchEntries.map((entry) => (entry['objectGUID'] as Buffer).toString('hex')));

    expect(searchEntries).toHaveLength(6);
    expect(guids.size).toBe(6);
  });

  it('has the disabled account (userAccountControl 514) and finds it with the bitwise AND rule', async () => {
    await connectAsAdmin();
    const disabled = await client.search(ad.staffDn, {
      // 1.2.840.113556.1.4.803 = LDAP_MATCHING_RULE_BIT_AND; bit 2 = ACCOUNTDISABLE.
      filter: '(&(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=2))',
      attributes: ['sAMAccountName', 'userAccountControl', 'telephoneNumber'],
    });

    expect(disabled.searchEntries).toEqual([
      {
        dn: 'CN=Jérôme Bézier,OU=Staff,DC=example,DC=com',
        sAMAccountName: 'jbezier',
        userAccountControl: '514',
        telephoneNumber: '01.44.55.66.07',
      },
    ]);
  });

  it('computes memberOf from the call-center group members', async () => {
    await connectAsAdmin();
    const { searchEntries } = await client.search(ad.staffDn, {
      filter: `(memberOf=CN=Call Center,${ad.groupsDn})`,
      attributes: ['sAMAccountName'],
    });

    expect(searchEntries.map((entry) => entry['sAMAccountName']).sort()).toEqual(['anguyen', 'flefevre']);
  });

  it('lets the service account bind with its password, and refuses a wrong one', async () => {
    await connectAsAdmin();
    const service = new Client({ url: ad.url });
    const intruder = new Client({ url: ad.url });
    try {
      await service.bind(ad.serviceAccount.upn, ad.serviceAccount.password);
      const { searchEntries } = await service.search(ad.staffDn, {
        filter: '(sAMAccountName=anguyen)',
        attributes: ['displayName', 'telephoneNumber'],
      });

      expect(searchEntries[0]).toMatchObject({
        displayName: 'Anaïs Nguyễn',
        telephoneNumber: '+33 (0)4 72 10 00 05',
      });
      await expect(intruder.bind(ad.serviceAccount.upn, 'not-the-password')).rejects.toBeInstanceOf(
        InvalidCredentialsError,
      );
    } finally {
      await service.unbind();
      await intruder.unbind();
    }
  });
});

describe('startSamba', () => {
  it('runs a second DC next to the shared one, on its own loopback address, and stops it', async () => {
    const shared = adService();
    const second = await startSamba();
    const client = new Client({ url: second.url, connectTimeout: 1000 });
    try {
      await client.bind(second.adminUpn, second.adminPassword);
      const { searchEntries } = await client.search(second.baseDn, {
        filter: '(sAMAccountName=edupre)',
        attributes: ['sAMAccountName'],
      });

      expect(second.host).not.toBe(shared.host);
      expect(second.host).toMatch(/^127\.\d+\.\d+\.\d+$/);
      // Not seeded: the fixtures went only into the shared DC.
      expect(searchEntries).toEqual([]);
    } finally {
      await client.unbind();
      await second.stop();
    }

    const late = new Client({ url: second.url, connectTimeout: 1000 });
    await expect(late.bind(second.adminUpn, second.adminPassword)).rejects.toThrow();
    await late.unbind();
    expect(existsSync(second.dir)).toBe(false);
  });
});
