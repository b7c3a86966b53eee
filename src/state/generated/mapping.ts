/* eslint-disable */
/**
 * Generated from schemas/mapping.schema.json by `npm run generate:types` (json-schema-to-typescript).
 * Do not edit: change the schema and regenerate.
 */

export type Dn = string
/**
 * A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{"{{"}}` writes a literal `{{`.
 */
export type Template = string
/**
 * An LDAP attribute name (or OID).
 */
export type AttributeName = string
/**
 * A JavaScript regular expression (no delimiters), matched against the first attribute value.
 */
export type Regex = string
/**
 * Where a person's DID comes from. `attribute`: parsed from an attribute with the site's country (e.g. telephoneNumber 01 23 45 67 42). `pool`: allocated from `ranges` (E.164). `none`: no DIDs on this site.
 */
export type DidRule = {
source: ("attribute" | "pool" | "none")
attribute?: AttributeName
/**
 * E.164 ranges the DIDs must lie in (required for `pool`; also checked for `attribute` when given).
 * 
 * @minItems 1
 */
ranges?: [NumberRange, ...(NumberRange)[]]
/**
 * How the trunk delivers the called number to XiVO, i.e. the incall extension: `e164` +33123456742, `national` 0123456742, `international` 0033123456742, `digits` the last `didLength` digits.
 */
incallFormat?: ("e164" | "national" | "international" | "digits")
/**
 * Number of trailing digits delivered when incallFormat is `digits`.
 */
didLength?: number
}
/**
 * A reference to an environment variable, written exactly `${NAME}`. Secrets may only be given this way: a literal value is a validation error.
 */
export type EnvRef = string

/**
 * How directory entries become XiVO telephony users: the merged content of mappings/*.yml. Several files may share the work, but each top-level key comes from exactly one file. Secrets are never values: they are `${ENV_VAR}` references resolved at run time.
 */
export interface MappingConfig {
$schema?: string
source: SourceConfig
identity: IdentityConfig
fields: FieldRules
contact?: ContactRules
/**
 * Ordered list of sites: a person belongs to the FIRST site whose `match` holds. An entry that matches no site is rejected with a message (it is not exported).
 * 
 * @minItems 1
 */
sites: [Site, ...(Site)[]]
voicemail?: VoicemailRule
agent?: AgentRule
/**
 * Call permissions granted to people. A person holds every permission whose condition holds, in the order listed here.
 */
callPermissions?: CallPermissionRule[]
lifecycle?: LifecycleConfig
safety?: SafetyConfig
writeBack?: WriteBackConfig
xivo?: XivoConfig
notify?: NotifyConfig
}
/**
 * The directory to read.
 */
export interface SourceConfig {
/**
 * ldap://host[:port] or ldaps://host[:port].
 */
url: string
/**
 * Upgrade an ldap:// connection with StartTLS before binding. Ignored for ldaps://.
 */
starttls?: boolean
/**
 * Accept an ldap:// URL without StartTLS: the bind password and the directory travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).
 */
insecure?: boolean
/**
 * PEM file of the CA that signed the directory's certificate (default: the system CAs).
 */
caFile?: string
/**
 * DN (or AD user principal name) to bind as. Omit for an anonymous bind.
 */
bindDn?: string
/**
 * Bind password, only as an environment reference such as ${LDAP_BIND_PASSWORD}.
 */
bindPassword?: string
/**
 * Search bases; every base is searched and the results merged.
 * 
 * @minItems 1
 */
baseDns: [Dn, ...(Dn)[]]
/**
 * LDAP filter selecting the people to export.
 */
filter?: string
/**
 * Search scope below each base DN.
 */
scope?: ("sub" | "one")
/**
 * Paged-results page size (RFC 2696).
 */
pageSize?: number
identifier: IdentifierConfig
disabled?: DisabledRule
/**
 * Connect and operation timeout in milliseconds.
 */
timeoutMs?: number
}
/**
 * The attribute whose value becomes the person's key (the state file name).
 */
export interface IdentifierConfig {
/**
 * e.g. entryUUID (OpenLDAP), objectGUID (AD), employeeNumber.
 */
attribute: string
/**
 * `uuid`: a textual UUID, lower-cased. `guid`: AD's binary objectGUID, rendered as a canonical lower-case GUID string. `string`: the value as is (must fit the key pattern).
 */
format?: ("uuid" | "guid" | "string")
}
/**
 * How to recognise a disabled account. Without it, only people missing from the directory become disabled.
 */
export interface DisabledRule {
/**
 * Active Directory: disabled when bit 2 (ACCOUNTDISABLE) of userAccountControl is set.
 */
adUserAccountControl?: true
/**
 * An LDAP filter that matches disabled entries, e.g. (pwdAccountLockedTime=*).
 */
filter?: string
}
/**
 * How managed XiVO users are recognised.
 */
