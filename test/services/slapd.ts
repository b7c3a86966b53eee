import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'ldapts';
import { captureOutput, delay, findFreePort, killOnExit, stopChild } from './process.ts';
import { ServiceError, tailOf } from './service-error.ts';

const execFileAsync = promisify(execFile);

const HOST = '127.0.0.1';
const BASE_DN = 'dc=example,dc=com';
const ADMIN_DN = 'cn=admin,dc=example,dc=com';
const SLAPD = '/usr/sbin/slapd';
const SLAPADD = '/usr/sbin/slapadd';

export interface SlapdOptions {
  /** LDIF texts seeded after the base entries, in order (default: none). */
  ldif?: string[];
  /** LDIF files seeded after `ldif`, in order (default: none). */
  ldifFiles?: string[];
  /** How long to wait for the first successful bind, in ms (default: 10 000). */
  readyTimeoutMs?: number;
  /**
   * Serve TLS with this certificate: StartTLS on `url` and a second, ldaps:// listener on `ldapsUrl`
   * (default: no TLS, so StartTLS is refused).
   */
  tls?: SlapdTlsOptions;
}

export interface SlapdTlsOptions {
  /** PEM server certificate. */
  certFile: string;
  /** PEM private key of `certFile`, unencrypted. */
  keyFile: string;
  /** PEM CA certificate(s) of the chain (default: `certFile`, which suits a self-signed certificate). */
  caFile?: string;
}

