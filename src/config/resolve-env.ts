import { ConfigError } from '../errors.ts';

const ENV_REF = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;

/** The variable a well-formed `${NAME}` reference names, else undefined. */
export function envRefName(ref: string): string | undefined {
  return ENV_REF.exec(ref)?.[1];
}

/**
 * Resolves a `${NAME}` reference from mappings/ against the environment. `what` names the setting in
 * errors (e.g. `source.bindPassword`). Throws ConfigError naming the variable when the reference is
 * malformed or the variable is unset or empty; never includes the reference's or the variable's value
 * beyond the variable name, since a malformed "reference" may be a pasted secret.
 */
export function resolveEnvRef(
  ref: string,
  env: Readonly<Record<string, string | undefined>>,
  what: string,
): string {
  const name = envRefName(ref);
  if (name === undefined) {
    throw new ConfigError(`${what} must be an environment variable reference such as \${LDAP_BIND_PASSWORD}`);
  }
  const value = env[name];
  if (value === undefined || value === '') {
    throw new ConfigError(`${what}: environment variable ${name} is not set`);
  }
  return value;
}