export interface IdentityConfig {
/**
 * XiVO user field that holds the key. Users without it are never modified or deleted. The field must not also be mapped in `fields`.
 */
xivoField?: ("userfield" | "description")
/**
 * On the first run, an unmarked XiVO user matching on these fields (in order) is adopted instead of duplicated.
 */
adoptBy?: ("email" | "username")[]
}
/**
 * XiVO user field → how its value is obtained. `firstname` is required by XiVO. Fields not listed are left alone.
 */
export interface FieldRules {
firstname: FieldRule
lastname?: FieldRule
email?: FieldRule
username?: FieldRule
language?: FieldRule
timezone?: FieldRule
mobile_phone_number?: FieldRule
caller_id?: FieldRule
outgoing_caller_id?: FieldRule
description?: FieldRule
userfield?: FieldRule
music_on_hold?: FieldRule
preprocess_subroutine?: FieldRule
}
export interface FieldRule {
template?: Template
/**
 * `directory`: LDAP → state → XiVO (a template is required). `xivo`: XiVO is authoritative; export copies it into state, apply writes it to the directory (the template, if any, seeds new users). `allocator`: chosen by this tool at export time.
 */
owner?: ("directory" | "xivo" | "allocator")
}
/**
 * Directory-sheet fields (at most the 14 below) → template.
 */
export interface ContactRules {
title?: Template
department?: Template
location?: Template
manager?: Template
company?: Template
office?: Template
phone?: Template
mobile?: Template
fax?: Template
employeeId?: Template
costCenter?: Template
division?: Template
building?: Template
assistant?: Template
}
export interface Site {
/**
 * A paragraph for this site's onboarding e-mail (where to collect a phone, who to call for help).
 */
onboardingText?: string
/**
 * Short unique name, written into state files (`site`).
 */
name: string
match: SiteMatch
/**
 * Internal XiVO context of the site's lines, voicemails and agents.
 */
context: string
/**
 * XiVO incall context receiving the site's DIDs.
 */
incallContext?: string
/**
 * ISO 3166-1 alpha-2 country used to parse and format phone numbers.
 */
country: string
/**
 * Language of the site's users (e.g. fr_FR), used when `fields.language` is not mapped.
 */
language?: string
/**
 * Timezone of the site's users (e.g. Europe/Paris), used when `fields.timezone` is not mapped.
 */
timezone?: string
extension: ExtensionRule
did?: DidRule
grants?: SiteGrants
}
/**
 * Which people belong to a site: exactly one of an attribute test (equals or regex), a DN suffix (e.g. ou=Lyon,dc=example,dc=fr) or a group membership.
 */
export interface SiteMatch {
attribute?: AttributeName
equals?: string
regex?: Regex
dnSuffix?: Dn
memberOf?: Dn
}
/**
 * Where a person's internal extension comes from. `attribute`: the last `digits` digits of an attribute (e.g. telephoneNumber). `did-suffix`: the last `digits` digits of the person's DID. `pool`: allocated from `ranges` (never re-using a quarantined number). In every case the extension must lie in `ranges`.
 */
export interface ExtensionRule {
source: ("attribute" | "did-suffix" | "pool")
attribute?: AttributeName
/**
 * Length of the extension.
 */
digits?: number
/**
 * @minItems 1
 */
ranges: [NumberRange, ...(NumberRange)[]]
}
/**
 * An inclusive range of numbers of the same length, written as quoted strings (YAML would drop leading zeros of a bare number). Extension, voicemail and agent ranges are digits; DID ranges are E.164 (+33...).
 */
export interface NumberRange {
start: string
end: string
}
/**
 * Which resources people of the site may have. Voicemail, agent and call permissions also need their own rule to hold.
 */
export interface SiteGrants {
line?: boolean
did?: boolean
voicemail?: boolean
agent?: boolean
callPermissions?: boolean
}
/**
 * Who gets a voicemail box. Its number is the person's extension, in the site's context.
 */
export interface VoicemailRule {
/**
 * The person gets a voicemail when ANY condition holds.
 * 
 * @minItems 1
 */
when: [Condition, ...(Condition)[]]
/**
 * A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{"{{"}}` writes a literal `{{`.
 */
name?: string
/**
 * A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{"{{"}}` writes a literal `{{`.
 */
email?: string
/**
 * XiVO zonemessages name, e.g. eu-fr.
 */
timezone?: string
}
/**
 * When a rule applies: `always: true`, membership of a group (`memberOf` DN), an attribute test (`attribute` with `equals` or `regex`), or only `sites`. `sites` also restricts the other tests to people of those sites.
 */
export interface Condition {
always?: true
memberOf?: Dn
attribute?: AttributeName
equals?: string
regex?: Regex
/**
 * @minItems 1
 */
sites?: [string, ...(string)[]]
}
/**
 * Who gets a call-center agent, and its number: either a template (e.g. `8{{extension}}`) or a pool.
 */
