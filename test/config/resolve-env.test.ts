import { describe, expect, it } from 'vitest';
import { ConfigError, resolveEnvRef } from '../../src/config/index.ts';

describe('resolveEnvRef', () => {
  it('returns the value of the referenced variable', () => {
    expect(
      resolveEnvRef('${LDAP_BIND_PASSWORD}', { LDAP_BIND_PASSWORD: 's3cret' }, 'source.bindPassword'),
    ).toBe('s3cret');
  });

  it.each([
    ['unset', {}],
    ['empty', { LDAP_BIND_PASSWORD: '' }],
  ])('names the variable when it is %s', (_name, env) => {
    expect(() => resolveEnvRef('${LDAP_BIND_PASSWORD}', env, 'source.bindPassword')).toThrow(
      new ConfigError('source.bindPassword: environment variable LDAP_BIND_PASSWORD is not set'),
    );
  });

  it('rejects a literal value without echoing it', () => {
    const attempt = (): string => resolveEnvRef('hunter2', { hunter2: 'x' }, 'xivo.password');

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^xivo\.password must be an environment variable reference/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});
