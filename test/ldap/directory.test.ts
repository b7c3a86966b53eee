import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo, connect as netConnect } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  type DirectoryEntry,
  type DirectorySource,
  LdapError,
  andFilters,
  equals,
  openDirectory,
  openLdifSource,
  openSource,
  parseFilter,
} from '../../src/ldap/index.ts';
import { type SlapdInstance, startSlapd } from '../services/slapd.ts';
import { makeTestCertificate } from '../helpers/tls.ts';
import { tempdir } from '../helpers/tmp-dir.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/ldap/people.ldif');
const PEOPLE = 'ou=people,dc=example,dc=com';
const ATTRIBUTES = [
  'entryUUID',
  'uid',
  'cn',
  'givenName',
  'sn',
  'mail',
  'telephoneNumber',
  'employeeNumber',
  'l',
  'title',
  'description',
];

let slapd: SlapdInstance;

beforeAll(async () => {
  slapd = await startSlapd({ ldifFiles: [FIXTURE] });
});
afterAll(async () => {
  await slapd?.stop();
});

async function open(): Promise<DirectorySource> {
  return openDirectory({ url: slapd.url, bindDn: slapd.adminDn, bindPassword: slapd.adminPassword });
}

async function collect(
  source: DirectorySource,
  request: Parameters<DirectorySource['searchEntries']>[0],
): Promise<DirectoryEntry[]> {
  const out: DirectoryEntry[] = [];
  for await (const entry of source.searchEntries(request)) out.push(entry);
  return out.sort((a, b) => a.dn.localeCompare(b.dn));
}

describe('openDirectory over a real slapd', () => {
  it('returns only the requested attributes, lower-cased, with multi-valued attributes and French names intact', async () => {
    await using directory = await open();
    const entries = await collect(directory, {
      baseDns: [PEOPLE],
      filter: '(uid=jldarvor)',
      attributes: ['givenName', 'SN', 'mail', 'telephoneNumber', 'entryUUID'],
    });
    expect(entries).toEqual([
      {
        dn: 'uid=jldarvor,ou=people,dc=example,dc=com',
        attributes: {
          entryuuid: ['6f1c1a52-1d3e-4c7a-9a51-0b6a0c2f0a01'],
          givenname: ['Jean-Loïc'],
          sn: ["D'Arvor"],
          mail: ['jean-loic.darvor@example.com', 'jl.darvor@example.com'],
          telephonenumber: ['+33 (0)1 44 55 66 10', '01 44 55 66 11'],
        },
      },
    ]);
  });

  it('pages through several base DNs and honours the scope', async () => {
    await using directory = await open();
    const paged = await collect(directory, {
      baseDns: [PEOPLE, 'ou=groups,dc=example,dc=com'],
      filter: '(objectClass=inetOrgPerson)',
      attributes: ['uid'],
      pageSize: 1,
    });
    expect(paged.map((e) => e.dn)).toEqual([
      'cn=printer,ou=groups,dc=example,dc=com',
      'uid=hostile,ou=people,dc=example,dc=com',
      'uid=jldarvor,ou=people,dc=example,dc=com',
      'uid=mcote,ou=people,dc=example,dc=com',
    ]);
    const oneLevel = await collect(directory, {
      baseDns: ['dc=example,dc=com'],
      scope: 'one',
      filter: '(objectClass=inetOrgPerson)',
    });
    expect(oneLevel).toEqual([]);
    const dnsOnly = await collect(directory, { baseDns: [PEOPLE], filter: '(uid=mcote)' });
    expect(dnsOnly).toEqual([{ dn: 'uid=mcote,ou=people,dc=example,dc=com', attributes: {} }]);
  });

  it('a paged search left after its first entry, with the next page already asked for, leaves the connection usable', async () => {
    await using directory = await open();
    const request = {
      baseDns: [PEOPLE],
      filter: '(objectClass=inetOrgPerson)',
      attributes: ['uid'],
      pageSize: 1,
    };
    for await (const entry of directory.searchEntries(request)) {
      expect(entry.attributes['uid']).toHaveLength(1);
      break;
    }
    const all = await collect(directory, request);
    expect(all.map((e) => e.attributes['uid']?.[0])).toEqual(['hostile', 'jldarvor', 'mcote']);
  });

  it('finds disabled accounts with the configured filter combined with the people filter', async () => {
    await using directory = await open();
    const disabled = await collect(directory, {
      baseDns: [PEOPLE],
      filter: andFilters(parseFilter('(objectClass=inetOrgPerson)'), parseFilter('(pwdAccountLockedTime=*)')),
    });
    expect(disabled.map((e) => e.dn)).toEqual(['uid=mcote,ou=people,dc=example,dc=com']);
  });

  it('treats filter metacharacters, NUL and non-ASCII in data as plain values', async () => {
    await using directory = await open();
    const bySn = await collect(directory, {
      baseDns: [PEOPLE],
      filter: equals('sn', 'a*b(c)d\\e'),
      attributes: ['uid'],
    });
    expect(bySn.map((e) => e.attributes['uid'])).toEqual([['hostile']]);
    const injection = await collect(directory, {
      baseDns: [PEOPLE],
      filter: equals('givenName', '*)(uid=*'),
      attributes: ['uid'],
    });
    expect(injection.map((e) => e.attributes['uid'])).toEqual([['hostile']]);
    // A naive "(uid=" + value + ")" would turn this into a match-everything filter.
    const wildcard = await collect(directory, {
      baseDns: [PEOPLE],
      filter: equals('uid', '*'),
      attributes: ['uid'],
    });
    expect(wildcard).toEqual([]);
    const nul = await collect(directory, {
      baseDns: [PEOPLE],
      filter: equals('uid', 'hostile\u0000'),
      attributes: ['uid'],
    });
    expect(nul).toEqual([]);
    const accents = await collect(directory, {
      baseDns: [PEOPLE],
      filter: '(sn=C\\c3\\b4t\\c3\\a9)',
      attributes: ['uid'],
    });
    expect(accents.map((e) => e.attributes['uid'])).toEqual([['mcote']]);
  });

  it('carries 10 kB values and control characters unchanged', async () => {
    await using directory = await open();
    const [entry] = await collect(directory, {
      baseDns: [PEOPLE],
      filter: '(uid=hostile)',
      attributes: ['title', 'description'],
    });
    expect(entry?.attributes['title']?.[0]).toHaveLength(10240);
    expect(entry?.attributes['description']).toEqual(['tab\there\u0001bell\u0007end']);
  });

  it('names the operation, the subject and the result code on failure, without the password', async () => {
    const bad = openDirectory({ url: slapd.url, bindDn: slapd.adminDn, bindPassword: 'wrong-secret-123' });
    await expect(bad).rejects.toMatchObject({ name: 'LdapError', operation: 'bind', resultCode: 49 });
    await expect(bad).rejects.toThrow(
      /^bind cn=admin,dc=example,dc=com at ldap:\/\/127\.0\.0\.1:\d+: InvalidCredentialsError.*\(LDAP result code 49\)$/,
    );
    await expect(bad).rejects.not.toThrow(/wrong-secret/);

    await using directory = await open();
    const missing = collect(directory, { baseDns: ['ou=nowhere,dc=example,dc=com'], filter: '(uid=*)' });
    await expect(missing).rejects.toMatchObject({
      operation: 'search',
      subject: 'ou=nowhere,dc=example,dc=com',
      resultCode: 32,
    });

    await expect(openDirectory({ url: 'http://127.0.0.1:1' })).rejects.toThrow(
      /must start with ldap:\/\/ or ldaps:\/\//,
    );
    const closed = await closedPort();
    await expect(
      openDirectory({
        url: `ldap://127.0.0.1:${closed}`,
        bindDn: 'cn=x',
        bindPassword: 'y',
        timeoutMs: 2000,
      }),
    ).rejects.toBeInstanceOf(LdapError);
  });

  it('refuses a filter it cannot parse, naming the position', () => {
    expect(() => parseFilter('(uid=a(b)')).toThrow(
      /parse-filter "\(uid=a\(b\)": unescaped "\(" in a value .* at position 7/,
    );
    expect(() => parseFilter('(&)')).toThrow(/needs at least one filter/);
    expect(() => parseFilter('(uid=x)junk')).toThrow(/unexpected text/);
  });
});

