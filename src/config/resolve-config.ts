import type {
  DeleteLimit,
  DidRule,
  ExtensionRule,
  FieldRule,
  FieldRules,
  IdentifierConfig,
  IdentityConfig,
  MappingConfig,
  NotifyConfig,
  Site,
  SiteGrants,
  SmtpConfig,
  SourceConfig,
  VoicemailRule,
  XivoConfig,
} from '../state/generated/mapping.ts';
import type { DeletionResource } from '../plan/index.ts';
import { MAPPING_DEFAULTS as D } from './defaults.ts';

/** `T` with the properties `K` always present. */
type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

export type ResolvedSource = Filled<
  Omit<SourceConfig, 'identifier'>,
  'starttls' | 'insecure' | 'filter' | 'scope' | 'pageSize' | 'timeoutMs'
> & { identifier: Filled<IdentifierConfig, 'format'> };
export type ResolvedIdentity = Filled<IdentityConfig, 'xivoField' | 'adoptBy'>;
export type ResolvedFieldRule = Filled<FieldRule, 'owner'>;
/** `firstname` is always mapped; the other fields only when the mapping names them. */
export type ResolvedFieldRules = { firstname: ResolvedFieldRule } & {
  [F in Exclude<keyof FieldRules, 'firstname'>]?: ResolvedFieldRule;
};
export type ResolvedDidRule = Filled<DidRule, 'incallFormat'>;
export type ResolvedSite = Filled<Omit<Site, 'extension' | 'did' | 'grants'>, 'incallContext'> & {
  extension: Filled<ExtensionRule, 'digits'>;
  did: ResolvedDidRule;
  grants: Required<SiteGrants>;
};
export type ResolvedVoicemailRule = Filled<VoicemailRule, 'name'>;
export interface ResolvedLifecycle {
  graceDays: number;
  quarantineDays: number;
}
export interface ResolvedSafety {
  minExportRatio: number;
  maxDeletes: Record<DeletionResource, Required<DeleteLimit>>;
}
export type ResolvedNotify = Omit<NotifyConfig, 'smtp'> & { smtp: Filled<SmtpConfig, 'port' | 'secure'> };
export type ResolvedXivo = Filled<XivoConfig, 'insecure'>;

/** The mapping configuration with every default filled in: what every stage works from. */
export type ResolvedConfig = Omit<
  MappingConfig,
  'source' | 'identity' | 'fields' | 'sites' | 'voicemail' | 'lifecycle' | 'safety' | 'notify' | 'xivo'
> & {
  source: ResolvedSource;
  identity: ResolvedIdentity;
  fields: ResolvedFieldRules;
  sites: [ResolvedSite, ...ResolvedSite[]];
  voicemail?: ResolvedVoicemailRule;
  lifecycle: ResolvedLifecycle;
  safety: ResolvedSafety;
  notify?: ResolvedNotify;
  xivo?: ResolvedXivo;
};

const DELETION_RESOURCES: readonly DeletionResource[] = ['users', 'lines', 'dids', 'voicemails', 'agents'];

/**
 * Fills in every default of a schema-valid mapping configuration, from MAPPING_DEFAULTS, also below
 * sections the file leaves out (no `safety:` still means the documented deletion limits). Pure; the
 * input is not modified. This is the only place a configuration default is applied.
 */
export function resolveConfig(config: MappingConfig): ResolvedConfig {
  const { source, identity, fields, sites, voicemail, lifecycle, safety, notify, xivo, ...rest } = config;
  return {
    ...rest,
    source: {
      ...source,
      starttls: source.starttls ?? D.SourceConfig.starttls,
      insecure: source.insecure ?? D.SourceConfig.insecure,
      filter: source.filter ?? D.SourceConfig.filter,
      scope: source.scope ?? D.SourceConfig.scope,
      pageSize: source.pageSize ?? D.SourceConfig.pageSize,
      timeoutMs: source.timeoutMs ?? D.SourceConfig.timeoutMs,
      identifier: {
        ...source.identifier,
        format: source.identifier.format ?? D.SourceConfig['identifier.format'],
      },
    },
    identity: {
      ...identity,
      xivoField: identity.xivoField ?? D.IdentityConfig.xivoField,
      adoptBy: identity.adoptBy ?? [...D.IdentityConfig.adoptBy],
    },
    fields: Object.fromEntries(
      (Object.entries(fields) as [string, FieldRule][]).map(([field, rule]) => [
        field,
        { ...rule, owner: rule.owner ?? D.FieldRule.owner },
      ]),
    ) as unknown as ResolvedFieldRules,
    sites: sites.map(resolveSite) as [ResolvedSite, ...ResolvedSite[]],
    ...(voicemail === undefined
      ? {}
      : { voicemail: { ...voicemail, name: voicemail.name ?? D.VoicemailRule.name } }),
    lifecycle: {
      graceDays: lifecycle?.graceDays ?? D.LifecycleConfig.graceDays,
      quarantineDays: lifecycle?.quarantineDays ?? D.LifecycleConfig.quarantineDays,
    },
    safety: {
      minExportRatio: safety?.minExportRatio ?? D.SafetyConfig.minExportRatio,
      maxDeletes: Object.fromEntries(
        DELETION_RESOURCES.map((resource) => {
          const limit = safety?.maxDeletes?.[resource];
          return [
            resource,
            { count: limit?.count ?? D.DeleteLimit.count, percent: limit?.percent ?? D.DeleteLimit.percent },
          ];
        }),
      ) as Record<DeletionResource, Required<DeleteLimit>>,
    },
    ...(xivo === undefined ? {} : { xivo: { ...xivo, insecure: xivo.insecure ?? D.XivoConfig.insecure } }),
    ...(notify === undefined
      ? {}
      : {
          notify: {
            ...notify,
            smtp: {
              ...notify.smtp,
              port: notify.smtp.port ?? D.NotifyConfig['smtp.port'],
              secure: notify.smtp.secure ?? D.NotifyConfig['smtp.secure'],
            },
          },
        }),
  };
}

function resolveSite(site: Site): ResolvedSite {
  const did: DidRule = site.did ?? { ...D.Site.did };
  const grants = site.grants ?? {};
  return {
    ...site,
    incallContext: site.incallContext ?? D.Site.incallContext,
    extension: { ...site.extension, digits: site.extension.digits ?? D.ExtensionRule.digits },
    did: { ...did, incallFormat: did.incallFormat ?? D.DidRule.incallFormat },
    grants: {
      line: grants.line ?? D.SiteGrants.line,
      did: grants.did ?? D.SiteGrants.did,
      voicemail: grants.voicemail ?? D.SiteGrants.voicemail,
      agent: grants.agent ?? D.SiteGrants.agent,
      callPermissions: grants.callPermissions ?? D.SiteGrants.callPermissions,
    },
  };
}
