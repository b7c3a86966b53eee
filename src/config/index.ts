// Public surface of src/config: other folders import only this file.
export type {
  MappingConfig,
  SourceConfig,
  IdentifierConfig,
  DisabledRule,
  IdentityConfig,
  FieldRules,
  FieldRule,
  ContactRules,
  Site,
  SiteMatch,
  SiteGrants,
  ExtensionRule,
  DidRule,
  NumberRange,
  Condition,
  VoicemailRule,
  AgentRule,
  CallPermissionRule,
  LifecycleConfig,
  SafetyConfig,
  MaxDeletes,
  DeleteLimit,
  WriteBackConfig,
  XivoConfig,
  NotifyConfig,
  SmtpConfig,
} from '../state/generated/mapping.ts';
export type {
  ResolvedConfig,
  ResolvedDidRule,
  ResolvedFieldRule,
  ResolvedFieldRules,
  ResolvedIdentity,
  ResolvedLifecycle,
  ResolvedNotify,
  ResolvedSafety,
  ResolvedSite,
  ResolvedSource,
  ResolvedVoicemailRule,
} from './resolve-config.ts';
export { resolveConfig } from './resolve-config.ts';
export { MAPPING_DEFAULTS, XIVO_PAGE_SIZE } from './defaults.ts';
export { type MappingValidation, validateMapping } from './validate-mapping.ts';
export { type MappingsRead, readMappings } from './read-mappings.ts';
export { resolveEnvRef } from './resolve-env.ts';
export { ConfigError } from '../errors.ts';
export {
  type ConnectionContext,
  type Env,
  type LdapConnection,
  type SmtpConnection,
  type XivoConnection,
  resolveLdapConnection,
  resolveSmtpConnection,
  resolveXivoConnection,
} from './resolve-connections.ts';
