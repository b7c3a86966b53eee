import { execFile, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Attribute, Client } from 'ldapts';
import { readLdifFiles } from './ldif.ts';
import type { LdifEntry } from './ldif.ts';
import { captureOutput, delay, isPortFree, killOnExit, stopChild } from './process.ts';
import { ServiceError, tailOf } from './service-error.ts';

const execFileAsync = promisify(execFile);

const REALM = 'EXAMPLE.COM';
const DOMAIN = 'EXAMPLE';
const BASE_DN = 'DC=example,DC=com';
const PORT = 389;
/** Bump when the provisioning recipe changes, so cached golden copies are rebuilt. */
const RECIPE = 1;

export interface SambaOptions {
  /** LDIF files whose entries are added over LDAP after start, in order (default: none). */
  ldifFiles?: string[];
  /** How long to wait for the first successful bind, in ms (default: 30 000). */
  readyTimeoutMs?: number;
}

/** A running Samba AD DC serving LDAP on `host`:389. */
export interface SambaInstance {
  url: string;
  host: string;
  port: number;
  baseDn: 'DC=example,DC=com';
  realm: string;
  domain: string;
  /** `CN=Administrator,CN=Users,DC=example,DC=com`. */
  adminDn: string;
  /** `Administrator@example.com`: AD also accepts the UPN as a bind name. */
  adminUpn: string;
  /** Random, chosen when the golden copy was provisioned. */
  adminPassword: string;
  /** Samba version the golden copy was provisioned with, e.g. `4.17.12-Debian`. */
  version: string;
  dir: string;
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

interface Golden {
  tarball: string;
  adminPassword: string;
  version: string;
}

/**
 * Starts a Samba AD DC (LDAP service only, one process) on port 389 of a loopback address of its own,
 * restored from a cached "golden" provisioned copy (~0.5 s; the first run on a machine provisions it,
 * ~6 s), then adds the entries of `options.ldifFiles` over LDAP.
 *
 * Needs root: provisioning chowns files and AD listens on 389. The address is a random one in
 * 127.0.0.0/8 rather than 127.0.0.1, so that several test runs on one machine (or a leftover instance)
 * never fight over 127.0.0.1:389.
 */
export async function startSamba(options: SambaOptions = {}): Promise<SambaInstance> {
  if (process.getuid?.() !== 0) {
    throw new ServiceError(
      'samba',
      'Samba AD DC needs root (port 389, and provisioning chowns files); run the suite as root, as CI does',
    );
  }
  const golden = await ensureGolden();
  const dir = await mkdtemp(join(tmpdir(), 'xivo-sync-samba-'));
  try {
    await execFileAsync('tar', ['-xzf', golden.tarball, '-C', dir]);
    await mkdir(join(dir, 'run'), { recursive: true });
    const host = await pickLoopbackAddress();
    await writeFile(join(dir, 'etc', 'smb.conf'), renderSmbConf(dir, host));
    const instance = await launch(dir, host, golden, options.readyTimeoutMs ?? 30_000);
    try {
      if (options.ldifFiles?.length) await seed(instance, await readLdifFiles(options.ldifFiles));
    } catch (error) {
      await instance.stop();
      throw error;
    }
    return instance;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The whole configuration, rewritten at every start: the golden copy can then be restored anywhere
 * (smb.conf is the only file holding absolute paths), and provision-time `--option`s, which Samba
 * mostly does not persist, are not relied upon.
 */
function renderSmbConf(dir: string, host: string): string {
  return `[global]
	netbios name = DC1
	realm = ${REALM}
	workgroup = ${DOMAIN}
	server role = active directory domain controller
	# LDAP only: no KDC, DNS, SMB or RPC; simple binds work without them.
	server services = ldap
	interfaces = ${host}/8
	bind interfaces only = yes
	# Plain-LDAP simple binds are refused otherwise ("Strong(er) authentication required").
	ldap server require strong auth = no
	# No LDAPS: generating the self-signed certificate would add ~3 s to every start.
	tls enabled = no
	private dir = ${dir}/private
	state directory = ${dir}/state
	cache directory = ${dir}/cache
	lock directory = ${dir}
	binddns dir = ${dir}/bind-dns
	pid directory = ${dir}/run
	log file = ${dir}/log.%m
	idmap_ldb:use rfc2307 = yes
`;
}

async function sambaVersion(): Promise<string> {
  try {
    const { stdout } = await execFileAsync('samba', ['--version']);
    return stdout.trim().replace(/^Version\s+/, '');
  } catch (error) {
    throw new ServiceError(
      'samba',
      'cannot run `samba --version`; install the AD DC packages: apt-get install samba samba-ad-dc samba-ad-provision samba-dsdb-modules winbind ldb-tools',
      { cause: error },
    );
  }
}

/**
 * Provisions once per machine and Samba version, then reuses a tarball of the result. The cache dir
 * (tarball + password) is built under a temporary name and renamed into place in one step, so a
 * concurrent first run either finds a complete pair or builds its own; the slower one drops its copy.
 */
async function ensureGolden(): Promise<Golden> {
  const version = await sambaVersion();
  const cacheDir = join(tmpdir(), `xivo-sync-samba-golden-${version.replace(/[^\w.-]/g, '_')}-r${RECIPE}`);
  if (existsSync(join(cacheDir, 'golden.json'))) return readGolden(cacheDir, version);

  // AD password complexity: upper, lower, digit and symbol; base64url adds the rest.
  const adminPassword = `Xs1!${randomBytes(12).toString('base64url')}`;
  const work = await mkdtemp(join(tmpdir(), 'xivo-sync-samba-provision-'));
  const building = `${cacheDir}.building-${process.pid}-${randomInt(1e9)}`;
  try {
    await execFileAsync(
      'samba-tool',
      [
        'domain',
        'provision',
        `--targetdir=${work}`,
        `--realm=${REALM}`,
        `--domain=${DOMAIN}`,
        '--server-role=dc',
        '--dns-backend=NONE',
        '--use-rfc2307',
        '--host-name=dc1',
        `--adminpass=${adminPassword}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new ServiceError(
        'samba',
        `samba-tool domain provision failed: ${tailOf(`${stdout}\n${stderr}`)}`,
        {
          cause: error,
        },
      );
    });
    await mkdir(building, { mode: 0o700 });
    await execFileAsync('tar', ['-czf', join(building, 'golden.tgz'), '-C', work, '.']);
    // Written last: its presence is what marks the cache complete.
    await writeFile(join(building, 'golden.json'), JSON.stringify({ adminPassword, version }), {
      mode: 0o600,
    });
    try {
      await rename(building, cacheDir);
    } catch (error) {
      // ENOTEMPTY/EEXIST: a concurrent run finished first; use its copy.
      if (!existsSync(join(cacheDir, 'golden.json'))) throw error;
    }
  } finally {
    await Promise.all([
      rm(work, { recursive: true, force: true }),
      rm(building, { recursive: true, force: true }),
    ]);
  }
  return readGolden(cacheDir, version);
}

async function readGolden(cacheDir: string, version: string): Promise<Golden> {
  const meta = JSON.parse(await readFile(join(cacheDir, 'golden.json'), 'utf8')) as { adminPassword: string };
  return { tarball: join(cacheDir, 'golden.tgz'), adminPassword: meta.adminPassword, version };
}

async function pickLoopbackAddress(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const host = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    if (await isPortFree(host, PORT)) return host;
  }
  throw new ServiceError('samba', `no loopback address with port ${PORT} free after 20 tries`);
}

async function launch(
  dir: string,
  host: string,
  golden: Golden,
  readyTimeoutMs: number,
): Promise<SambaInstance> {
  const url = `ldap://${host}:${PORT}`;
  const adminUpn = `Administrator@${REALM.toLowerCase()}`;
  // -i: foreground, and Samba exits when its stdin closes, so it cannot outlive this process even on
  // SIGKILL. -M single: one process (~80 MB) instead of ~40.
  const child = spawn('samba', ['-s', join(dir, 'etc', 'smb.conf'), '-M', 'single', '-i'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const removeExitHook = killOnExit(child, dir);
  let failure: string | undefined;
  child.once('error', (error) => {
    failure = `cannot run samba: ${error.message}`;
  });
  child.once('exit', (code, signal) => {
    failure ??= `samba exited (${code ?? signal})`;
  });

  const deadline = Date.now() + readyTimeoutMs;
  let lastError: unknown;
  for (;;) {
    if (failure !== undefined) {
      removeExitHook();
      throw new ServiceError('samba', `did not start on ${url}: ${failure}: ${tailOf(output())}`);
    }
    if (Date.now() > deadline) {
      await stopChild(child, 'SIGKILL');
      removeExitHook();
      throw new ServiceError(
        'samba',
        `no successful bind on ${url} within ${readyTimeoutMs} ms (last error: ${String(lastError)}); output: ${tailOf(output())}`,
      );
    }
    const client = new Client({ url, connectTimeout: 500, timeout: 2000 });
    try {
      await client.bind(adminUpn, golden.adminPassword);
      break;
    } catch (error) {
      lastError = error;
    } finally {
      await client.unbind().catch(() => undefined);
    }
    await delay(25);
  }

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      await stopChild(child, 'SIGTERM');
      removeExitHook();
      await rm(dir, { recursive: true, force: true });
    })();
    return stopped;
  };
  return {
    url,
    host,
    port: PORT,
    baseDn: BASE_DN,
    realm: REALM,
    domain: DOMAIN,
    adminDn: `CN=Administrator,CN=Users,${BASE_DN}`,
    adminUpn,
    adminPassword: golden.adminPassword,
    version: golden.version,
    dir,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** Adds the entries over LDAP, as an admin tool would: the DC assigns objectGUID, objectSid, USNs. */
async function seed(instance: SambaInstance, entries: LdifEntry[]): Promise<void> {
  const client = new Client({ url: instance.url, timeout: 10_000 });
  try {
    await client.bind(instance.adminUpn, instance.adminPassword);
    for (const entry of entries) {
      const attributes = [...entry.attributes].map(([type, values]) =>
        values.every((value) => typeof value === 'string')
          ? new Attribute({ type, values })
          : new Attribute({ type, values: values.map((value) => Buffer.from(value)) }),
      );
      try {
        await client.add(entry.dn, attributes);
      } catch (error) {
        throw new ServiceError(
          'samba',
          `seeding failed at ${entry.source}:${entry.line} (${entry.dn}): ${String(error)}`,
          {
            cause: error,
          },
        );
      }
    }
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
