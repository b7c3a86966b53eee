import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import {
  type DirectoryOptions,
  type DirectorySource,
  LdapError,
  openDirectory,
  openSource,
} from '../../src/ldap/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { type TestCertificate, makeTestCertificate } from '../helpers/tls.ts';
import { type SlapdInstance, startSlapd } from '../services/slapd.ts';
import { tempdir, testdir } from '../helpers/tmp-dir.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const LDAP_BASE = ['01-people.ldif', '02-groups.ldif'].map((f) => path.join(FIXTURES, 'ldap-base', f));
const PEOPLE = 'ou=people,dc=example,dc=com';
// Without mail, so the example mapping's filter leaves it out and export sees only the fixture people.
const PROBE_LDIF = `dn: uid=tlsprobe,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: tlsprobe
cn: Anders Ångström
sn: Ångström
`;
const PROBE = ['uid=tlsprobe,ou=people,dc=example,dc=com sn=Ångström'];
// What Node says about a certificate no trusted CA signed (here: self-signed, not in the system CAs).
const UNTRUSTED = /self-signed certificate/;

let dir: string;
let tmp: Awaited<ReturnType<typeof tempdir>> | undefined;
/** The server's self-signed certificate, i.e. the test CA. */
let cert: TestCertificate;
/** A second, unrelated throwaway CA. */
let otherCa: TestCertificate;
let slapd: SlapdInstance;
/** The same server reached as "localhost", a name its certificate (IP 127.0.0.1 only) does not carry. */
let wrongNameUrl: string;
let wrongNameLdapsUrl: string;

beforeAll(async () => {
  tmp = await tempdir('tls');
  dir = tmp.path;
  mkdirSync(path.join(dir, 'server'));
  mkdirSync(path.join(dir, 'other'));
  cert = makeTestCertificate(path.join(dir, 'server'));
  otherCa = makeTestCertificate(path.join(dir, 'other'));
  slapd = await startSlapd({
    ldif: [PROBE_LDIF],
    ldifFiles: LDAP_BASE,
    tls: { certFile: cert.certFile, keyFile: cert.keyFile },
  });
  wrongNameUrl = slapd.url.replace('//127.0.0.1:', '//localhost:');
  wrongNameLdapsUrl = ldapsUrl().replace('//127.0.0.1:', '//localhost:');
});
afterAll(async () => {
  await slapd?.stop();
  await tmp?.remove();
});

function ldapsUrl(): string {
  if (slapd.ldapsUrl === undefined) throw new Error('startSlapd({ tls }) returned no ldapsUrl');
  return slapd.ldapsUrl;
}

function admin(): Pick<DirectoryOptions, 'bindDn' | 'bindPassword' | 'timeoutMs'> {
  return { bindDn: slapd.adminDn, bindPassword: slapd.adminPassword, timeoutMs: 5000 };
}

/** The probe person as "dn sn=…", read through `source`. */
async function probeEntry(source: DirectorySource): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of source.searchEntries({
    baseDns: [PEOPLE],
    filter: '(uid=tlsprobe)',
    attributes: ['sn'],
  })) {
    out.push(`${entry.dn} sn=${entry.attributes['sn']?.join('|') ?? ''}`);
  }
  return out;
}

async function failure(promise: Promise<unknown>): Promise<LdapError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LdapError);
  return error as LdapError;
}