/** A private, running slapd. Entries under `baseDn`: `ou=people`, `ou=groups`, `ou=policies`. */
export interface SlapdInstance {
  url: string;
  host: string;
  port: number;
  /** `ldaps://127.0.0.1:<port>`, only when started with `tls`. */
  ldapsUrl?: string;
  ldapsPort?: number;
  baseDn: 'dc=example,dc=com';
  /** The rootdn: no ACL or size limit applies to it. */
  adminDn: string;
  /** Random per instance. */
  adminPassword: string;
  /** Temp dir holding config, database and pid file; removed by `stop()`. */
  dir: string;
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * The custom schema lets tests exercise attributes a directory admin added (mapping rules may read
 * them). OIDs are under OpenLDAP's experimental arc, which is meant for exactly this.
 */
const CUSTOM_SCHEMA = `attributetype ( 1.3.6.1.4.1.4203.666.11.99.1.1 NAME 'exampleCostCenter'
        DESC 'test: cost center code'
        EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
        SYNTAX 1.3.6.1.4.1.1466.115.121.1.15{64} SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.4203.666.11.99.1.2 NAME 'exampleBadgeId'
        DESC 'test: badge number'
        EQUALITY integerMatch ORDERING integerOrderingMatch
        SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.4203.666.11.99.2.1 NAME 'examplePerson'
        DESC 'test: auxiliary class carrying custom attributes'
        SUP top AUXILIARY MAY ( exampleCostCenter $ exampleBadgeId ) )
`;

const BASE_LDIF = `dn: dc=example,dc=com
objectClass: top
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: ou=people,dc=example,dc=com
objectClass: organizationalUnit
ou: people

dn: ou=groups,dc=example,dc=com
objectClass: organizationalUnit
ou: groups

dn: ou=policies,dc=example,dc=com
objectClass: organizationalUnit
ou: policies

dn: cn=default,ou=policies,dc=example,dc=com
objectClass: device
objectClass: pwdPolicy
cn: default
pwdAttribute: userPassword
pwdMaxFailure: 3
pwdLockout: TRUE
pwdLockoutDuration: 60
pwdFailureCountInterval: 60
`;

function renderSlapdConf(dir: string, adminPassword: string, tls: SlapdTlsOptions | undefined): string {
  // Tested recipe from ldap-test-servers.md §1.2, plus memberof. Overlay notes:
  // - ppolicy defines pwdAccountLockedTime, which fixtures use for locked/disabled accounts.
  // - memberof defines memberOf, so fixtures may carry memberOf values: slapadd accepts them as written
  //   (overlays do not run during slapadd), and LDAP adds/modifies of groups keep them up to date.
  // - accesslog + syncprov give the change feeds (entryCSN, cn=accesslog) incremental reads need.
  // - dbnosync: no fsync per write; the data is thrown away anyway, and writes get ~4x faster.
  // TLS directives are global, so they must come before the first database. Debian's slapd uses
  // GnuTLS, which reads the PKCS#8 key `openssl req -nodes` writes; slapd runs as the caller (no -u),
  // so files the caller can read are enough.
  const tlsConf =
    tls === undefined
      ? ''
      : `TLSCACertificateFile    ${tls.caFile ?? tls.certFile}
TLSCertificateFile      ${tls.certFile}
TLSCertificateKeyFile   ${tls.keyFile}
TLSVerifyClient         never
`;
  return `include         /etc/ldap/schema/core.schema
include         /etc/ldap/schema/cosine.schema
include         /etc/ldap/schema/inetorgperson.schema
include         /etc/ldap/schema/nis.schema
include         ${dir}/custom.schema

pidfile         ${dir}/run/slapd.pid
argsfile        ${dir}/run/slapd.args

modulepath      /usr/lib/ldap
moduleload      back_mdb
moduleload      syncprov
moduleload      accesslog
moduleload      ppolicy
moduleload      memberof
moduleload      sssvlv

loglevel        none
sizelimit       unlimited
timelimit       unlimited
${tlsConf}
database        mdb
suffix          "cn=accesslog"
rootdn          "${ADMIN_DN}"
directory       ${dir}/accesslog
maxsize         1073741824
dbnosync
index           default eq
index           entryCSN,objectClass,reqEnd,reqResult,reqStart,reqDN
overlay         syncprov
syncprov-nopresent TRUE
syncprov-reloadhint TRUE

database        mdb
suffix          "${BASE_DN}"
rootdn          "${ADMIN_DN}"
rootpw          ${adminPassword}
directory       ${dir}/data
maxsize         4294967296
dbnosync
index           objectClass eq
index           uid,mail,cn,sn,employeeNumber eq
index           member,memberOf eq
index           entryCSN,entryUUID eq
index           modifyTimestamp,createTimestamp eq
access to attrs=userPassword
        by self write
        by anonymous auth
        by * none
access to *
        by * read

overlay         syncprov
syncprov-checkpoint 100 10
syncprov-sessionlog 10000

overlay         accesslog
logdb           "cn=accesslog"
logops          writes
logsuccess      TRUE
logpurge        07+00:00 01+00:00

overlay         memberof
memberof-group-oc groupOfNames
memberof-member-ad member
memberof-memberof-ad memberOf
memberof-refint TRUE

overlay         ppolicy
ppolicy_default "cn=default,ou=policies,${BASE_DN}"
ppolicy_use_lockout

overlay         sssvlv
`;
}

/**
 * Starts a private OpenLDAP slapd on 127.0.0.1 (a free port), seeded with the base entries and then
 * `options.ldif` and `options.ldifFiles` through `slapadd -q`. About 60–100 ms; cheap enough for one per
 * test file. With `options.tls` it also offers StartTLS and listens for ldaps:// on a second free port.
 * Throws a ServiceError quoting slapadd's or slapd's output when it cannot start (a certificate or key
 * slapd cannot load makes it exit at start-up).
 */
export async function startSlapd(options: SlapdOptions = {}): Promise<SlapdInstance> {
  const dir = await mkdtemp(join(tmpdir(), 'xivo-sync-slapd-'));
  try {
    return await startIn(dir, options);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function startIn(dir: string, options: SlapdOptions): Promise<SlapdInstance> {
  // Alphanumeric only: it goes into slapd.conf unquoted.
  const adminPassword = randomBytes(18).toString('hex');
  const conf = join(dir, 'slapd.conf');
  await Promise.all(['run', 'data', 'accesslog'].map((sub) => mkdir(join(dir, sub))));
  await writeFile(join(dir, 'custom.schema'), CUSTOM_SCHEMA);
  await writeFile(conf, renderSlapdConf(dir, adminPassword, options.tls));

  const extraFiles = await Promise.all((options.ldifFiles ?? []).map((file) => readFile(file, 'utf8')));
  // Entries are separated by blank lines, so joining with one keeps every record intact.
  const seed = [BASE_LDIF, ...(options.ldif ?? []), ...extraFiles].join('\n\n');
  const seedFile = join(dir, 'seed.ldif');
  await writeFile(seedFile, seed);
  try {
    await execFileAsync(SLAPADD, ['-q', '-f', conf, '-b', BASE_DN, '-l', seedFile]);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    // slapadd names the failing DN; its line numbers count in the concatenated seed, not in the inputs.
    const inputs = [`${options.ldif?.length ?? 0} LDIF text(s)`, ...(options.ldifFiles ?? [])].join(', ');
    throw new ServiceError(
      'slapd',
      `slapadd rejected the seed (base entries, then ${inputs}): ${tailOf(stderr || String(error))}`,
      {
        cause: error,
      },
    );
  }

  // The port is free when probed but may be taken before slapd binds it: retry with another one.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(HOST);
    let ldapsPort: number | undefined;
    // Probed until distinct: both probes release their port, so the kernel may hand out the same one.
    while (options.tls !== undefined && (ldapsPort === undefined || ldapsPort === port)) {
      ldapsPort = await findFreePort(HOST);
    }
    const result = await launch(dir, conf, port, ldapsPort, adminPassword, options.readyTimeoutMs ?? 10_000);
    if (result.kind === 'started') return result.instance;
    if (!result.isAddressInUse || attempt === 5) {
      const ports = ldapsPort === undefined ? `${port}` : `${port} (ldaps ${ldapsPort})`;
      throw new ServiceError('slapd', `did not start on ${HOST}:${ports}: ${result.reason}`);
    }
  }
}

type LaunchResult =
  { kind: 'started'; instance: SlapdInstance } | { kind: 'failed'; reason: string; isAddressInUse: boolean };

async function launch(
  dir: string,
  conf: string,
  port: number,
  ldapsPort: number | undefined,
  adminPassword: string,
  readyTimeoutMs: number,
): Promise<LaunchResult> {
  const url = `ldap://${HOST}:${port}`;
  const ldapsUrl = ldapsPort === undefined ? undefined : `ldaps://${HOST}:${ldapsPort}`;
  const listeners = ldapsUrl === undefined ? `${url}/` : `${url}/ ${ldapsUrl}/`;
  // -d 32768 ("none"): stay in the foreground so the handle can stop it, and print only errors.
  const child = spawn(SLAPD, ['-d', '32768', '-f', conf, '-h', listeners], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const removeExitHook = killOnExit(child, dir);
  let failure: string | undefined;
  child.once('error', (error) => {
    failure = `cannot run ${SLAPD}: ${error.message}`;
  });
  child.once('exit', (code, signal) => {
    failure ??= `slapd exited (${code ?? signal})`;
  });

  const deadline = Date.now() + readyTimeoutMs;
  let lastError: unknown;
  for (;;) {
    if (failure !== undefined) {
      removeExitHook();
      const text = output();
      // "daemon: bind(6) failed errno=98 (Address already in use)"
      return {
        kind: 'failed',
        reason: `${failure}: ${tailOf(text)}`,
        isAddressInUse: /errno=98\b/.test(text),
      };
    }
    if (Date.now() > deadline) {
      await stopChild(child, 'SIGKILL');
      removeExitHook();
      return {
        kind: 'failed',
        reason: `no successful bind within ${readyTimeoutMs} ms (last error: ${String(lastError)}); output: ${tailOf(output())}`,
        isAddressInUse: false,
      };
    }
    const client = new Client({ url, connectTimeout: 200, timeout: 1000 });
    try {
      await client.bind(ADMIN_DN, adminPassword);
      break;
    } catch (error) {
      lastError = error;
    } finally {
      // A client whose bind failed keeps its socket open and would hold the process.
      await client.unbind().catch(() => undefined);
    }
    await delay(10);
  }

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      // SIGINT is slapd's clean shutdown (flushes and closes the mdb environment).
      await stopChild(child, 'SIGINT');
      removeExitHook();
      await rm(dir, { recursive: true, force: true });
    })();
    return stopped;
  };
  return {
    kind: 'started',
    instance: {
      url,
      host: HOST,
      port,
      ...(ldapsUrl === undefined ? {} : { ldapsUrl, ldapsPort }),
      baseDn: BASE_DN,
      adminDn: ADMIN_DN,
      adminPassword,
      dir,
      stop,
      [Symbol.asyncDispose]: stop,
    },
  };
}