describe('LDIF source', () => {
  it('yields the same entries as slapd for the same fixture, filter, scope and attributes', async () => {
    await using directory = await open();
    await using ldif = await openSource(`ldif:${FIXTURE}`);
    for (const filter of [
      '(objectClass=inetOrgPerson)',
      '(&(objectClass=inetOrgPerson)(!(pwdAccountLockedTime=*)))',
      '(|(sn=d*)(l=lyon))',
      '(mail=*darvor@example.com)',
      '(&(cn=*a*e*)(!(l=paris)))',
      '(givenName=jean-lo\\c3\\afc)',
    ]) {
      const request = { baseDns: [PEOPLE], filter, attributes: ATTRIBUTES };
      const fromLdif = await collect(ldif, request);
      expect(fromLdif.length, filter).toBeGreaterThan(0);
      expect(fromLdif, filter).toEqual(await collect(directory, request));
    }
  });

  it('reports where an LDIF file is wrong', async () => {
    await expect(openLdifSource('/nonexistent/people.ldif')).rejects.toThrow(
      /read-ldif \/nonexistent\/people\.ldif: cannot read the file/,
    );
  });
});

describe('ldaps with certificate verification', () => {
  let dir: string;
  beforeAll(async () => {
    const tmp = await tempdir('ldaps');
    dir = tmp.path;
    makeTestCertificate(dir);
    return tmp.remove;
  });

  it('rejects an unknown CA by default and connects with caFile', async () => {
    // A TLS terminator in front of slapd stands in for an ldaps:// listener.
    const server = createTlsServer(
      { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
      (socket) => {
        const upstream = netConnect(slapd.port, '127.0.0.1');
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `ldaps://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const credentials = { bindDn: slapd.adminDn, bindPassword: slapd.adminPassword, timeoutMs: 5000 };

    const untrusted = openDirectory({ url, ...credentials });
    await expect(untrusted).rejects.toMatchObject({ operation: 'bind' });
    await expect(untrusted).rejects.toThrow(/self-signed|certificate/i);
    await using directory = await openDirectory({ url, caFile: path.join(dir, 'cert.pem'), ...credentials });
    const entries = await collect(directory, {
      baseDns: [PEOPLE],
      filter: '(uid=mcote)',
      attributes: ['sn'],
    });
    expect(entries).toEqual([{ dn: 'uid=mcote,ou=people,dc=example,dc=com', attributes: { sn: ['Côté'] } }]);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