describe('StartTLS and ldaps:// against a slapd with a throwaway certificate', () => {
  it('StartTLS over ldap:// with the test CA as caFile binds and searches', async () => {
    await using source = await openSource(slapd.url, { starttls: true, caFile: cert.certFile, ...admin() });
    expect(await probeEntry(source)).toEqual(PROBE);
  });

  it('ldaps:// with the test CA as caFile binds and searches; anonymous too', async () => {
    await using bound = await openDirectory({ url: ldapsUrl(), caFile: cert.certFile, ...admin() });
    expect(await probeEntry(bound)).toEqual(PROBE);
    await using anonymous = await openDirectory({ url: ldapsUrl(), caFile: cert.certFile, timeoutMs: 5000 });
    expect(await probeEntry(anonymous)).toEqual(PROBE);
  });

  it('the CA may also be given as PEM text', async () => {
    await using source = await openDirectory({ url: slapd.url, starttls: true, ca: cert.cert, ...admin() });
    expect(await probeEntry(source)).toEqual(PROBE);
  });

  it('verifies against the system CAs by default: StartTLS fails naming the operation and the URL', async () => {
    const error = await failure(openSource(slapd.url, { starttls: true, ...admin() }));
    expect(error).toMatchObject({ operation: 'starttls', subject: slapd.url, resultCode: undefined });
    expect(error.message).toMatch(new RegExp(`^starttls ${escape(slapd.url)}: self-signed certificate`));
  });

  it('verifies against the system CAs by default: ldaps:// fails at bind, or at the first search when anonymous, naming the URL', async () => {
    const bound = await failure(openDirectory({ url: ldapsUrl(), ...admin() }));
    expect(bound).toMatchObject({ operation: 'bind', subject: `${slapd.adminDn} at ${ldapsUrl()}` });
    expect(bound.message).toMatch(UNTRUSTED);

    await using anonymous = await openDirectory({ url: ldapsUrl(), timeoutMs: 5000 });
    const searched = await failure(probeEntry(anonymous));
    expect(searched).toMatchObject({ operation: 'search', subject: `${PEOPLE} at ${ldapsUrl()}` });
    expect(searched.message).toMatch(
      new RegExp(`^search ${escape(PEOPLE)} at ${escape(ldapsUrl())}: self-signed certificate`),
    );
  });

  it('a caFile replaces the system CAs: a different CA is refused on both transports', async () => {
    const starttls = await failure(
      openDirectory({ url: slapd.url, starttls: true, caFile: otherCa.certFile, ...admin() }),
    );
    expect(starttls).toMatchObject({ operation: 'starttls', subject: slapd.url });
    expect(starttls.message).toMatch(UNTRUSTED);
    const ldaps = await failure(openDirectory({ url: ldapsUrl(), caFile: otherCa.certFile, ...admin() }));
    expect(ldaps).toMatchObject({ operation: 'bind', subject: `${slapd.adminDn} at ${ldapsUrl()}` });
    expect(ldaps.message).toMatch(UNTRUSTED);
  });

  it('refuses a certificate issued for another host name, on both transports', async () => {
    const mismatch = /Hostname\/IP does not match certificate's altnames: Host: localhost\./;
    const starttls = await failure(
      openDirectory({ url: wrongNameUrl, starttls: true, caFile: cert.certFile, ...admin() }),
    );
    expect(starttls).toMatchObject({ operation: 'starttls', subject: wrongNameUrl });
    expect(starttls.message).toMatch(mismatch);
    const ldaps = await failure(openDirectory({ url: wrongNameLdapsUrl, caFile: cert.certFile, ...admin() }));
    expect(ldaps).toMatchObject({ operation: 'bind', subject: `${slapd.adminDn} at ${wrongNameLdapsUrl}` });
    expect(ldaps.message).toMatch(mismatch);
  });

  it('connects to an untrusted server only when verification is turned off explicitly', async () => {
    await using source = await openDirectory({ url: ldapsUrl(), verifyCertificate: false, ...admin() });
    expect(await probeEntry(source)).toEqual(PROBE);
  });

  it('names the CA file it cannot read', async () => {
    const missing = path.join(dir, 'no-such-ca.pem');
    const error = await failure(
      openDirectory({ url: slapd.url, starttls: true, caFile: missing, ...admin() }),
    );
    expect(error).toMatchObject({ operation: 'connect', subject: slapd.url });
    expect(error.message).toBe(`connect ${slapd.url}: cannot read the CA file ${missing}`);
  });

  it('speaking ldaps:// to a plain LDAP port fails at bind, naming the URL', async () => {
    const url = slapd.url.replace('ldap://', 'ldaps://');
    const error = await failure(openDirectory({ url, caFile: cert.certFile, ...admin() }));
    expect(error).toMatchObject({ operation: 'bind', subject: `${slapd.adminDn} at ${url}` });
    expect(error.message).toMatch(/socket disconnected before secure TLS connection was established/);
  });
});

