// Public surface of src/config: other folders import only this file.
export type { MappingConfig, Site } from '../state/generated/mapping.ts';
export type { ResolvedConfig, ResolvedDidRule, ResolvedSite } from './resolve-config.ts';
export { resolveConfig } from './resolve-config.ts';
export { MAPPING_DEFAULTS, XIVO_PAGE_SIZE } from './defaults.ts';
export { validateMapping } from './validate-mapping.ts';
export { type MappingsRead, readMappings } from './read-mappings.ts';
export { resolveEnvRef } from './resolve-env.ts';
export { ConfigError } from '../errors.ts';
export { checkForgeTransport } from './transport-security.ts';
export {
  type ConnectionContext,
  type Env,
  type SmtpConnection,
  resolveLdapConnection,
  resolveWriteBackConnection,
  resolveSmtpConnection,
  resolveXivoConnection,
} from './resolve-connections.ts';
