import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Env, resolveLdapConnection, resolveXivoConnection } from '../../src/config/index.ts';
import { runCli } from '../../src/cli/index.ts';
import { buildMapping } from '../helpers/builders.ts';
import { captureCli } from '../helpers/cli.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

function collect(env: Env): { context: Parameters<typeof resolveXivoConnection>[1]; warnings: string[] } {
  const warnings: string[] = [];
  return {
    context: { env, repoDir: '/repo', cwd: '/work', onWarning: (m) => warnings.push(m) },
    warnings,
  };
}

const source = (extra: Record<string, unknown>) =>
  buildMapping({
    source: {
      url: 'ldap://ldap.example.com',
      bindDn: 'cn=reader,dc=example,dc=com',
      bindPassword: '${DIRECTORY_SECRET}',
      baseDns: ['dc=example,dc=com'],
      identifier: { attribute: 'uid' },
      ...extra,
    },
  });

describe('directory transport', () => {
  it('refuses ldap:// without StartTLS, naming the setting and the ways out', () => {
    const { context } = collect({ DIRECTORY_SECRET: 's' });
    expect(() => resolveLdapConnection(source({}), context)).toThrow(
      'source.url ldap://ldap.example.com would send the bind password and the directory in clear text: set source.starttls: true (with source.caFile for a private CA), use ldaps://, or accept it with source.insecure: true',
    );
  });

  it('accepts StartTLS, ldaps:// and a loopback host silently, and insecure: true with a warning on every call', () => {
    const { context, warnings } = collect({ DIRECTORY_SECRET: 's' });
    resolveLdapConnection(source({ starttls: true }), context);
    resolveLdapConnection(source({ url: 'ldaps://ldap.example.com' }), context);
    resolveLdapConnection(source({ url: 'ldap://127.0.0.1:3890' }), context);
    resolveLdapConnection(source({ url: 'ldap://localhost' }), context);
    expect(warnings).toEqual([]);

    resolveLdapConnection(source({ insecure: true }), context);
    resolveLdapConnection(source({ insecure: true }), context);
    expect(warnings).toEqual([
      'source.url ldap://ldap.example.com is plain LDAP without StartTLS: the bind password and the directory travel in clear text (source.insecure: true)',
      'source.url ldap://ldap.example.com is plain LDAP without StartTLS: the bind password and the directory travel in clear text (source.insecure: true)',
    ]);
  });

  it('applies the rule to the URL that wins: --source over LDAP_URL over source.url', () => {
    const secure = source({ url: 'ldaps://ldap.example.com' });
    const { context } = collect({ DIRECTORY_SECRET: 's', LDAP_URL: 'ldap://other.example.com' });
    expect(() => resolveLdapConnection(secure, context)).toThrow(
      /^LDAP_URL ldap:\/\/other\.example\.com would/,
    );
    expect(() =>
      resolveLdapConnection(secure, context, { url: 'ldap://third.example.com', setting: '--source' }),
    ).toThrow(/^--source ldap:\/\/third\.example\.com would/);
  });

  it('refuses a URL carrying credentials without ever printing them', () => {
    const { context } = collect({ DIRECTORY_SECRET: 's' });
    const attempt = () =>
      resolveLdapConnection(source({ starttls: true }), context, {
        url: 'ldap://admin:Pa55word@ldap.example.com',
        setting: '--source',
      });
    expect(attempt).toThrow(
      '--source carries credentials (ldap://ldap.example.com): remove them from the URL; credentials come from the environment (see docs/configuration.md)',
    );
  });
});

describe('XiVO transport', () => {
  const xivo = (url: string, extra: Record<string, unknown> = {}) =>
    buildMapping({ xivo: { url, username: '${BOT}', password: '${BOT_PW}', ...extra } });
  const env = { BOT: 'u', BOT_PW: 'p' };

  it('refuses plain http:// to a host that is not loopback, before reading any credential', () => {
    const { context } = collect({});
    expect(() => resolveXivoConnection(xivo('http://xivo.example.com'), context)).toThrow(
      'xivo.url http://xivo.example.com would send the XiVO login and the generated user passwords in clear text: use https:// (with xivo.caFile for a self-signed certificate), or accept it with xivo.insecure: true',
    );
    expect(() =>
      resolveXivoConnection(
        xivo('https://xivo.example.com'),
        collect({ ...env, XIVO_AUTH_URL: 'http://xivo.example.com:9497' }).context,
      ),
    ).toThrow(/^XIVO_AUTH_URL http:\/\/xivo\.example\.com:9497 would send/);
  });

  it('accepts https:// and loopback silently, and insecure: true with one warning per insecure URL', () => {
    const { context, warnings } = collect(env);
    resolveXivoConnection(xivo('https://xivo.example.com'), context);
    resolveXivoConnection(xivo('http://127.0.0.1:9486'), context);
    resolveXivoConnection(xivo('http://[::1]:9486'), context);
    expect(warnings).toEqual([]);

    resolveXivoConnection(xivo('http://xivo.example.com', { insecure: true }), context);
    expect(warnings).toEqual([
      'xivo.url http://xivo.example.com is plain HTTP: the XiVO login and the generated user passwords travel in clear text (xivo.insecure: true)',
    ]);
  });

  it('refuses credentials in the URL without printing them', () => {
    expect(() =>
      resolveXivoConnection(
        xivo('https://xivo.example.com'),
        collect({ ...env, XIVO_URL: 'https://root:hunter2@xivo.example.com' }).context,
      ),
    ).toThrow(
      'XIVO_URL carries credentials (https://xivo.example.com): remove them from the URL; credentials come from the environment (see docs/configuration.md)',
    );
  });
});

describe('the CLI', () => {
  it('prints the insecure warning on stderr on every run, and never a password given in a URL', async () => {
    const repo = await exampleCopy();
    const run = async (argv: string[], env: Env) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env });
      const code = await runCli(argv, ctx);
      return { code, out: out(), err: err() };
    };

    const leaked = await run(['export', '--source', 'ldap://admin:Pa55word@ldap.example.com'], {});
    const plain = await run(['unlock'], { XIVO_URL: 'http://xivo.example.com' });

    expect(leaked.code).toBe(1);
    expect(leaked.err).toContain('--source carries credentials (ldap://ldap.example.com)');
    expect(leaked.err).not.toContain('Pa55word');
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/^error: XIVO_URL http:\/\/xivo\.example\.com would send the XiVO login/);

    // Accepted with xivo.insecure: the warning comes first, on every run (here the login is missing).
    const file = path.join(repo, 'mappings', 'operations.yml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        /\n {2}url: .*/,
        '\n  url: http://xivo.example.com\n  insecure: true',
      ),
    );
    for (let run_ = 0; run_ < 2; run_++) {
      const accepted = await run(['unlock'], {});
      expect(accepted.code).toBe(1);
      expect(accepted.err).toBe(
        'warning: xivo.url http://xivo.example.com is plain HTTP: the XiVO login and the generated user passwords travel in clear text (xivo.insecure: true)\n' +
          'error: xivo.username: environment variable XIVO_USER is not set\n',
      );
    }
  });
});
