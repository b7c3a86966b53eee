import { isIP } from 'node:net';
import { ConfigError } from '../errors.ts';

/*
 * Which connections may carry credentials. A bind password, the XiVO login or a generated user
 * password is never sent in clear text over a network: ldap:// needs StartTLS, XiVO needs https://.
 * A loopback host is exempt (the traffic never leaves the machine: a tunnel, a local proxy, a test
 * server); anything else needs the explicit `insecure: true`, and then every run says so.
 */

/** 127.0.0.0/8, ::1 and localhost. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/** `scheme://host[:port]` of a URL: no credentials, path or query, so it is safe to print. */
function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(an unparsable URL)';
  }
}

function parse(url: string, setting: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The text may hold a password: it is not repeated.
    throw new ConfigError(`${setting} is not a URL`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ConfigError(
      `${setting} carries credentials (${safeOrigin(url)}): remove them from the URL; credentials come from the environment (see docs/configuration.md)`,
    );
  }
  return parsed;
}

/**
 * Checks the directory URL: refuses credentials in it, and a plain ldap:// without StartTLS to a host
 * that is not loopback unless `insecure`. Returns the warning to print when `insecure` lets it through.
 */
export function checkLdapTransport(
  url: string,
  options: { starttls: boolean; insecure: boolean },
  setting: string,
): string | undefined {
  const parsed = parse(url, setting);
  if (parsed.protocol !== 'ldap:' || options.starttls || isLoopback(parsed.hostname)) return undefined;
  const origin = safeOrigin(url);
  if (options.insecure) {
    return `${setting} ${origin} is plain LDAP without StartTLS: the bind password and the directory travel in clear text (source.insecure: true)`;
  }
  throw new ConfigError(
    `${setting} ${origin} would send the bind password and the directory in clear text: set source.starttls: true (with source.caFile for a private CA), use ldaps://, or accept it with source.insecure: true`,
  );
}

/**
 * Checks a XiVO URL (confd, auth or web services): refuses credentials in it, and plain http:// to a
 * host that is not loopback unless `insecure`. Returns the warning to print when `insecure` lets it
 * through.
 */
export function checkHttpTransport(url: string, insecure: boolean, setting: string): string | undefined {
  const parsed = parse(url, setting);
  if (parsed.protocol !== 'http:' || isLoopback(parsed.hostname)) return undefined;
  const origin = safeOrigin(url);
  if (insecure) {
    return `${setting} ${origin} is plain HTTP: the XiVO login and the generated user passwords travel in clear text (xivo.insecure: true)`;
  }
  throw new ConfigError(
    `${setting} ${origin} would send the XiVO login and the generated user passwords in clear text: use https:// (with xivo.caFile for a self-signed certificate), or accept it with xivo.insecure: true`,
  );
}

/**
 * Checks a forge API URL (GitHub, GitLab): refuses credentials in it, and plain http:// to a host that
 * is not loopback. There is no `insecure` escape: a forge token opens the whole repository, and every
 * forge serves its API over HTTPS.
 */
export function checkForgeTransport(url: string, setting: string): void {
  const parsed = parse(url, setting);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname))) return;
  throw new ConfigError(
    parsed.protocol === 'http:'
      ? `${setting} ${safeOrigin(url)} would send the forge token in clear text: use https://`
      : `${setting} ${safeOrigin(url)} is not an http(s):// URL`,
  );
}