describe('a server without TLS', () => {
  let plain: SlapdInstance;
  beforeAll(async () => {
    plain = await startSlapd();
  });
  afterAll(async () => {
    await plain?.stop();
  });

  it('refuses StartTLS when it is requested, instead of binding in clear', async () => {
    const error = await failure(
      openDirectory({
        url: plain.url,
        starttls: true,
        caFile: cert.certFile,
        bindDn: plain.adminDn,
        bindPassword: plain.adminPassword,
        timeoutMs: 5000,
      }),
    );
    expect(error).toMatchObject({ operation: 'starttls', subject: plain.url, resultCode: 2 });
    expect(error.message).toBe(
      `starttls ${plain.url}: ProtocolError: unsupported extended operation Code: 0x2 (LDAP result code 2)`,
    );
  });
});

describe('xivo-sync export over StartTLS, the bind password from the environment', () => {
  /** The example mappings pointed at the TLS slapd; caFile relative to the repository. */
  async function makeRepo(source: { url: string; starttls?: boolean; caFile?: string }): Promise<string> {
    const repo = await testdir('tls-export');
    cpSync(path.join(FIXTURES, 'scenarios/mappings'), path.join(repo, 'mappings'), { recursive: true });
    mkdirSync(path.join(repo, 'tls'));
    cpSync(cert.certFile, path.join(repo, 'tls/directory-ca.pem'));
    const tls = [
      ...(source.starttls === undefined ? [] : [`  starttls: ${source.starttls}`]),
      ...(source.caFile === undefined ? [] : [`  caFile: ${source.caFile}`]),
    ].join('\n');
    const file = path.join(repo, 'mappings/directory.yml');
    const text = readFileSync(file, 'utf8')
      .replace(/\n {2}url: .*/, `\n  url: ${source.url}${tls === '' ? '' : `\n${tls}`}`)
      .replace(/\n {2}caFile: \/.*/, '')
      .replace(/bindDn: .*/, `bindDn: ${slapd.adminDn}`);
    writeFileSync(file, text);
    // The example's Lyon DID range is narrower than the numbers of the fixture people (as in export-cli.test.ts).
    const telephony = path.join(repo, 'mappings/telephony.yml');
    writeFileSync(
      telephony,
      readFileSync(telephony, 'utf8').replace(
        /ranges: \[\{ start: '\+334[^']*', end: '[^']*' \}\]/,
        "ranges: [{ start: '+33470000000', end: '+33479999999' }]",
      ),
    );
    return repo;
  }

  async function exportRun(repo: string, password: string, args: string[] = []) {
    const io = captureCli({ cwd: repo, env: { LDAP_BIND_PASSWORD: password } });
    const code = await runCli(['export', '--json', ...args], io.ctx);
    return { code, out: io.out(), err: io.err() };
  }

  function stateFiles(repo: string): Record<string, string> {
    const users = path.join(repo, 'state/users');
    return Object.fromEntries(
      readdirSync(users)
        .sort()
        .map((name) => [name, readFileSync(path.join(users, name), 'utf8')]),
    );
  }

  it('reads the same people as from the LDIF files, with caFile relative to the repository', async () => {
    const repo = await makeRepo({ url: slapd.url, starttls: true, caFile: 'tls/directory-ca.pem' });
    const run = await exportRun(repo, slapd.adminPassword);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { created: number }).created).toBeGreaterThan(0);

    const offline = await makeRepo({ url: slapd.url });
    const fromLdif = await exportRun(offline, slapd.adminPassword, ['--source', `ldif:${LDAP_BASE[0]}`]);
    expect(fromLdif.code).toBe(0);
    expect(stateFiles(repo)).toEqual(stateFiles(offline));
  });

  it('a wrong password from the environment fails the bind over TLS without printing it', async () => {
    const repo = await makeRepo({ url: slapd.url, starttls: true, caFile: 'tls/directory-ca.pem' });
    const run = await exportRun(repo, 'not-the-secret-42');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`^error: bind ${escape(slapd.adminDn)} at ${escape(slapd.url)}: InvalidCredentialsError`),
    );
    expect(run.err).not.toContain('not-the-secret-42');
  });

  it('without caFile the system CAs are used, so the throwaway certificate is refused', async () => {
    const repo = await makeRepo({ url: slapd.url, starttls: true });
    const run = await exportRun(repo, slapd.adminPassword);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^error: starttls ${escape(slapd.url)}: self-signed certificate`));
    expect(readdirSync(repo)).not.toContain('state');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
