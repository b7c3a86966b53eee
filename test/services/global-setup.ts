import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { AdServiceState, LdapServiceInfo } from '../helpers/services.ts';
import { startSamba } from './samba.ts';
import type { SambaInstance } from './samba.ts';
import { startSlapd } from './slapd.ts';
import { startSmtpSink } from './smtp.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Set to 1 to run without the Samba AD DC (e.g. not root); the AD tests then fail, saying so. */
const NO_AD_VARIABLE = 'XIVO_SYNC_TEST_NO_AD';

/** The service account of test/fixtures/ad/people.ldif (its unicodePwd there encodes this password). */
const AD_SERVICE_ACCOUNT = {
  dn: 'CN=svc-xivo-sync,CN=Users,DC=example,DC=com',
  upn: 'svc-xivo-sync@example.com',
  password: 'Sync!Passw0rd-Test',
};

async function ldifFilesIn(folder: string): Promise<string[]> {
  const dir = join(FIXTURES, folder);
  return (await readdir(dir))
    .filter((name) => name.endsWith('.ldif'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Starts the services shared by the whole run (one slapd, the Samba AD DC) and checks that an SMTP sink
 * can start (tests start their own in-process: the global setup runs in another process than the
 * tests, so an inbox here would be unreadable there). Any failure aborts the run with the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // On a fresh machine the services are missing: say so at once, with the one command that installs
  // them, instead of failing test by test.
  const needed = ['/usr/sbin/slapd', '/usr/sbin/slapadd'];
  if (process.env[NO_AD_VARIABLE] !== '1') needed.push('/usr/sbin/samba', '/usr/bin/samba-tool');
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `the test services are not installed (missing ${missing.join(', ')}): run \`bash .ci/run\`, which installs slapd and the Samba AD DC and then runs the tests`,
    );
  }
  const started = performance.now();
  const slapd = await startSlapd({ ldifFiles: await ldifFilesIn('ldap-base') });
  const slapdMs = performance.now() - started;
  let samba: SambaInstance | undefined;
  try {
    const sink = await startSmtpSink();
    await sink.stop();

    let adService: AdServiceState;
    if (process.env[NO_AD_VARIABLE] === '1') {
      adService = { isAvailable: false, reason: `${NO_AD_VARIABLE}=1 is set, so the run started without it` };
    } else {
      samba = await startSamba({ ldifFiles: await ldifFilesIn('ad') }).catch((error: unknown) => {
        throw new Error(
          `${String(error)}\n(to run without AD, e.g. as a non-root user, set ${NO_AD_VARIABLE}=1: the AD tests then fail instead)`,
          { cause: error },
        );
      });
      adService = {
        isAvailable: true,
        info: {
          url: samba.url,
          host: samba.host,
          port: samba.port,
          baseDn: samba.baseDn,
          realm: samba.realm,
          domain: samba.domain,
          adminDn: samba.adminDn,
          adminUpn: samba.adminUpn,
          adminPassword: samba.adminPassword,
          staffDn: `OU=Staff,${samba.baseDn}`,
          groupsDn: `OU=Groups,${samba.baseDn}`,
          serviceAccount: AD_SERVICE_ACCOUNT,
          version: samba.version,
        },
      };
    }

    const ldapService: LdapServiceInfo = {
      url: slapd.url,
      host: slapd.host,
      port: slapd.port,
      baseDn: slapd.baseDn,
      adminDn: slapd.adminDn,
      adminPassword: slapd.adminPassword,
      peopleDn: `ou=people,${slapd.baseDn}`,
      groupsDn: `ou=groups,${slapd.baseDn}`,
    };
    project.provide('ldapService', ldapService);
    project.provide('adService', adService);
  } catch (error) {
    await samba?.stop();
    await slapd.stop();
    throw error;
  }
  const total = performance.now() - started;
  console.log(
    `test services: slapd ${slapd.url} (${slapdMs.toFixed(0)} ms)` +
      (samba ? `, Samba AD DC ${samba.url} (${(total - slapdMs).toFixed(0)} ms)` : ', no Samba AD DC') +
      ', SMTP sink checked',
  );

  return async () => {
    await Promise.all([samba?.stop(), slapd.stop()]);
  };
}
