import path from 'node:path';
import { ConfigError } from '../errors.ts';
import type { ResolvedConfig } from './resolve-config.ts';
import { envRefName, resolveEnvRef } from './resolve-env.ts';
import { checkHttpTransport, checkLdapTransport } from './transport-security.ts';

/** The process environment, or a stand-in in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/*
 * One policy for the three services (docs/configuration.md, "Environment"):
 * - a connection setting written in mappings/ can be overridden by `<SERVICE>_<SETTING>` (LDAP_URL,
 *   XIVO_URL, SMTP_HOST…), so that one repository can be pointed at a test server;
 * - a credential is never written in mappings/: the mapping names its variable (`${NAME}`), or, when it
 *   says nothing, the conventional variable is read (LDAP_BIND_PASSWORD, XIVO_USER, SMTP_PASSWORD…);
 * - a file path from mappings/ is relative to the repository, one from the environment to the working
 *   directory;
 * - a needed value that is missing is an error naming the setting and the variable, never the value.
 */

export interface LdapConnection {
  url: string;
  starttls: boolean;
  caFile?: string;
  bindDn?: string;
  bindPassword?: string;
  timeoutMs: number;
}

export interface XivoConnection {
  /** confd's base URL. */
  baseUrl: string;
  /** xivo-auth's base URL (XiVO: `https://host:9497`; the emulator and a proxy serve it beside confd). */
  authUrl: string;
  /** PEM file trusted for XiVO's HTTPS (only used with https). */
  caFile?: string;
  username: string;
  password: string;
  /** The agents web services' account, when one is configured (used only where confd has no agents). */
  webservices?: { url: string; username: string; password: string };
}

export interface SmtpConnection {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

export interface ConnectionContext {
  env: Env;
  /** Repository holding mappings/: relative paths written there are relative to it. */
  repoDir: string;
  /** Working directory: relative paths given in the environment are relative to it. */
  cwd: string;
  /**
   * Told, on every run, of a connection that `insecure: true` lets through in clear text.
   * (Default: a Node.js process warning on stderr)
   */
  onWarning?: (message: string) => void;
}

function warn(context: Pick<ConnectionContext, 'onWarning'>, message: string | undefined): void {
  if (message === undefined) return;
  if (context.onWarning) context.onWarning(message);
  else process.emitWarning(message, 'InsecureTransportWarning');
}

/**
 * The directory connection: `LDAP_URL`, `LDAP_CA_FILE` and `LDAP_BIND_DN` override source.url, caFile
 * and bindDn; with a bind DN, the password is source.bindPassword's `${NAME}`, else LDAP_BIND_PASSWORD.
 * Without a bind DN the bind is anonymous.
 */
export function resolveLdapConnection(
  config: ResolvedConfig,
  context: ConnectionContext,
  /** `export --source ldap://…`: a URL given on the command line, overriding the others. */
  override?: { url: string; setting: string },
): LdapConnection {
  const { env, repoDir, cwd } = context;
  const { source } = config;
  const bindDn = setting(env, 'LDAP_BIND_DN') ?? source.bindDn;
  const caFile = fileSetting(env, 'LDAP_CA_FILE', cwd) ?? relativeTo(repoDir, source.caFile);
  const fromEnv = setting(env, 'LDAP_URL');
  const [url, urlSetting] =
    override !== undefined
      ? [override.url, override.setting]
      : fromEnv !== undefined
        ? [fromEnv, 'LDAP_URL']
        : [source.url, 'source.url'];
  warn(context, checkLdapTransport(url, source, urlSetting));
  return {
    url,
    starttls: source.starttls,
    timeoutMs: source.timeoutMs,
    ...(caFile === undefined ? {} : { caFile }),
    ...(bindDn === undefined
      ? {}
      : {
          bindDn,
          bindPassword: secret(env, source.bindPassword, 'LDAP_BIND_PASSWORD', 'source.bindPassword'),
        }),
  };
}

/**
 * The directory connection of write-back: the export's (same URL, TLS and transport rules), bound as
 * `writeBack.bindDn` with `writeBack.bindPassword`'s `${NAME}` (else LDAP_WRITE_PASSWORD) when the
 * mapping names a separate writer; otherwise as the export's account.
 */
export function resolveWriteBackConnection(
  config: ResolvedConfig,
  context: ConnectionContext,
  override?: { url: string; setting: string },
): LdapConnection {
  const writer = config.writeBack?.bindDn;
  if (writer === undefined) return resolveLdapConnection(config, context, override);
  const { bindDn: _reader, bindPassword: _readerPassword, ...source } = config.source;
  const connection = resolveLdapConnection({ ...config, source }, context, override);
  return {
    ...connection,
    bindDn: writer,
    bindPassword: secret(
      context.env,
      config.writeBack?.bindPassword,
      'LDAP_WRITE_PASSWORD',
      'writeBack.bindPassword',
    ),
  };
}

/**
 * The XiVO connection: `XIVO_URL`, `XIVO_AUTH_URL` and `XIVO_CA_FILE` override xivo.url, the auth URL
 * (default: the same base URL) and xivo.caFile; the credentials are xivo.username / xivo.password's
 * `${NAME}`, else XIVO_USER / XIVO_PASSWORD.
 */
export function resolveXivoConnection(config: ResolvedConfig, context: ConnectionContext): XivoConnection {
  const { env, repoDir, cwd } = context;
  const fromEnv = setting(env, 'XIVO_URL');
  const baseUrl = fromEnv ?? config.xivo?.url;
  if (baseUrl === undefined) throw new ConfigError('no XiVO to talk to: set XIVO_URL or mappings/ xivo.url');
  const authUrl = setting(env, 'XIVO_AUTH_URL') ?? baseUrl;
  const ws = webServices(config, env, baseUrl);
  // Each URL that carries a credential is checked, under the name it was set by, before any secret is
  // read; one warning per insecure URL, however many services share it.
  const urls: Array<[string, string]> = [[baseUrl, fromEnv !== undefined ? 'XIVO_URL' : 'xivo.url']];
  if (authUrl !== baseUrl) urls.push([authUrl, 'XIVO_AUTH_URL']);
  const wsUrl = ws.webservices?.url;
  if (wsUrl !== undefined && wsUrl !== baseUrl) {
    urls.push([wsUrl, setting(env, 'XIVO_WS_URL') !== undefined ? 'XIVO_WS_URL' : 'xivo.webservices.url']);
  }
  for (const [url, name] of urls)
    warn(context, checkHttpTransport(url, config.xivo?.insecure ?? false, name));
  const caFile = fileSetting(env, 'XIVO_CA_FILE', cwd) ?? relativeTo(repoDir, config.xivo?.caFile);
  return {
    baseUrl,
    authUrl,
    ...(caFile !== undefined && baseUrl.startsWith('https:') ? { caFile } : {}),
    username: secret(env, config.xivo?.username, 'XIVO_USER', 'xivo.username'),
    password: secret(env, config.xivo?.password, 'XIVO_PASSWORD', 'xivo.password'),
    ...ws,
  };
}

/**
 * The web-services account: `XIVO_WS_URL` overrides xivo.webservices.url (default: the XiVO URL);
 * the credentials are xivo.webservices.username / password's `${NAME}`, else XIVO_WS_USER /
 * XIVO_WS_PASSWORD. Unset credentials are not an error: only a XiVO without confd agents needs them,
 * and there the plan names what is missing.
 */
function webServices(config: ResolvedConfig, env: Env, baseUrl: string): Pick<XivoConnection, 'webservices'> {
  const ws = config.xivo?.webservices;
  const username = lenientSecret(env, ws?.username, 'XIVO_WS_USER', 'xivo.webservices.username');
  const password = lenientSecret(env, ws?.password, 'XIVO_WS_PASSWORD', 'xivo.webservices.password');
  if (username === undefined || password === undefined) return {};
  return {
    webservices: {
      url: setting(env, 'XIVO_WS_URL') ?? ws?.url ?? webInterfaceUrl(baseUrl),
      username,
      password,
    },
  };
}

/**
 * The web interface of a XiVO whose HTTPS URL names confd's port (9486) is the same host on the
 * default HTTPS port; any other URL (a proxy, the plain-HTTP emulator on 9486) serves both.
 */
function webInterfaceUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:' || url.port !== '9486') return baseUrl;
    url.port = '';
    return url.origin;
  } catch {
    return baseUrl;
  }
}

