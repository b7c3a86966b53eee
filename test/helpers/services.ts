import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * Connection details of the shared services started once per run by test/services/global-setup.ts.
 * They are shared by every test file running in parallel: read from them freely, but a test that
 * writes should start its own slapd (`startSlapd` from test/services/slapd.ts, ~0.1 s) or, on the
 * shared AD, only touch entries with names unique to that test.
 */
export interface LdapServiceInfo {
  url: string;
  host: string;
  port: number;
  baseDn: string;
  /** rootdn: bypasses ACLs and limits. */
  adminDn: string;
  adminPassword: string;
  /** `ou=people,dc=example,dc=com`: the people of test/fixtures/ldap-base/. */
  peopleDn: string;
  /** `ou=groups,dc=example,dc=com`. */
  groupsDn: string;
}

export interface AdServiceInfo {
  url: string;
  host: string;
  port: number;
  /** `DC=example,DC=com`. */
  baseDn: string;
  realm: string;
  domain: string;
  adminDn: string;
  /** `Administrator@example.com`. */
  adminUpn: string;
  adminPassword: string;
  /** `OU=Staff,DC=example,DC=com`: the people of test/fixtures/ad/people.ldif. */
  staffDn: string;
  /** `OU=Groups,DC=example,DC=com`. */
  groupsDn: string;
  /** The service account of test/fixtures/ad/people.ldif, as the tool would bind. */
  serviceAccount: { dn: string; upn: string; password: string };
  /** Samba version, e.g. `4.17.12-Debian`. */
  version: string;
}

/** Either the AD service, or why the run has none (so AD tests can fail saying why). */
export type AdServiceState =
  { isAvailable: true; info: AdServiceInfo } | { isAvailable: false; reason: string };

declare module 'vitest' {
  interface ProvidedContext {
    ldapService: LdapServiceInfo;
    adService: AdServiceState;
  }
}

/** The shared OpenLDAP slapd, seeded with test/fixtures/ldap-base/*.ldif. */
export function ldapService(): LdapServiceInfo {
  return inject('ldapService');
}

/**
 * The shared Samba AD DC, seeded with test/fixtures/ad/*.ldif. Throws (failing the calling test, never
 * skipping it) when the run was started without AD.
 */
export function adService(): AdServiceInfo {
  const state = inject('adService');
  if (!state.isAvailable) throw new Error(`the Samba AD DC is not running in this test run: ${state.reason}`);
  return state.info;
}

/**
 * mappings/directory.yml of `repo` pointed at the Samba AD DC below `baseDn`: the service account
 * binds (password from $AD_BIND_PASSWORD), people are users with a mail, keyed by objectGUID and
 * disabled by userAccountControl. `extra`: more `source:` lines, e.g. `pageSize: 2`.
 */
export function writeAdDirectory(
  repo: string,
  ad: AdServiceInfo,
  baseDn: string,
  extra: string[] = [],
): void {
  writeFileSync(
    path.join(repo, 'mappings/directory.yml'),
    [
      'source:',
      `  url: ${ad.url}`,
      `  bindDn: ${ad.serviceAccount.upn}`,
      '  bindPassword: ${AD_BIND_PASSWORD}',
      `  baseDns: ['${baseDn}']`,
      '  filter: (&(objectClass=user)(mail=*))',
      ...extra.map((line) => `  ${line}`),
      '  identifier: { attribute: objectGUID, format: guid }',
      '  disabled: { adUserAccountControl: true }',
      'identity: { xivoField: userfield }',
      '',
    ].join('\n'),
  );
}