export interface AgentRule {
/**
 * The person gets an agent when ANY condition holds.
 * 
 * @minItems 1
 */
when: [Condition, ...(Condition)[]]
/**
 * A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{"{{"}}` writes a literal `{{`.
 */
number?: string
/**
 * Pool the agent number is allocated from.
 * 
 * @minItems 1
 */
ranges?: [NumberRange, ...(NumberRange)[]]
}
export interface CallPermissionRule {
/**
 * Name of an existing XiVO call permission.
 */
name: string
/**
 * The person holds the permission when ANY condition holds.
 * 
 * @minItems 1
 */
when: [Condition, ...(Condition)[]]
}
export interface LifecycleConfig {
/**
 * Days a disabled or missing person stays disabled in XiVO (numbers kept) before removal.
 */
graceDays?: number
/**
 * Days a released number is held back before it can be allocated again.
 */
quarantineDays?: number
}
export interface SafetyConfig {
/**
 * Export refuses to write when the directory returns fewer than this fraction of the people already in state (a wrong base DN must not look like mass deletion).
 */
minExportRatio?: number
maxDeletes?: MaxDeletes
}
/**
 * Deletion thresholds per resource type.
 */
export interface MaxDeletes {
users?: DeleteLimit
lines?: DeleteLimit
dids?: DeleteLimit
voicemails?: DeleteLimit
agents?: DeleteLimit
}
/**
 * Refuse a run that would delete more than `count` items OR more than `percent` % of the existing ones, unless explicitly overridden.
 */
export interface DeleteLimit {
count?: number
percent?: number
}
/**
 * Directory attributes that receive what XiVO holds after apply (`xivo-sync writeback`, and apply unless --no-writeback). An outcome without an attribute here is not written. Only values that differ are written; an outcome that is gone (a DID removed) deletes the attribute.
 */
export interface WriteBackConfig {
/**
 * DN (or AD user principal name) to bind as for writing, when the export's read-only account may not write. (Default: source.bindDn)
 */
bindDn?: string
/**
 * Password of writeBack.bindDn, e.g. ${LDAP_WRITE_PASSWORD}. (Default: the LDAP_WRITE_PASSWORD variable)
 */
bindPassword?: string
/**
 * An LDAP attribute name (or OID).
 */
extension?: string
/**
 * Receives the DID: an attribute name (E.164), or an attribute and a number format.
 */
did?: (AttributeName | WriteBackNumber)
/**
 * An LDAP attribute name (or OID).
 */
xivoUuid?: string
/**
 * An LDAP attribute name (or OID).
 */
agent?: string
/**
 * User fields owned by XiVO (owner: xivo) and the attribute each is written to, e.g. { mobile_phone_number: mobile }: XiVO wins, and the directory follows.
 */
fields?: {
[k: string]: AttributeName
}
}
/**
 * A phone number written back in a given format.
 */
export interface WriteBackNumber {
attribute: AttributeName
/**
 * e164 (+33123456742), national (0123456742), international (0033123456742) or display (+33 1 23 45 67 42).
 */
format?: ("e164" | "national" | "international" | "display")
}
/**
 * The XiVO to converge (used by plan and apply).
 */
export interface XivoConfig {
/**
 * Base URL of the XiVO host, e.g. https://xivo.example.fr (confd on :9486, auth on :9497) or the emulator's URL.
 */
url: string
/**
 * PEM CA file for the XiVO certificate.
 */
caFile?: string
/**
 * Accept plain http:// URLs for XiVO (confd, auth, web services): the credentials and the generated passwords travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).
 */
insecure?: boolean
/**
 * Web-service user, e.g. ${XIVO_USER}.
 */
username: string
/**
 * Web-service password, e.g. ${XIVO_PASSWORD}.
 */
password: string
webservices?: XivoWebServicesConfig
}
/**
 * The web-services user (Configuration → Web Services Access) that manages call-center agents on a XiVO whose confd has no /1.1/agents, such as XiVO 16.15. Unused where confd has agents.
 */
export interface XivoWebServicesConfig {
/**
 * Base URL of the web interface serving /callcenter/json.php. (Default: xivo.url, on the default HTTPS port when xivo.url is https:// and names confd's port 9486)
 */
url?: string
/**
 * Web-services login, e.g. ${XIVO_WS_USER}. (Default: the XIVO_WS_USER variable)
 */
username?: string
/**
 * Web-services password, e.g. ${XIVO_WS_PASSWORD}. (Default: the XIVO_WS_PASSWORD variable)
 */
password?: string
}
/**
 * Onboarding e-mail delivery.
 */
export interface NotifyConfig {
smtp: SmtpConfig
/**
 * Sender, e.g. "Téléphonie <telephonie@example.fr>".
 */
from: string
}
export interface SmtpConfig {
host: string
port?: number
/**
 * true: TLS from the start (port 465); false: STARTTLS when offered.
 */
secure?: boolean
user?: EnvRef
password?: EnvRef
}
