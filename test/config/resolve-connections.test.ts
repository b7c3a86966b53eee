import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  type Env,
  resolveLdapConnection,
  resolveSmtpConnection,
  resolveXivoConnection,
} from '../../src/config/index.ts';
import { buildMapping } from '../helpers/builders.ts';

const where = (env: Env) => ({ env, repoDir: '/repo', cwd: '/work' });

describe('resolveLdapConnection', () => {
  const config = buildMapping({
    source: {
      url: 'ldaps://ldap.example.com',
      caFile: 'certs/ca.pem',
      bindDn: 'cn=reader,dc=example,dc=com',
      bindPassword: '${DIRECTORY_SECRET}',
      baseDns: ['dc=example,dc=com'],
      identifier: { attribute: 'uid' },
    },
  });

  it('takes mappings/ as written, the password from the variable it names, and the CA relative to the repository', () => {
    expect(resolveLdapConnection(config, where({ DIRECTORY_SECRET: 's3cret' }))).toEqual({
      url: 'ldaps://ldap.example.com',
      starttls: false,
      timeoutMs: 10_000,
      caFile: '/repo/certs/ca.pem',
      bindDn: 'cn=reader,dc=example,dc=com',
      bindPassword: 's3cret',
    });
  });

  it('lets LDAP_URL, LDAP_CA_FILE and LDAP_BIND_DN override, an environment path being relative to the working directory', () => {
    const env = {
      DIRECTORY_SECRET: 's',
      LDAP_URL: 'ldaps://test:636',
      LDAP_CA_FILE: 'ca.pem',
      LDAP_BIND_DN: 'cn=t',
    };

    expect(resolveLdapConnection(config, where(env))).toMatchObject({
      url: 'ldaps://test:636',
      caFile: '/work/ca.pem',
      bindDn: 'cn=t',
    });
  });

  it('reads LDAP_BIND_PASSWORD when mappings/ names no variable, and says which to set when it is missing', () => {
    const { bindPassword: _none, ...source } = config.source;
    const unnamed = { ...config, source };

    expect(resolveLdapConnection(unnamed, where({ LDAP_BIND_PASSWORD: 'p' })).bindPassword).toBe('p');
    expect(() => resolveLdapConnection(unnamed, where({}))).toThrow(
      new ConfigError(
        'source.bindPassword: set LDAP_BIND_PASSWORD (or name a variable in mappings/: ${NAME})',
      ),
    );
    expect(() => resolveLdapConnection(config, where({}))).toThrow(
      /environment variable DIRECTORY_SECRET is not set/,
    );
  });

  it('binds anonymously, asking for no password, without a bind DN', () => {
    const { bindPassword: _p, bindDn: _d, ...source } = config.source;

    const connection = resolveLdapConnection({ ...config, source }, where({}));

    expect(connection).not.toHaveProperty('bindDn');
    expect(connection).not.toHaveProperty('bindPassword');
  });
});