/**
 * The SMTP connection of the onboarding e-mail: `SMTP_HOST` and `SMTP_PORT` override notify.smtp.host
 * and port; the credentials are notify.smtp.user / password's `${NAME}`, else SMTP_USER /
 * SMTP_PASSWORD, and none when neither is set (a relay that takes mail from the network).
 */
export function resolveSmtpConnection(
  config: ResolvedConfig,
  { env }: Pick<ConnectionContext, 'env'>,
): SmtpConnection {
  const smtp = config.notify?.smtp;
  const host = setting(env, 'SMTP_HOST') ?? smtp?.host;
  if (smtp === undefined || host === undefined) {
    throw new ConfigError('no SMTP server to send through: set mappings/ notify.smtp (or SMTP_HOST)');
  }
  const portText = setting(env, 'SMTP_PORT');
  const port = portText === undefined ? smtp.port : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`SMTP_PORT must be a TCP port number, got '${portText}'`);
  }
  const user = optionalSecret(env, smtp.user, 'SMTP_USER', 'notify.smtp.user');
  const password = optionalSecret(env, smtp.password, 'SMTP_PASSWORD', 'notify.smtp.password');
  return {
    host,
    port,
    secure: smtp.secure,
    ...(user === undefined ? {} : { user }),
    ...(password === undefined ? {} : { password }),
  };
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function fileSetting(env: Env, name: string, cwd: string): string | undefined {
  return relativeTo(cwd, setting(env, name));
}

function relativeTo(dir: string, file: string | undefined): string | undefined {
  return file === undefined ? undefined : path.resolve(dir, file);
}

/** A credential: the mapping's `${NAME}`, else the conventional variable; required. */
function secret(env: Env, ref: string | undefined, conventional: string, what: string): string {
  if (ref !== undefined) return resolveEnvRef(ref, env, what);
  const value = setting(env, conventional);
  if (value === undefined)
    throw new ConfigError(`${what}: set ${conventional} (or name a variable in mappings/: \${NAME})`);
  return value;
}

/** An optional credential whose `${NAME}` may be unset; a malformed reference is still an error. */
function lenientSecret(
  env: Env,
  ref: string | undefined,
  conventional: string,
  what: string,
): string | undefined {
  if (ref === undefined) return setting(env, conventional);
  const name = envRefName(ref);
  return name !== undefined && setting(env, name) === undefined ? undefined : resolveEnvRef(ref, env, what);
}

function optionalSecret(
  env: Env,
  ref: string | undefined,
  conventional: string,
  what: string,
): string | undefined {
  return ref === undefined ? setting(env, conventional) : resolveEnvRef(ref, env, what);
}