describe('resolveXivoConnection', () => {
  const config = buildMapping({
    xivo: { url: 'https://xivo.example.com', caFile: 'xivo.pem', username: '${BOT}', password: '${BOT_PW}' },
  });

  it('serves auth beside confd unless XIVO_AUTH_URL says otherwise, and trusts the CA only over https', () => {
    expect(resolveXivoConnection(config, where({ BOT: 'u', BOT_PW: 'p' }))).toEqual({
      baseUrl: 'https://xivo.example.com',
      authUrl: 'https://xivo.example.com',
      caFile: '/repo/xivo.pem',
      username: 'u',
      password: 'p',
    });
    const env = {
      BOT: 'u',
      BOT_PW: 'p',
      XIVO_URL: 'http://127.0.0.1:9486',
      XIVO_AUTH_URL: 'http://127.0.0.1:9497',
    };
    const local = resolveXivoConnection(config, where(env));
    expect(local).toMatchObject({ baseUrl: 'http://127.0.0.1:9486', authUrl: 'http://127.0.0.1:9497' });
    expect(local).not.toHaveProperty('caFile');
  });

  it('falls back to XIVO_USER and XIVO_PASSWORD, and to XIVO_URL without an xivo section', () => {
    const { xivo: _none, ...bare } = config;
    const env = { XIVO_URL: 'https://x', XIVO_USER: 'bot', XIVO_PASSWORD: 'pw' };

    expect(resolveXivoConnection(bare, where(env))).toMatchObject({ username: 'bot', password: 'pw' });
    expect(() => resolveXivoConnection(bare, where({}))).toThrow(
      new ConfigError('no XiVO to talk to: set XIVO_URL or mappings/ xivo.url'),
    );
    expect(() => resolveXivoConnection(bare, where({ XIVO_URL: 'https://x' }))).toThrow(
      /xivo\.username: set XIVO_USER/,
    );
  });

  it('takes the agents web-services user from xivo.webservices, XIVO_WS_USER / XIVO_WS_PASSWORD, or leaves it unset', () => {
    const env = { BOT: 'u', BOT_PW: 'p' };
    expect(resolveXivoConnection(config, where(env))).not.toHaveProperty('webservices');
    expect(
      resolveXivoConnection(config, where({ ...env, XIVO_WS_USER: 'ws', XIVO_WS_PASSWORD: 'wpw' }))
        .webservices,
    ).toEqual({ url: 'https://xivo.example.com', username: 'ws', password: 'wpw' });

    const named = buildMapping({
      xivo: {
        url: 'https://xivo.example.com',
        username: '${BOT}',
        password: '${BOT_PW}',
        webservices: { url: 'https://webi.example.com', username: '${AGENTS}', password: '${AGENTS_PW}' },
      },
    });
    // Unset variables are not an error: only a XiVO without confd agents needs them, and its plan says so.
    expect(resolveXivoConnection(named, where(env))).not.toHaveProperty('webservices');
    expect(
      resolveXivoConnection(
        named,
        where({ ...env, AGENTS: 'a', AGENTS_PW: 'apw', XIVO_WS_URL: 'http://127.0.0.1:1' }),
      ).webservices,
    ).toEqual({ url: 'http://127.0.0.1:1', username: 'a', password: 'apw' });
    // confd's port named in the URL: the web interface is the same host on 443, as on a XiVO.
    const wsEnv = { ...env, XIVO_WS_USER: 'ws', XIVO_WS_PASSWORD: 'wpw' };
    expect(
      resolveXivoConnection(config, where({ ...wsEnv, XIVO_URL: 'https://xivo.example.com:9486' }))
        .webservices?.url,
    ).toBe('https://xivo.example.com');
    // The emulator, as the README runs it: plain HTTP on 9486 serves the web services too.
    expect(
      resolveXivoConnection(config, where({ ...wsEnv, XIVO_URL: 'http://127.0.0.1:9486' })).webservices?.url,
    ).toBe('http://127.0.0.1:9486');
    const malformed = buildMapping({
      xivo: {
        url: 'https://x',
        username: '${BOT}',
        password: '${BOT_PW}',
        webservices: { username: 'literal', password: '${P}' },
      },
    });
    expect(() => resolveXivoConnection(malformed, where({ ...env, P: 'x' }))).toThrow(
      /xivo\.webservices\.username must be an environment variable reference/,
    );
  });
});

describe('resolveSmtpConnection', () => {
  const config = buildMapping({ notify: { smtp: { host: 'smtp.example.com' }, from: 'it@example.com' } });

  it('fills port 587 without TLS-on-connect, overrides with SMTP_HOST and SMTP_PORT, and takes SMTP_USER / SMTP_PASSWORD', () => {
    expect(resolveSmtpConnection(config, { env: {} })).toEqual({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
    });
    const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_USER: 'bot', SMTP_PASSWORD: 'pw' };
    expect(resolveSmtpConnection(config, { env })).toEqual({
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      user: 'bot',
      password: 'pw',
    });
  });

  it('refuses a port that is not one, naming the variable', () => {
    expect(() => resolveSmtpConnection(config, { env: { SMTP_PORT: '25x' } })).toThrow(
      new ConfigError("SMTP_PORT must be a TCP port number, got '25x'"),
    );
  });
});
