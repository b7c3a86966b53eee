/* eslint-disable */
/**
 * Generated from schemas/mapping.schema.json by `npm run generate:types`
 * (ajv standalone code, with the options of src/state/create-ajv.ts).
 * Do not edit: change the schema and regenerate.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const validateMapping = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"MappingConfig","description":"How directory entries become XiVO telephony users: the merged content of mappings/*.yml. Several files may share the work, but each top-level key comes from exactly one file. Secrets are never values: they are `${ENV_VAR}` references resolved at run time.","type":"object","additionalProperties":false,"required":["source","identity","fields","sites"],"properties":{"$schema":{"type":"string","maxLength":256},"source":{"$ref":"#/definitions/SourceConfig"},"identity":{"$ref":"#/definitions/IdentityConfig"},"fields":{"title":"FieldRules","description":"XiVO user field → how its value is obtained. `firstname` is required by XiVO. Fields not listed are left alone.","type":"object","additionalProperties":false,"required":["firstname"],"properties":{"firstname":{"$ref":"#/definitions/FieldRule"},"lastname":{"$ref":"#/definitions/FieldRule"},"email":{"$ref":"#/definitions/FieldRule"},"username":{"$ref":"#/definitions/FieldRule"},"language":{"$ref":"#/definitions/FieldRule"},"timezone":{"$ref":"#/definitions/FieldRule"},"mobile_phone_number":{"$ref":"#/definitions/FieldRule"},"caller_id":{"$ref":"#/definitions/FieldRule"},"outgoing_caller_id":{"$ref":"#/definitions/FieldRule"},"description":{"$ref":"#/definitions/FieldRule"},"userfield":{"$ref":"#/definitions/FieldRule"},"music_on_hold":{"$ref":"#/definitions/FieldRule"},"preprocess_subroutine":{"$ref":"#/definitions/FieldRule"}}},"contact":{"title":"ContactRules","description":"Directory-sheet fields (at most the 14 below) → template.","type":"object","additionalProperties":false,"properties":{"title":{"$ref":"#/definitions/Template"},"department":{"$ref":"#/definitions/Template"},"location":{"$ref":"#/definitions/Template"},"manager":{"$ref":"#/definitions/Template"},"company":{"$ref":"#/definitions/Template"},"office":{"$ref":"#/definitions/Template"},"phone":{"$ref":"#/definitions/Template"},"mobile":{"$ref":"#/definitions/Template"},"fax":{"$ref":"#/definitions/Template"},"employeeId":{"$ref":"#/definitions/Template"},"costCenter":{"$ref":"#/definitions/Template"},"division":{"$ref":"#/definitions/Template"},"building":{"$ref":"#/definitions/Template"},"assistant":{"$ref":"#/definitions/Template"}}},"sites":{"description":"Ordered list of sites: a person belongs to the FIRST site whose `match` holds. An entry that matches no site is rejected with a message (it is not exported).","type":"array","minItems":1,"items":{"$ref":"#/definitions/Site"}},"voicemail":{"$ref":"#/definitions/VoicemailRule"},"agent":{"$ref":"#/definitions/AgentRule"},"callPermissions":{"description":"Call permissions granted to people. A person holds every permission whose condition holds, in the order listed here.","type":"array","items":{"$ref":"#/definitions/CallPermissionRule"}},"lifecycle":{"$ref":"#/definitions/LifecycleConfig"},"safety":{"$ref":"#/definitions/SafetyConfig"},"writeBack":{"$ref":"#/definitions/WriteBackConfig"},"xivo":{"$ref":"#/definitions/XivoConfig"},"notify":{"$ref":"#/definitions/NotifyConfig"}},"definitions":{"EnvRef":{"description":"A reference to an environment variable, written exactly `${NAME}`. Secrets may only be given this way: a literal value is a validation error.","type":"string","pattern":"^\\$\\{[A-Z_][A-Z0-9_]*\\}$","x-message":"must be an environment variable reference written exactly ${NAME}: secrets are never written in mappings/"},"Template":{"description":"A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{\"{{\"}}` writes a literal `{{`.","type":"string","minLength":1,"maxLength":512,"not":{"pattern":"\\$\\{"},"x-message":"templates cannot contain ${...}: environment references are only for secrets"},"AttributeName":{"description":"An LDAP attribute name (or OID).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},"Dn":{"type":"string","minLength":1,"maxLength":1024},"ContextName":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"},"Regex":{"description":"A JavaScript regular expression (no delimiters), matched against the first attribute value.","type":"string","minLength":1,"maxLength":512},"SourceConfig":{"title":"SourceConfig","description":"The directory to read.","type":"object","additionalProperties":false,"required":["url","baseDns","identifier"],"properties":{"url":{"description":"ldap://host[:port] or ldaps://host[:port].","type":"string","pattern":"^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$"},"starttls":{"description":"Upgrade an ldap:// connection with StartTLS before binding. Ignored for ldaps://.","type":"boolean","default":false},"insecure":{"description":"Accept an ldap:// URL without StartTLS: the bind password and the directory travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).","type":"boolean","default":false},"caFile":{"description":"PEM file of the CA that signed the directory's certificate (default: the system CAs).","type":"string","minLength":1},"bindDn":{"description":"DN (or AD user principal name) to bind as. Omit for an anonymous bind.","type":"string","minLength":1},"bindPassword":{"description":"Bind password, only as an environment reference such as ${LDAP_BIND_PASSWORD}.","$ref":"#/definitions/EnvRef"},"baseDns":{"description":"Search bases; every base is searched and the results merged.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Dn"}},"filter":{"description":"LDAP filter selecting the people to export.","type":"string","pattern":"^\\(.*\\)$","default":"(objectClass=person)"},"scope":{"description":"Search scope below each base DN.","type":"string","enum":["sub","one"],"default":"sub"},"pageSize":{"description":"Paged-results page size (RFC 2696).","type":"integer","minimum":1,"maximum":5000,"default":500},"identifier":{"title":"IdentifierConfig","description":"The attribute whose value becomes the person's key (the state file name).","type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"description":"e.g. entryUUID (OpenLDAP), objectGUID (AD), employeeNumber.","$ref":"#/definitions/AttributeName"},"format":{"description":"`uuid`: a textual UUID, lower-cased. `guid`: AD's binary objectGUID, rendered as a canonical lower-case GUID string. `string`: the value as is (must fit the key pattern).","type":"string","enum":["uuid","guid","string"],"default":"string"}}},"disabled":{"title":"DisabledRule","description":"How to recognise a disabled account. Without it, only people missing from the directory become disabled.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"adUserAccountControl":{"description":"Active Directory: disabled when bit 2 (ACCOUNTDISABLE) of userAccountControl is set.","type":"boolean","const":true},"filter":{"description":"An LDAP filter that matches disabled entries, e.g. (pwdAccountLockedTime=*).","type":"string","pattern":"^\\(.*\\)$"}},"x-message":"give exactly one of adUserAccountControl or filter"},"timeoutMs":{"description":"Connect and operation timeout in milliseconds.","type":"integer","minimum":100,"maximum":600000,"default":10000}},"dependencies":{"bindPassword":["bindDn"]}},"IdentityConfig":{"title":"IdentityConfig","description":"How managed XiVO users are recognised.","type":"object","additionalProperties":false,"properties":{"xivoField":{"description":"XiVO user field that holds the key. Users without it are never modified or deleted. The field must not also be mapped in `fields`.","type":"string","enum":["userfield","description"],"default":"userfield"},"adoptBy":{"description":"On the first run, an unmarked XiVO user matching on these fields (in order) is adopted instead of duplicated.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["email","username"]},"default":["email","username"]}}},"FieldRule":{"title":"FieldRule","type":"object","additionalProperties":false,"properties":{"template":{"$ref":"#/definitions/Template"},"owner":{"description":"`directory`: LDAP → state → XiVO (a template is required). `xivo`: XiVO is authoritative; export copies it into state, apply writes it to the directory (the template, if any, seeds new users). `allocator`: chosen by this tool at export time.","type":"string","enum":["directory","xivo","allocator"],"default":"directory"}},"if":{"properties":{"owner":{"const":"directory"}}},"then":{"x-message":"a field owned by the directory needs a template","required":["template"]}},"Condition":{"title":"Condition","description":"When a rule applies: `always: true`, membership of a group (`memberOf` DN), an attribute test (`attribute` with `equals` or `regex`), or only `sites`. `sites` also restricts the other tests to people of those sites.","type":"object","additionalProperties":false,"properties":{"always":{"type":"boolean","const":true},"memberOf":{"$ref":"#/definitions/Dn"},"attribute":{"$ref":"#/definitions/AttributeName"},"equals":{"type":"string"},"regex":{"$ref":"#/definitions/Regex"},"sites":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"}}},"minProperties":1,"dependencies":{"always":{"x-message":"use only one of always, memberOf or attribute","not":{"anyOf":[{"required":["memberOf"]},{"required":["attribute"]}]}},"memberOf":{"x-message":"use only one of always, memberOf or attribute","not":{"required":["attribute"]}},"attribute":{"x-message":"an attribute test needs exactly one of equals or regex","oneOf":[{"required":["equals"]},{"required":["regex"]}]},"equals":["attribute"],"regex":["attribute"]},"x-message":"a condition needs one of always, memberOf, attribute (with equals or regex) or sites"},"SiteMatch":{"title":"SiteMatch","description":"Which people belong to a site: exactly one of an attribute test (equals or regex), a DN suffix (e.g. ou=Lyon,dc=example,dc=fr) or a group membership.","type":"object","additionalProperties":false,"properties":{"attribute":{"$ref":"#/definitions/AttributeName"},"equals":{"type":"string"},"regex":{"$ref":"#/definitions/Regex"},"dnSuffix":{"$ref":"#/definitions/Dn"},"memberOf":{"$ref":"#/definitions/Dn"}},"minProperties":1,"dependencies":{"attribute":{"x-message":"use only one of attribute, dnSuffix or memberOf; an attribute test needs exactly one of equals or regex","not":{"anyOf":[{"required":["dnSuffix"]},{"required":["memberOf"]}]},"oneOf":[{"required":["equals"]},{"required":["regex"]}]},"dnSuffix":{"x-message":"use only one of attribute, dnSuffix or memberOf","not":{"required":["memberOf"]}},"equals":["attribute"],"regex":["attribute"]},"x-message":"match needs one of attribute (with equals or regex), dnSuffix or memberOf"},"NumberRange":{"title":"NumberRange","description":"An inclusive range of numbers of the same length, written as quoted strings (YAML would drop leading zeros of a bare number). Extension, voicemail and agent ranges are digits; DID ranges are E.164 (+33...).","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"type":"string","pattern":"^\\+?[0-9]{1,20}$"},"end":{"type":"string","pattern":"^\\+?[0-9]{1,20}$"}}},"ExtensionRule":{"title":"ExtensionRule","description":"Where a person's internal extension comes from. `attribute`: the last `digits` digits of an attribute (e.g. telephoneNumber). `did-suffix`: the last `digits` digits of the person's DID. `pool`: allocated from `ranges` (never re-using a quarantined number). In every case the extension must lie in `ranges`.","type":"object","additionalProperties":false,"required":["source","ranges"],"properties":{"source":{"type":"string","enum":["attribute","did-suffix","pool"]},"attribute":{"$ref":"#/definitions/AttributeName"},"digits":{"description":"Length of the extension.","type":"integer","minimum":2,"maximum":10,"default":4},"ranges":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}}},"if":{"properties":{"source":{"const":"attribute"}}},"then":{"required":["attribute"]}},"DidRule":{"title":"DidRule","description":"Where a person's DID comes from. `attribute`: parsed from an attribute with the site's country (e.g. telephoneNumber 01 23 45 67 42). `pool`: allocated from `ranges` (E.164). `none`: no DIDs on this site.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"type":"string","enum":["attribute","pool","none"]},"attribute":{"$ref":"#/definitions/AttributeName"},"ranges":{"description":"E.164 ranges the DIDs must lie in (required for `pool`; also checked for `attribute` when given).","type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}},"incallFormat":{"description":"How the trunk delivers the called number to XiVO, i.e. the incall extension: `e164` +33123456742, `national` 0123456742, `international` 0033123456742, `digits` the last `didLength` digits.","type":"string","enum":["e164","national","international","digits"],"default":"national"},"didLength":{"description":"Number of trailing digits delivered when incallFormat is `digits`.","type":"integer","minimum":1,"maximum":15}},"allOf":[{"if":{"properties":{"source":{"const":"attribute"}}},"then":{"required":["attribute"]}},{"if":{"properties":{"source":{"const":"pool"}}},"then":{"required":["ranges"]}},{"if":{"properties":{"incallFormat":{"const":"digits"}},"required":["incallFormat"]},"then":{"required":["didLength"]}}]},"SiteGrants":{"title":"SiteGrants","description":"Which resources people of the site may have. Voicemail, agent and call permissions also need their own rule to hold.","type":"object","additionalProperties":false,"properties":{"line":{"type":"boolean","default":true},"did":{"type":"boolean","default":true},"voicemail":{"type":"boolean","default":true},"agent":{"type":"boolean","default":true},"callPermissions":{"type":"boolean","default":true}}},"Site":{"title":"Site","type":"object","additionalProperties":false,"required":["name","match","context","country","extension"],"properties":{"onboardingText":{"description":"A paragraph for this site's onboarding e-mail (where to collect a phone, who to call for help).","type":"string","maxLength":2000},"name":{"description":"Short unique name, written into state files (`site`).","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"match":{"$ref":"#/definitions/SiteMatch"},"context":{"description":"Internal XiVO context of the site's lines, voicemails and agents.","$ref":"#/definitions/ContextName"},"incallContext":{"description":"XiVO incall context receiving the site's DIDs.","$ref":"#/definitions/ContextName","default":"from-extern"},"country":{"description":"ISO 3166-1 alpha-2 country used to parse and format phone numbers.","type":"string","pattern":"^[A-Z]{2}$"},"language":{"description":"Language of the site's users (e.g. fr_FR), used when `fields.language` is not mapped.","type":"string","pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"description":"Timezone of the site's users (e.g. Europe/Paris), used when `fields.timezone` is not mapped.","type":"string","maxLength":128},"extension":{"$ref":"#/definitions/ExtensionRule"},"did":{"$ref":"#/definitions/DidRule","default":{"source":"none"}},"grants":{"$ref":"#/definitions/SiteGrants"}}},"VoicemailRule":{"title":"VoicemailRule","description":"Who gets a voicemail box. Its number is the person's extension, in the site's context.","type":"object","additionalProperties":false,"required":["when"],"properties":{"when":{"description":"The person gets a voicemail when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}},"name":{"description":"Voicemail box name.","$ref":"#/definitions/Template","default":"{{givenName}} {{sn}}"},"email":{"description":"Where voicemail notifications go.","$ref":"#/definitions/Template"},"timezone":{"description":"XiVO zonemessages name, e.g. eu-fr.","type":"string","maxLength":128}}},"AgentRule":{"title":"AgentRule","description":"Who gets a call-center agent, and its number: either a template (e.g. `8{{extension}}`) or a pool.","type":"object","additionalProperties":false,"required":["when"],"properties":{"when":{"description":"The person gets an agent when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}},"number":{"description":"Template of the agent number; the result must be digits.","$ref":"#/definitions/Template"},"ranges":{"description":"Pool the agent number is allocated from.","type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}}},"dependencies":{"number":{"x-message":"give either number or ranges, not both","not":{"required":["ranges"]}}},"if":{"not":{"anyOf":[{"required":["number"]},{"required":["ranges"]}]}},"then":{"x-message":"give either number (a template) or ranges (a pool)","required":["number","ranges"]}},"CallPermissionRule":{"title":"CallPermissionRule","type":"object","additionalProperties":false,"required":["name","when"],"properties":{"name":{"description":"Name of an existing XiVO call permission.","type":"string","pattern":"^[a-z0-9_-]{1,128}$"},"when":{"description":"The person holds the permission when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}}},"LifecycleConfig":{"title":"LifecycleConfig","type":"object","additionalProperties":false,"properties":{"graceDays":{"description":"Days a disabled or missing person stays disabled in XiVO (numbers kept) before removal.","type":"integer","minimum":0,"maximum":3650,"default":30},"quarantineDays":{"description":"Days a released number is held back before it can be allocated again.","type":"integer","minimum":0,"maximum":3650,"default":90}}},"DeleteLimit":{"title":"DeleteLimit","description":"Refuse a run that would delete more than `count` items OR more than `percent` % of the existing ones, unless explicitly overridden.","type":"object","additionalProperties":false,"properties":{"count":{"type":"integer","minimum":0,"default":10},"percent":{"type":"number","minimum":0,"maximum":100,"default":10}}},"SafetyConfig":{"title":"SafetyConfig","type":"object","additionalProperties":false,"properties":{"minExportRatio":{"description":"Export refuses to write when the directory returns fewer than this fraction of the people already in state (a wrong base DN must not look like mass deletion).","type":"number","minimum":0,"maximum":1,"default":0.9},"maxDeletes":{"title":"MaxDeletes","description":"Deletion thresholds per resource type.","type":"object","additionalProperties":false,"properties":{"users":{"$ref":"#/definitions/DeleteLimit"},"lines":{"$ref":"#/definitions/DeleteLimit"},"dids":{"$ref":"#/definitions/DeleteLimit"},"voicemails":{"$ref":"#/definitions/DeleteLimit"},"agents":{"$ref":"#/definitions/DeleteLimit"}}}}},"WriteBackConfig":{"title":"WriteBackConfig","description":"Directory attributes that receive what XiVO holds after apply (`xivo-sync writeback`, and apply unless --no-writeback). An outcome without an attribute here is not written. Only values that differ are written; an outcome that is gone (a DID removed) deletes the attribute.","type":"object","additionalProperties":false,"properties":{"bindDn":{"description":"DN (or AD user principal name) to bind as for writing, when the export's read-only account may not write. (Default: source.bindDn)","$ref":"#/definitions/Dn"},"bindPassword":{"description":"Password of writeBack.bindDn, e.g. ${LDAP_WRITE_PASSWORD}. (Default: the LDAP_WRITE_PASSWORD variable)","$ref":"#/definitions/EnvRef"},"extension":{"description":"Receives the internal extension, e.g. ipPhone (AD) or pager.","$ref":"#/definitions/AttributeName"},"did":{"description":"Receives the DID: an attribute name (E.164), or an attribute and a number format.","oneOf":[{"$ref":"#/definitions/AttributeName"},{"$ref":"#/definitions/WriteBackNumber"}]},"xivoUuid":{"description":"Receives the XiVO user uuid, e.g. extensionAttribute1 (AD).","$ref":"#/definitions/AttributeName"},"agent":{"description":"Receives the call-center agent number.","$ref":"#/definitions/AttributeName"},"fields":{"description":"User fields owned by XiVO (owner: xivo) and the attribute each is written to, e.g. { mobile_phone_number: mobile }: XiVO wins, and the directory follows.","type":"object","propertyNames":{"pattern":"^[a-z_]+$"},"additionalProperties":{"$ref":"#/definitions/AttributeName"}}}},"WriteBackNumber":{"title":"WriteBackNumber","description":"A phone number written back in a given format.","type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/definitions/AttributeName"},"format":{"description":"e164 (+33123456742), national (0123456742), international (0033123456742) or display (+33 1 23 45 67 42).","enum":["e164","national","international","display"],"default":"e164"}}},"XivoConfig":{"title":"XivoConfig","description":"The XiVO to converge (used by plan and apply).","type":"object","additionalProperties":false,"required":["url","username","password"],"properties":{"url":{"description":"Base URL of the XiVO host, e.g. https://xivo.example.fr (confd on :9486, auth on :9497) or the emulator's URL.","type":"string","pattern":"^https?://[^\\s]+$"},"caFile":{"description":"PEM CA file for the XiVO certificate.","type":"string","minLength":1},"insecure":{"description":"Accept plain http:// URLs for XiVO (confd, auth, web services): the credentials and the generated passwords travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).","type":"boolean","default":false},"username":{"description":"Web-service user, e.g. ${XIVO_USER}.","$ref":"#/definitions/EnvRef"},"password":{"description":"Web-service password, e.g. ${XIVO_PASSWORD}.","$ref":"#/definitions/EnvRef"},"webservices":{"$ref":"#/definitions/XivoWebServicesConfig"}}},"XivoWebServicesConfig":{"title":"XivoWebServicesConfig","description":"The web-services user (Configuration → Web Services Access) that manages call-center agents on a XiVO whose confd has no /1.1/agents, such as XiVO 16.15. Unused where confd has agents.","type":"object","additionalProperties":false,"properties":{"url":{"description":"Base URL of the web interface serving /callcenter/json.php. (Default: xivo.url, on the default HTTPS port when xivo.url is https:// and names confd's port 9486)","type":"string","pattern":"^https?://[^\\s]+$"},"username":{"description":"Web-services login, e.g. ${XIVO_WS_USER}. (Default: the XIVO_WS_USER variable)","$ref":"#/definitions/EnvRef"},"password":{"description":"Web-services password, e.g. ${XIVO_WS_PASSWORD}. (Default: the XIVO_WS_PASSWORD variable)","$ref":"#/definitions/EnvRef"}}},"NotifyConfig":{"title":"NotifyConfig","description":"Onboarding e-mail delivery.","type":"object","additionalProperties":false,"required":["smtp","from"],"properties":{"smtp":{"title":"SmtpConfig","type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","minLength":1,"maxLength":255},"port":{"type":"integer","minimum":1,"maximum":65535,"default":587},"secure":{"description":"true: TLS from the start (port 465); false: STARTTLS when offered.","type":"boolean","default":false},"user":{"$ref":"#/definitions/EnvRef"},"password":{"$ref":"#/definitions/EnvRef"}},"dependencies":{"password":["user"]}},"from":{"description":"Sender, e.g. \"Téléphonie <telephonie@example.fr>\".","type":"string","minLength":3,"maxLength":320}}}}};
const schema16 = {"title":"IdentityConfig","description":"How managed XiVO users are recognised.","type":"object","additionalProperties":false,"properties":{"xivoField":{"description":"XiVO user field that holds the key. Users without it are never modified or deleted. The field must not also be mapped in `fields`.","type":"string","enum":["userfield","description"],"default":"userfield"},"adoptBy":{"description":"On the first run, an unmarked XiVO user matching on these fields (in order) is adopted instead of duplicated.","type":"array","uniqueItems":true,"items":{"type":"string","enum":["email","username"]},"default":["email","username"]}}};
const schema18 = {"description":"A text template. `{{attr}}` is replaced by the first value of the directory attribute `attr` (empty when missing); `{{ attr | f1 | f2(arg) }}` applies filters in order: lower, upper, trim, ascii (strip accents), initial (first character), digits (keep 0-9), e164 (parse a phone number with the site's country and write it in E.164), first (first value), left(n), right(n), replace(a, b), default(x), join(sep). The placeholders `{{key}}`, `{{site}}` and `{{extension}}` are also available. Single braces are literal text, except that the single-brace form `{attr}` is an error; `{{\"{{\"}}` writes a literal `{{`.","type":"string","minLength":1,"maxLength":512,"not":{"pattern":"\\$\\{"},"x-message":"templates cannot contain ${...}: environment references are only for secrets"};
const schema59 = {"title":"LifecycleConfig","type":"object","additionalProperties":false,"properties":{"graceDays":{"description":"Days a disabled or missing person stays disabled in XiVO (numbers kept) before removal.","type":"integer","minimum":0,"maximum":3650,"default":30},"quarantineDays":{"description":"Days a released number is held back before it can be allocated again.","type":"integer","minimum":0,"maximum":3650,"default":90}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const schema12 = {"title":"SourceConfig","description":"The directory to read.","type":"object","additionalProperties":false,"required":["url","baseDns","identifier"],"properties":{"url":{"description":"ldap://host[:port] or ldaps://host[:port].","type":"string","pattern":"^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$"},"starttls":{"description":"Upgrade an ldap:// connection with StartTLS before binding. Ignored for ldaps://.","type":"boolean","default":false},"insecure":{"description":"Accept an ldap:// URL without StartTLS: the bind password and the directory travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).","type":"boolean","default":false},"caFile":{"description":"PEM file of the CA that signed the directory's certificate (default: the system CAs).","type":"string","minLength":1},"bindDn":{"description":"DN (or AD user principal name) to bind as. Omit for an anonymous bind.","type":"string","minLength":1},"bindPassword":{"description":"Bind password, only as an environment reference such as ${LDAP_BIND_PASSWORD}.","$ref":"#/definitions/EnvRef"},"baseDns":{"description":"Search bases; every base is searched and the results merged.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/Dn"}},"filter":{"description":"LDAP filter selecting the people to export.","type":"string","pattern":"^\\(.*\\)$","default":"(objectClass=person)"},"scope":{"description":"Search scope below each base DN.","type":"string","enum":["sub","one"],"default":"sub"},"pageSize":{"description":"Paged-results page size (RFC 2696).","type":"integer","minimum":1,"maximum":5000,"default":500},"identifier":{"title":"IdentifierConfig","description":"The attribute whose value becomes the person's key (the state file name).","type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"description":"e.g. entryUUID (OpenLDAP), objectGUID (AD), employeeNumber.","$ref":"#/definitions/AttributeName"},"format":{"description":"`uuid`: a textual UUID, lower-cased. `guid`: AD's binary objectGUID, rendered as a canonical lower-case GUID string. `string`: the value as is (must fit the key pattern).","type":"string","enum":["uuid","guid","string"],"default":"string"}}},"disabled":{"title":"DisabledRule","description":"How to recognise a disabled account. Without it, only people missing from the directory become disabled.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"adUserAccountControl":{"description":"Active Directory: disabled when bit 2 (ACCOUNTDISABLE) of userAccountControl is set.","type":"boolean","const":true},"filter":{"description":"An LDAP filter that matches disabled entries, e.g. (pwdAccountLockedTime=*).","type":"string","pattern":"^\\(.*\\)$"}},"x-message":"give exactly one of adUserAccountControl or filter"},"timeoutMs":{"description":"Connect and operation timeout in milliseconds.","type":"integer","minimum":100,"maximum":600000,"default":10000}},"dependencies":{"bindPassword":["bindDn"]}};
const schema13 = {"description":"A reference to an environment variable, written exactly `${NAME}`. Secrets may only be given this way: a literal value is a validation error.","type":"string","pattern":"^\\$\\{[A-Z_][A-Z0-9_]*\\}$","x-message":"must be an environment variable reference written exactly ${NAME}: secrets are never written in mappings/"};
const schema14 = {"type":"string","minLength":1,"maxLength":1024};
const schema15 = {"description":"An LDAP attribute name (or OID).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern0 = new RegExp("^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$", "u");
const pattern1 = new RegExp("^\\$\\{[A-Z_][A-Z0-9_]*\\}$", "u");
const pattern2 = new RegExp("^\\(.*\\)$", "u");
const pattern3 = new RegExp("^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.baseDns === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseDns"},message:"must have required property '"+"baseDns"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.identifier === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bindPassword !== undefined){
if(data.bindDn === undefined){
const err4 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "bindPassword",
    missingProperty: "bindDn",
    depsCount: 1,
    deps: "bindDn"},message:"must have property bindDn when property bindPassword is present",schema:schema12.dependencies,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$"},message:"must match pattern \""+"^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$"+"\"",schema:"^ldaps?://[A-Za-z0-9._-]+(:[0-9]{1,5})?/?$",parentSchema:schema12.properties.url,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.url.type,parentSchema:schema12.properties.url,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.starttls !== undefined){
let data1 = data.starttls;
if(typeof data1 !== "boolean"){
const err7 = {instancePath:instancePath+"/starttls",schemaPath:"#/properties/starttls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.starttls.type,parentSchema:schema12.properties.starttls,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.insecure !== undefined){
let data2 = data.insecure;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.insecure.type,parentSchema:schema12.properties.insecure,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.caFile !== undefined){
let data3 = data.caFile;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.caFile,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.caFile.type,parentSchema:schema12.properties.caFile,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.bindDn !== undefined){
let data4 = data.bindDn;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err11 = {instancePath:instancePath+"/bindDn",schemaPath:"#/properties/bindDn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.bindDn,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/bindDn",schemaPath:"#/properties/bindDn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.bindDn.type,parentSchema:schema12.properties.bindDn,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.bindPassword !== undefined){
let data5 = data.bindPassword;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err13 = {instancePath:instancePath+"/bindPassword",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/bindPassword",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.baseDns !== undefined){
let data6 = data.baseDns;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/baseDns",schemaPath:"#/properties/baseDns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.baseDns,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) > 1024){
const err16 = {instancePath:instancePath+"/baseDns/" + i0,schemaPath:"#/definitions/Dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data7) < 1){
const err17 = {instancePath:instancePath+"/baseDns/" + i0,schemaPath:"#/definitions/Dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/baseDns/" + i0,schemaPath:"#/definitions/Dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data6[i1], data6[j0])){
const err19 = {instancePath:instancePath+"/baseDns",schemaPath:"#/properties/baseDns/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema12.properties.baseDns,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/baseDns",schemaPath:"#/properties/baseDns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.baseDns.type,parentSchema:schema12.properties.baseDns,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.filter !== undefined){
let data8 = data.filter;
if(typeof data8 === "string"){
if(!pattern2.test(data8)){
const err21 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/pattern",keyword:"pattern",params:{pattern: "^\\(.*\\)$"},message:"must match pattern \""+"^\\(.*\\)$"+"\"",schema:"^\\(.*\\)$",parentSchema:schema12.properties.filter,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.filter.type,parentSchema:schema12.properties.filter,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.scope !== undefined){
let data9 = data.scope;
if(typeof data9 !== "string"){
const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.scope.type,parentSchema:schema12.properties.scope,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data9 === "sub") || (data9 === "one"))){
const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/enum",keyword:"enum",params:{allowedValues: schema12.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.scope.enum,parentSchema:schema12.properties.scope,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data10 = data.pageSize;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.pageSize.type,parentSchema:schema12.properties.pageSize,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 5000 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema12.properties.pageSize,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.pageSize,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.identifier !== undefined){
let data11 = data.identifier;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.attribute === undefined){
const err28 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema12.properties.identifier.required,parentSchema:schema12.properties.identifier,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key1 in data11){
if(!((key1 === "attribute") || (key1 === "format"))){
const err29 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.identifier,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.attribute !== undefined){
let data12 = data11.attribute;
if(typeof data12 === "string"){
if(!pattern3.test(data12)){
const err30 = {instancePath:instancePath+"/identifier/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/identifier/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.format !== undefined){
let data13 = data11.format;
if(typeof data13 !== "string"){
const err32 = {instancePath:instancePath+"/identifier/format",schemaPath:"#/properties/identifier/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.identifier.properties.format.type,parentSchema:schema12.properties.identifier.properties.format,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((data13 === "uuid") || (data13 === "guid")) || (data13 === "string"))){
const err33 = {instancePath:instancePath+"/identifier/format",schemaPath:"#/properties/identifier/properties/format/enum",keyword:"enum",params:{allowedValues: schema12.properties.identifier.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.identifier.properties.format.enum,parentSchema:schema12.properties.identifier.properties.format,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.identifier.type,parentSchema:schema12.properties.identifier,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.disabled !== undefined){
let data14 = data.disabled;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length > 1){
const err35 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema12.properties.disabled,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(Object.keys(data14).length < 1){
const err36 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema12.properties.disabled,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key2 in data14){
if(!((key2 === "adUserAccountControl") || (key2 === "filter"))){
const err37 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.disabled,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.adUserAccountControl !== undefined){
let data15 = data14.adUserAccountControl;
if(typeof data15 !== "boolean"){
const err38 = {instancePath:instancePath+"/disabled/adUserAccountControl",schemaPath:"#/properties/disabled/properties/adUserAccountControl/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.disabled.properties.adUserAccountControl.type,parentSchema:schema12.properties.disabled.properties.adUserAccountControl,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(true !== data15){
const err39 = {instancePath:instancePath+"/disabled/adUserAccountControl",schemaPath:"#/properties/disabled/properties/adUserAccountControl/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema12.properties.disabled.properties.adUserAccountControl,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.filter !== undefined){
let data16 = data14.filter;
if(typeof data16 === "string"){
if(!pattern2.test(data16)){
const err40 = {instancePath:instancePath+"/disabled/filter",schemaPath:"#/properties/disabled/properties/filter/pattern",keyword:"pattern",params:{pattern: "^\\(.*\\)$"},message:"must match pattern \""+"^\\(.*\\)$"+"\"",schema:"^\\(.*\\)$",parentSchema:schema12.properties.disabled.properties.filter,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/disabled/filter",schemaPath:"#/properties/disabled/properties/filter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.disabled.properties.filter.type,parentSchema:schema12.properties.disabled.properties.filter,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.disabled.type,parentSchema:schema12.properties.disabled,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data17 = data.timeoutMs;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err43 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.timeoutMs.type,parentSchema:schema12.properties.timeoutMs,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 600000 || isNaN(data17)){
const err44 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema12.properties.timeoutMs,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17 < 100 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema12.properties.timeoutMs,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema17 = {"title":"FieldRule","type":"object","additionalProperties":false,"properties":{"template":{"$ref":"#/definitions/Template"},"owner":{"description":"`directory`: LDAP → state → XiVO (a template is required). `xivo`: XiVO is authoritative; export copies it into state, apply writes it to the directory (the template, if any, seeds new users). `allocator`: chosen by this tool at export time.","type":"string","enum":["directory","xivo","allocator"],"default":"directory"}},"if":{"properties":{"owner":{"const":"directory"}}},"then":{"x-message":"a field owned by the directory needs a template","required":["template"]}};
const pattern5 = new RegExp("\\$\\{", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.owner !== undefined){
if("directory" !== data.owner){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema17.then.required,parentSchema:schema17.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema17.if,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "template") || (key0 === "owner"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.template !== undefined){
let data1 = data.template;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid4 = _errs11 === errors;
if(valid4){
const err5 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(typeof data1 === "string"){
if(func3(data1) > 512){
const err6 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/template",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.owner !== undefined){
let data2 = data.owner;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.owner.type,parentSchema:schema17.properties.owner,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "directory") || (data2 === "xivo")) || (data2 === "allocator"))){
const err10 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/enum",keyword:"enum",params:{allowedValues: schema17.properties.owner.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.owner.enum,parentSchema:schema17.properties.owner,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema33 = {"title":"Site","type":"object","additionalProperties":false,"required":["name","match","context","country","extension"],"properties":{"onboardingText":{"description":"A paragraph for this site's onboarding e-mail (where to collect a phone, who to call for help).","type":"string","maxLength":2000},"name":{"description":"Short unique name, written into state files (`site`).","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"match":{"$ref":"#/definitions/SiteMatch"},"context":{"description":"Internal XiVO context of the site's lines, voicemails and agents.","$ref":"#/definitions/ContextName"},"incallContext":{"description":"XiVO incall context receiving the site's DIDs.","$ref":"#/definitions/ContextName","default":"from-extern"},"country":{"description":"ISO 3166-1 alpha-2 country used to parse and format phone numbers.","type":"string","pattern":"^[A-Z]{2}$"},"language":{"description":"Language of the site's users (e.g. fr_FR), used when `fields.language` is not mapped.","type":"string","pattern":"^[a-z]{2}_[A-Z]{2}$"},"timezone":{"description":"Timezone of the site's users (e.g. Europe/Paris), used when `fields.timezone` is not mapped.","type":"string","maxLength":128},"extension":{"$ref":"#/definitions/ExtensionRule"},"did":{"$ref":"#/definitions/DidRule","default":{"source":"none"}},"grants":{"$ref":"#/definitions/SiteGrants"}}};
const schema39 = {"type":"string","pattern":"^[A-Za-z0-9_-]{1,39}$"};
const schema47 = {"title":"SiteGrants","description":"Which resources people of the site may have. Voicemail, agent and call permissions also need their own rule to hold.","type":"object","additionalProperties":false,"properties":{"line":{"type":"boolean","default":true},"did":{"type":"boolean","default":true},"voicemail":{"type":"boolean","default":true},"agent":{"type":"boolean","default":true},"callPermissions":{"type":"boolean","default":true}}};
const pattern20 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
const pattern22 = new RegExp("^[A-Za-z0-9_-]{1,39}$", "u");
const pattern24 = new RegExp("^[A-Z]{2}$", "u");
const pattern25 = new RegExp("^[a-z]{2}_[A-Z]{2}$", "u");
const schema34 = {"title":"SiteMatch","description":"Which people belong to a site: exactly one of an attribute test (equals or regex), a DN suffix (e.g. ou=Lyon,dc=example,dc=fr) or a group membership.","type":"object","additionalProperties":false,"properties":{"attribute":{"$ref":"#/definitions/AttributeName"},"equals":{"type":"string"},"regex":{"$ref":"#/definitions/Regex"},"dnSuffix":{"$ref":"#/definitions/Dn"},"memberOf":{"$ref":"#/definitions/Dn"}},"minProperties":1,"dependencies":{"attribute":{"x-message":"use only one of attribute, dnSuffix or memberOf; an attribute test needs exactly one of equals or regex","not":{"anyOf":[{"required":["dnSuffix"]},{"required":["memberOf"]}]},"oneOf":[{"required":["equals"]},{"required":["regex"]}]},"dnSuffix":{"x-message":"use only one of attribute, dnSuffix or memberOf","not":{"required":["memberOf"]}},"equals":["attribute"],"regex":["attribute"]},"x-message":"match needs one of attribute (with equals or regex), dnSuffix or memberOf"};
const schema36 = {"description":"A JavaScript regular expression (no delimiters), matched against the first attribute value.","type":"string","minLength":1,"maxLength":512};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "attribute") || (key0 === "equals")) || (key0 === "regex")) || (key0 === "dnSuffix")) || (key0 === "memberOf"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.equals !== undefined){
if(data.attribute === undefined){
const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "equals",
    missingProperty: "attribute",
    depsCount: 1,
    deps: "attribute"},message:"must have property attribute when property equals is present",schema:schema34.dependencies,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.regex !== undefined){
if(data.attribute === undefined){
const err3 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "regex",
    missingProperty: "attribute",
    depsCount: 1,
    deps: "attribute"},message:"must have property attribute when property regex is present",schema:schema34.dependencies,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.attribute !== undefined){
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.dnSuffix === undefined) && (missing1 = "dnSuffix")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.memberOf === undefined) && (missing2 = "memberOf")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs5 === errors;
if(valid1){
const err7 = {instancePath,schemaPath:"#/dependencies/attribute/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.dependencies.attribute.not,parentSchema:schema34.dependencies.attribute,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.equals === undefined){
const err8 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf/0/required",keyword:"required",params:{missingProperty: "equals"},message:"must have required property '"+"equals"+"'",schema:schema34.dependencies.attribute.oneOf[0].required,parentSchema:schema34.dependencies.attribute.oneOf[0],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
if(_valid1){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regex === undefined){
const err9 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf/1/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'",schema:schema34.dependencies.attribute.oneOf[1].required,parentSchema:schema34.dependencies.attribute.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
if(_valid1 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err10 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.dependencies.attribute.oneOf,parentSchema:schema34.dependencies.attribute,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.dnSuffix !== undefined){
const _errs14 = errors;
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.memberOf === undefined) && (missing3 = "memberOf")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs15 === errors;
if(valid4){
const err12 = {instancePath,schemaPath:"#/dependencies/dnSuffix/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema34.dependencies.dnSuffix.not,parentSchema:schema34.dependencies.dnSuffix,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.attribute !== undefined){
let data0 = data.attribute;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err13 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.equals !== undefined){
let data1 = data.equals;
if(typeof data1 !== "string"){
const err15 = {instancePath:instancePath+"/equals",schemaPath:"#/properties/equals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.equals.type,parentSchema:schema34.properties.equals,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.regex !== undefined){
let data2 = data.regex;
if(typeof data2 === "string"){
if(func3(data2) > 512){
const err16 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data2) < 1){
const err17 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dnSuffix !== undefined){
let data3 = data.dnSuffix;
if(typeof data3 === "string"){
if(func3(data3) > 1024){
const err19 = {instancePath:instancePath+"/dnSuffix",schemaPath:"#/definitions/Dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data3) < 1){
const err20 = {instancePath:instancePath+"/dnSuffix",schemaPath:"#/definitions/Dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/dnSuffix",schemaPath:"#/definitions/Dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.memberOf !== undefined){
let data4 = data.memberOf;
if(typeof data4 === "string"){
if(func3(data4) > 1024){
const err22 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data4) < 1){
const err23 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema41 = {"title":"ExtensionRule","description":"Where a person's internal extension comes from. `attribute`: the last `digits` digits of an attribute (e.g. telephoneNumber). `did-suffix`: the last `digits` digits of the person's DID. `pool`: allocated from `ranges` (never re-using a quarantined number). In every case the extension must lie in `ranges`.","type":"object","additionalProperties":false,"required":["source","ranges"],"properties":{"source":{"type":"string","enum":["attribute","did-suffix","pool"]},"attribute":{"$ref":"#/definitions/AttributeName"},"digits":{"description":"Length of the extension.","type":"integer","minimum":2,"maximum":10,"default":4},"ranges":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}}},"if":{"properties":{"source":{"const":"attribute"}}},"then":{"required":["attribute"]}};
const schema43 = {"title":"NumberRange","description":"An inclusive range of numbers of the same length, written as quoted strings (YAML would drop leading zeros of a bare number). Extension, voicemail and agent ranges are digits; DID ranges are E.164 (+33...).","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"type":"string","pattern":"^\\+?[0-9]{1,20}$"},"end":{"type":"string","pattern":"^\\+?[0-9]{1,20}$"}}};
const pattern27 = new RegExp("^\\+?[0-9]{1,20}$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
if("attribute" !== data.source){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribute === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema41.then.required,parentSchema:schema41.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema41.if,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ranges === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "source") || (key0 === "attribute")) || (key0 === "digits")) || (key0 === "ranges"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.type,parentSchema:schema41.properties.source,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data1 === "attribute") || (data1 === "did-suffix")) || (data1 === "pool"))){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema41.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.source.enum,parentSchema:schema41.properties.source,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.attribute !== undefined){
let data2 = data.attribute;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err8 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.digits !== undefined){
let data3 = data.digits;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/digits",schemaPath:"#/properties/digits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.digits.type,parentSchema:schema41.properties.digits,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/digits",schemaPath:"#/properties/digits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema41.properties.digits,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 2 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/digits",schemaPath:"#/properties/digits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema41.properties.digits,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.ranges !== undefined){
let data4 = data.ranges;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.ranges,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.start === undefined){
const err14 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema43.required,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.end === undefined){
const err15 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema43.required,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "start") || (key1 === "end"))){
const err16 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.start !== undefined){
let data6 = data5.start;
if(typeof data6 === "string"){
if(!pattern27.test(data6)){
const err17 = {instancePath:instancePath+"/ranges/" + i0+"/start",schemaPath:"#/definitions/NumberRange/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.start,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/ranges/" + i0+"/start",schemaPath:"#/definitions/NumberRange/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.start.type,parentSchema:schema43.properties.start,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.end !== undefined){
let data7 = data5.end;
if(typeof data7 === "string"){
if(!pattern27.test(data7)){
const err19 = {instancePath:instancePath+"/ranges/" + i0+"/end",schemaPath:"#/definitions/NumberRange/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.end,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/ranges/" + i0+"/end",schemaPath:"#/definitions/NumberRange/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.end.type,parentSchema:schema43.properties.end,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.ranges.type,parentSchema:schema41.properties.ranges,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema44 = {"title":"DidRule","description":"Where a person's DID comes from. `attribute`: parsed from an attribute with the site's country (e.g. telephoneNumber 01 23 45 67 42). `pool`: allocated from `ranges` (E.164). `none`: no DIDs on this site.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"type":"string","enum":["attribute","pool","none"]},"attribute":{"$ref":"#/definitions/AttributeName"},"ranges":{"description":"E.164 ranges the DIDs must lie in (required for `pool`; also checked for `attribute` when given).","type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}},"incallFormat":{"description":"How the trunk delivers the called number to XiVO, i.e. the incall extension: `e164` +33123456742, `national` 0123456742, `international` 0033123456742, `digits` the last `didLength` digits.","type":"string","enum":["e164","national","international","digits"],"default":"national"},"didLength":{"description":"Number of trailing digits delivered when incallFormat is `digits`.","type":"integer","minimum":1,"maximum":15}},"allOf":[{"if":{"properties":{"source":{"const":"attribute"}}},"then":{"required":["attribute"]}},{"if":{"properties":{"source":{"const":"pool"}}},"then":{"required":["ranges"]}},{"if":{"properties":{"incallFormat":{"const":"digits"}},"required":["incallFormat"]},"then":{"required":["didLength"]}}]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
if("attribute" !== data.source){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribute === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema44.allOf[0].then.required,parentSchema:schema44.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema44.allOf[0].if,parentSchema:schema44.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
if("pool" !== data.source){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ranges === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema44.allOf[1].then.required,parentSchema:schema44.allOf[1].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema44.allOf[1].if,parentSchema:schema44.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.incallFormat === undefined) && (missing0 = "incallFormat")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.incallFormat !== undefined){
if("digits" !== data.incallFormat){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.didLength === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "didLength"},message:"must have required property '"+"didLength"+"'",schema:schema44.allOf[2].then.required,parentSchema:schema44.allOf[2].then,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
}
if(!valid5){
const err9 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema44.allOf[2].if,parentSchema:schema44.allOf[2],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "source") || (key0 === "attribute")) || (key0 === "ranges")) || (key0 === "incallFormat")) || (key0 === "didLength"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.source.type,parentSchema:schema44.properties.source,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data3 === "attribute") || (data3 === "pool")) || (data3 === "none"))){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema44.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.source.enum,parentSchema:schema44.properties.source,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.attribute !== undefined){
let data4 = data.attribute;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err14 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.ranges !== undefined){
let data5 = data.ranges;
if(Array.isArray(data5)){
if(data5.length < 1){
const err16 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44.properties.ranges,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err17 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema43.required,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.end === undefined){
const err18 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema43.required,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err19 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(!pattern27.test(data7)){
const err20 = {instancePath:instancePath+"/ranges/" + i0+"/start",schemaPath:"#/definitions/NumberRange/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.start,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ranges/" + i0+"/start",schemaPath:"#/definitions/NumberRange/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.start.type,parentSchema:schema43.properties.start,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(!pattern27.test(data8)){
const err22 = {instancePath:instancePath+"/ranges/" + i0+"/end",schemaPath:"#/definitions/NumberRange/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.end,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/ranges/" + i0+"/end",schemaPath:"#/definitions/NumberRange/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.end.type,parentSchema:schema43.properties.end,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/definitions/NumberRange/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.ranges.type,parentSchema:schema44.properties.ranges,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.incallFormat !== undefined){
let data9 = data.incallFormat;
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/incallFormat",schemaPath:"#/properties/incallFormat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.incallFormat.type,parentSchema:schema44.properties.incallFormat,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((data9 === "e164") || (data9 === "national")) || (data9 === "international")) || (data9 === "digits"))){
const err27 = {instancePath:instancePath+"/incallFormat",schemaPath:"#/properties/incallFormat/enum",keyword:"enum",params:{allowedValues: schema44.properties.incallFormat.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.incallFormat.enum,parentSchema:schema44.properties.incallFormat,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.didLength !== undefined){
let data10 = data.didLength;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/didLength",schemaPath:"#/properties/didLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.didLength.type,parentSchema:schema44.properties.didLength,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 15 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/didLength",schemaPath:"#/properties/didLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15",schema:15,parentSchema:schema44.properties.didLength,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/didLength",schemaPath:"#/properties/didLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema44.properties.didLength,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.match === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.context === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.country === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.extension === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "extension"},message:"must have required property '"+"extension"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.onboardingText !== undefined){
let data0 = data.onboardingText;
if(typeof data0 === "string"){
if(func3(data0) > 2000){
const err6 = {instancePath:instancePath+"/onboardingText",schemaPath:"#/properties/onboardingText/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema33.properties.onboardingText,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/onboardingText",schemaPath:"#/properties/onboardingText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.onboardingText.type,parentSchema:schema33.properties.onboardingText,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,63}$",parentSchema:schema33.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.match !== undefined){
if(!(validate28(data.match, {instancePath:instancePath+"/match",parentData:data,parentDataProperty:"match",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.context !== undefined){
let data3 = data.context;
if(typeof data3 === "string"){
if(!pattern22.test(data3)){
const err10 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/context",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.incallContext !== undefined){
let data4 = data.incallContext;
if(typeof data4 === "string"){
if(!pattern22.test(data4)){
const err12 = {instancePath:instancePath+"/incallContext",schemaPath:"#/definitions/ContextName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,39}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,39}$"+"\"",schema:"^[A-Za-z0-9_-]{1,39}$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/incallContext",schemaPath:"#/definitions/ContextName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.country !== undefined){
let data5 = data.country;
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
const err14 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema33.properties.country,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.country.type,parentSchema:schema33.properties.country,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.language !== undefined){
let data6 = data.language;
if(typeof data6 === "string"){
if(!pattern25.test(data6)){
const err16 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}_[A-Z]{2}$"},message:"must match pattern \""+"^[a-z]{2}_[A-Z]{2}$"+"\"",schema:"^[a-z]{2}_[A-Z]{2}$",parentSchema:schema33.properties.language,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.language.type,parentSchema:schema33.properties.language,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.timezone !== undefined){
let data7 = data.timezone;
if(typeof data7 === "string"){
if(func3(data7) > 128){
const err18 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema33.properties.timezone,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.timezone.type,parentSchema:schema33.properties.timezone,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.extension !== undefined){
if(!(validate30(data.extension, {instancePath:instancePath+"/extension",parentData:data,parentDataProperty:"extension",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.did !== undefined){
if(!(validate32(data.did, {instancePath:instancePath+"/did",parentData:data,parentDataProperty:"did",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.grants !== undefined){
let data10 = data.grants;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!(((((key1 === "line") || (key1 === "did")) || (key1 === "voicemail")) || (key1 === "agent")) || (key1 === "callPermissions"))){
const err20 = {instancePath:instancePath+"/grants",schemaPath:"#/definitions/SiteGrants/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.line !== undefined){
let data11 = data10.line;
if(typeof data11 !== "boolean"){
const err21 = {instancePath:instancePath+"/grants/line",schemaPath:"#/definitions/SiteGrants/properties/line/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.line.type,parentSchema:schema47.properties.line,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.did !== undefined){
let data12 = data10.did;
if(typeof data12 !== "boolean"){
const err22 = {instancePath:instancePath+"/grants/did",schemaPath:"#/definitions/SiteGrants/properties/did/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.did.type,parentSchema:schema47.properties.did,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.voicemail !== undefined){
let data13 = data10.voicemail;
if(typeof data13 !== "boolean"){
const err23 = {instancePath:instancePath+"/grants/voicemail",schemaPath:"#/definitions/SiteGrants/properties/voicemail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.voicemail.type,parentSchema:schema47.properties.voicemail,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.agent !== undefined){
let data14 = data10.agent;
if(typeof data14 !== "boolean"){
const err24 = {instancePath:instancePath+"/grants/agent",schemaPath:"#/definitions/SiteGrants/properties/agent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.agent.type,parentSchema:schema47.properties.agent,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.callPermissions !== undefined){
let data15 = data10.callPermissions;
if(typeof data15 !== "boolean"){
const err25 = {instancePath:instancePath+"/grants/callPermissions",schemaPath:"#/definitions/SiteGrants/properties/callPermissions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.callPermissions.type,parentSchema:schema47.properties.callPermissions,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/grants",schemaPath:"#/definitions/SiteGrants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema48 = {"title":"VoicemailRule","description":"Who gets a voicemail box. Its number is the person's extension, in the site's context.","type":"object","additionalProperties":false,"required":["when"],"properties":{"when":{"description":"The person gets a voicemail when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}},"name":{"description":"Voicemail box name.","$ref":"#/definitions/Template","default":"{{givenName}} {{sn}}"},"email":{"description":"Where voicemail notifications go.","$ref":"#/definitions/Template"},"timezone":{"description":"XiVO zonemessages name, e.g. eu-fr.","type":"string","maxLength":128}}};
const schema49 = {"title":"Condition","description":"When a rule applies: `always: true`, membership of a group (`memberOf` DN), an attribute test (`attribute` with `equals` or `regex`), or only `sites`. `sites` also restricts the other tests to people of those sites.","type":"object","additionalProperties":false,"properties":{"always":{"type":"boolean","const":true},"memberOf":{"$ref":"#/definitions/Dn"},"attribute":{"$ref":"#/definitions/AttributeName"},"equals":{"type":"string"},"regex":{"$ref":"#/definitions/Regex"},"sites":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"}}},"minProperties":1,"dependencies":{"always":{"x-message":"use only one of always, memberOf or attribute","not":{"anyOf":[{"required":["memberOf"]},{"required":["attribute"]}]}},"memberOf":{"x-message":"use only one of always, memberOf or attribute","not":{"required":["attribute"]}},"attribute":{"x-message":"an attribute test needs exactly one of equals or regex","oneOf":[{"required":["equals"]},{"required":["regex"]}]},"equals":["attribute"],"regex":["attribute"]},"x-message":"a condition needs one of always, memberOf, attribute (with equals or regex) or sites"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "always") || (key0 === "memberOf")) || (key0 === "attribute")) || (key0 === "equals")) || (key0 === "regex")) || (key0 === "sites"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.equals !== undefined){
if(data.attribute === undefined){
const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "equals",
    missingProperty: "attribute",
    depsCount: 1,
    deps: "attribute"},message:"must have property attribute when property equals is present",schema:schema49.dependencies,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.regex !== undefined){
if(data.attribute === undefined){
const err3 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "regex",
    missingProperty: "attribute",
    depsCount: 1,
    deps: "attribute"},message:"must have property attribute when property regex is present",schema:schema49.dependencies,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.always !== undefined){
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.memberOf === undefined) && (missing1 = "memberOf")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.attribute === undefined) && (missing2 = "attribute")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs5 === errors;
if(valid1){
const err7 = {instancePath,schemaPath:"#/dependencies/always/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema49.dependencies.always.not,parentSchema:schema49.dependencies.always,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.memberOf !== undefined){
const _errs11 = errors;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.attribute === undefined) && (missing3 = "attribute")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(valid3){
const err9 = {instancePath,schemaPath:"#/dependencies/memberOf/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema49.dependencies.memberOf.not,parentSchema:schema49.dependencies.memberOf,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.attribute !== undefined){
const _errs15 = errors;
let valid4 = false;
let passing0 = null;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.equals === undefined){
const err10 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf/0/required",keyword:"required",params:{missingProperty: "equals"},message:"must have required property '"+"equals"+"'",schema:schema49.dependencies.attribute.oneOf[0].required,parentSchema:schema49.dependencies.attribute.oneOf[0],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regex === undefined){
const err11 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf/1/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'",schema:schema49.dependencies.attribute.oneOf[1].required,parentSchema:schema49.dependencies.attribute.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err12 = {instancePath,schemaPath:"#/dependencies/attribute/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema49.dependencies.attribute.oneOf,parentSchema:schema49.dependencies.attribute,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.always !== undefined){
let data0 = data.always;
if(typeof data0 !== "boolean"){
const err13 = {instancePath:instancePath+"/always",schemaPath:"#/properties/always/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.always.type,parentSchema:schema49.properties.always,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(true !== data0){
const err14 = {instancePath:instancePath+"/always",schemaPath:"#/properties/always/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema49.properties.always,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.memberOf !== undefined){
let data1 = data.memberOf;
if(typeof data1 === "string"){
if(func3(data1) > 1024){
const err15 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data1) < 1){
const err16 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/memberOf",schemaPath:"#/definitions/Dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.attribute !== undefined){
let data2 = data.attribute;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err18 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.equals !== undefined){
let data3 = data.equals;
if(typeof data3 !== "string"){
const err20 = {instancePath:instancePath+"/equals",schemaPath:"#/properties/equals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.equals.type,parentSchema:schema49.properties.equals,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.regex !== undefined){
let data4 = data.regex;
if(typeof data4 === "string"){
if(func3(data4) > 512){
const err21 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data4) < 1){
const err22 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/regex",schemaPath:"#/definitions/Regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.sites !== undefined){
let data5 = data.sites;
if(Array.isArray(data5)){
if(data5.length < 1){
const err24 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.sites,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern20.test(data6)){
const err25 = {instancePath:instancePath+"/sites/" + i0,schemaPath:"#/properties/sites/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,63}$",parentSchema:schema49.properties.sites.items,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/sites/" + i0,schemaPath:"#/properties/sites/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.sites.items.type,parentSchema:schema49.properties.sites.items,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err27 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema49.properties.sites,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err28 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.sites.type,parentSchema:schema49.properties.sites,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "when") || (key0 === "name")) || (key0 === "email")) || (key0 === "timezone"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.when !== undefined){
let data0 = data.when;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.when,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data0[i0], {instancePath:instancePath+"/when/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.when.type,parentSchema:schema48.properties.when,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid4 = _errs9 === errors;
if(valid4){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) > 512){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
const _errs14 = errors;
const _errs15 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid6 = _errs15 === errors;
if(valid6){
const err10 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(typeof data3 === "string"){
if(func3(data3) > 512){
const err11 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.timezone !== undefined){
let data4 = data.timezone;
if(typeof data4 === "string"){
if(func3(data4) > 128){
const err14 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema48.properties.timezone,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.timezone.type,parentSchema:schema48.properties.timezone,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema55 = {"title":"AgentRule","description":"Who gets a call-center agent, and its number: either a template (e.g. `8{{extension}}`) or a pool.","type":"object","additionalProperties":false,"required":["when"],"properties":{"when":{"description":"The person gets an agent when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}},"number":{"description":"Template of the agent number; the result must be digits.","$ref":"#/definitions/Template"},"ranges":{"description":"Pool the agent number is allocated from.","type":"array","minItems":1,"items":{"$ref":"#/definitions/NumberRange"}}},"dependencies":{"number":{"x-message":"give either number or ranges, not both","not":{"required":["ranges"]}}},"if":{"not":{"anyOf":[{"required":["number"]},{"required":["ranges"]}]}},"then":{"x-message":"give either number (a template) or ranges (a pool)","required":["number","ranges"]}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.number === undefined) && (missing0 = "number")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid1 = _errs6 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.ranges === undefined) && (missing1 = "ranges")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs4 === errors;
if(valid1){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err4 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema55.then.required,parentSchema:schema55.then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ranges === undefined){
const err5 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema55.then.required,parentSchema:schema55.then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid0 = _valid0;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema55.if,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.when === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "when") || (key0 === "number")) || (key0 === "ranges"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.number !== undefined){
const _errs12 = errors;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.ranges === undefined) && (missing2 = "ranges")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid4 = _errs13 === errors;
if(valid4){
const err10 = {instancePath,schemaPath:"#/dependencies/number/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.dependencies.number.not,parentSchema:schema55.dependencies.number,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.when !== undefined){
let data0 = data.when;
if(Array.isArray(data0)){
if(data0.length < 1){
const err11 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.when,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data0[i0], {instancePath:instancePath+"/when/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.when.type,parentSchema:schema55.properties.when,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
const _errs21 = errors;
const _errs22 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid9 = _errs22 === errors;
if(valid9){
const err14 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(typeof data2 === "string"){
if(func3(data2) > 512){
const err15 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data2) < 1){
const err16 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ranges !== undefined){
let data3 = data.ranges;
if(Array.isArray(data3)){
if(data3.length < 1){
const err18 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.ranges,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.start === undefined){
const err19 = {instancePath:instancePath+"/ranges/" + i1,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema43.required,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.end === undefined){
const err20 = {instancePath:instancePath+"/ranges/" + i1,schemaPath:"#/definitions/NumberRange/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema43.required,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "start") || (key1 === "end"))){
const err21 = {instancePath:instancePath+"/ranges/" + i1,schemaPath:"#/definitions/NumberRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.start !== undefined){
let data5 = data4.start;
if(typeof data5 === "string"){
if(!pattern27.test(data5)){
const err22 = {instancePath:instancePath+"/ranges/" + i1+"/start",schemaPath:"#/definitions/NumberRange/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.start,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/ranges/" + i1+"/start",schemaPath:"#/definitions/NumberRange/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.start.type,parentSchema:schema43.properties.start,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.end !== undefined){
let data6 = data4.end;
if(typeof data6 === "string"){
if(!pattern27.test(data6)){
const err24 = {instancePath:instancePath+"/ranges/" + i1+"/end",schemaPath:"#/definitions/NumberRange/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,20}$"},message:"must match pattern \""+"^\\+?[0-9]{1,20}$"+"\"",schema:"^\\+?[0-9]{1,20}$",parentSchema:schema43.properties.end,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/ranges/" + i1+"/end",schemaPath:"#/definitions/NumberRange/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.end.type,parentSchema:schema43.properties.end,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/ranges/" + i1,schemaPath:"#/definitions/NumberRange/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.ranges.type,parentSchema:schema55.properties.ranges,data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema58 = {"title":"CallPermissionRule","type":"object","additionalProperties":false,"required":["name","when"],"properties":{"name":{"description":"Name of an existing XiVO call permission.","type":"string","pattern":"^[a-z0-9_-]{1,128}$"},"when":{"description":"The person holds the permission when ANY condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/Condition"}}}};
const pattern39 = new RegExp("^[a-z0-9_-]{1,128}$", "u");

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.when === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "when"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern39.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-z0-9_-]{1,128}$"+"\"",schema:"^[a-z0-9_-]{1,128}$",parentSchema:schema58.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.name.type,parentSchema:schema58.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.when !== undefined){
let data1 = data.when;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema58.properties.when,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data1[i0], {instancePath:instancePath+"/when/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.when.type,parentSchema:schema58.properties.when,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema60 = {"title":"SafetyConfig","type":"object","additionalProperties":false,"properties":{"minExportRatio":{"description":"Export refuses to write when the directory returns fewer than this fraction of the people already in state (a wrong base DN must not look like mass deletion).","type":"number","minimum":0,"maximum":1,"default":0.9},"maxDeletes":{"title":"MaxDeletes","description":"Deletion thresholds per resource type.","type":"object","additionalProperties":false,"properties":{"users":{"$ref":"#/definitions/DeleteLimit"},"lines":{"$ref":"#/definitions/DeleteLimit"},"dids":{"$ref":"#/definitions/DeleteLimit"},"voicemails":{"$ref":"#/definitions/DeleteLimit"},"agents":{"$ref":"#/definitions/DeleteLimit"}}}}};
const schema61 = {"title":"DeleteLimit","description":"Refuse a run that would delete more than `count` items OR more than `percent` % of the existing ones, unless explicitly overridden.","type":"object","additionalProperties":false,"properties":{"count":{"type":"integer","minimum":0,"default":10},"percent":{"type":"number","minimum":0,"maximum":100,"default":10}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "minExportRatio") || (key0 === "maxDeletes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.minExportRatio !== undefined){
let data0 = data.minExportRatio;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/minExportRatio",schemaPath:"#/properties/minExportRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema60.properties.minExportRatio,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/minExportRatio",schemaPath:"#/properties/minExportRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.minExportRatio,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/minExportRatio",schemaPath:"#/properties/minExportRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema60.properties.minExportRatio.type,parentSchema:schema60.properties.minExportRatio,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.maxDeletes !== undefined){
let data1 = data.maxDeletes;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((key1 === "users") || (key1 === "lines")) || (key1 === "dids")) || (key1 === "voicemails")) || (key1 === "agents"))){
const err4 = {instancePath:instancePath+"/maxDeletes",schemaPath:"#/properties/maxDeletes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.maxDeletes,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.users !== undefined){
let data2 = data1.users;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(!((key2 === "count") || (key2 === "percent"))){
const err5 = {instancePath:instancePath+"/maxDeletes/users",schemaPath:"#/definitions/DeleteLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.count !== undefined){
let data3 = data2.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/maxDeletes/users/count",schemaPath:"#/definitions/DeleteLimit/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.count.type,parentSchema:schema61.properties.count,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxDeletes/users/count",schemaPath:"#/definitions/DeleteLimit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.count,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data2.percent !== undefined){
let data4 = data2.percent;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/maxDeletes/users/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.percent,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/maxDeletes/users/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.percent,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/maxDeletes/users/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.percent.type,parentSchema:schema61.properties.percent,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/maxDeletes/users",schemaPath:"#/definitions/DeleteLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.lines !== undefined){
let data5 = data1.lines;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!((key3 === "count") || (key3 === "percent"))){
const err12 = {instancePath:instancePath+"/maxDeletes/lines",schemaPath:"#/definitions/DeleteLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.count !== undefined){
let data6 = data5.count;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/maxDeletes/lines/count",schemaPath:"#/definitions/DeleteLimit/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.count.type,parentSchema:schema61.properties.count,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/maxDeletes/lines/count",schemaPath:"#/definitions/DeleteLimit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.count,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data5.percent !== undefined){
let data7 = data5.percent;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/maxDeletes/lines/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.percent,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/maxDeletes/lines/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.percent,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/maxDeletes/lines/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.percent.type,parentSchema:schema61.properties.percent,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/maxDeletes/lines",schemaPath:"#/definitions/DeleteLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.dids !== undefined){
let data8 = data1.dids;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!((key4 === "count") || (key4 === "percent"))){
const err19 = {instancePath:instancePath+"/maxDeletes/dids",schemaPath:"#/definitions/DeleteLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.count !== undefined){
let data9 = data8.count;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err20 = {instancePath:instancePath+"/maxDeletes/dids/count",schemaPath:"#/definitions/DeleteLimit/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.count.type,parentSchema:schema61.properties.count,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/maxDeletes/dids/count",schemaPath:"#/definitions/DeleteLimit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.count,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data8.percent !== undefined){
let data10 = data8.percent;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/maxDeletes/dids/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.percent,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/maxDeletes/dids/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.percent,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/maxDeletes/dids/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.percent.type,parentSchema:schema61.properties.percent,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/maxDeletes/dids",schemaPath:"#/definitions/DeleteLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.voicemails !== undefined){
let data11 = data1.voicemails;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key5 in data11){
if(!((key5 === "count") || (key5 === "percent"))){
const err26 = {instancePath:instancePath+"/maxDeletes/voicemails",schemaPath:"#/definitions/DeleteLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.count !== undefined){
let data12 = data11.count;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err27 = {instancePath:instancePath+"/maxDeletes/voicemails/count",schemaPath:"#/definitions/DeleteLimit/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.count.type,parentSchema:schema61.properties.count,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/maxDeletes/voicemails/count",schemaPath:"#/definitions/DeleteLimit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.count,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data11.percent !== undefined){
let data13 = data11.percent;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/maxDeletes/voicemails/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.percent,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/maxDeletes/voicemails/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.percent,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/maxDeletes/voicemails/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.percent.type,parentSchema:schema61.properties.percent,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/maxDeletes/voicemails",schemaPath:"#/definitions/DeleteLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data1.agents !== undefined){
let data14 = data1.agents;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key6 in data14){
if(!((key6 === "count") || (key6 === "percent"))){
const err33 = {instancePath:instancePath+"/maxDeletes/agents",schemaPath:"#/definitions/DeleteLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.count !== undefined){
let data15 = data14.count;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err34 = {instancePath:instancePath+"/maxDeletes/agents/count",schemaPath:"#/definitions/DeleteLimit/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.count.type,parentSchema:schema61.properties.count,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/maxDeletes/agents/count",schemaPath:"#/definitions/DeleteLimit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.count,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data14.percent !== undefined){
let data16 = data14.percent;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err36 = {instancePath:instancePath+"/maxDeletes/agents/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema61.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/maxDeletes/agents/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/maxDeletes/agents/percent",schemaPath:"#/definitions/DeleteLimit/properties/percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema61.properties.percent.type,parentSchema:schema61.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/maxDeletes/agents",schemaPath:"#/definitions/DeleteLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/maxDeletes",schemaPath:"#/properties/maxDeletes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.maxDeletes.type,parentSchema:schema60.properties.maxDeletes,data:data1};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema66 = {"title":"WriteBackConfig","description":"Directory attributes that receive what XiVO holds after apply (`xivo-sync writeback`, and apply unless --no-writeback). An outcome without an attribute here is not written. Only values that differ are written; an outcome that is gone (a DID removed) deletes the attribute.","type":"object","additionalProperties":false,"properties":{"bindDn":{"description":"DN (or AD user principal name) to bind as for writing, when the export's read-only account may not write. (Default: source.bindDn)","$ref":"#/definitions/Dn"},"bindPassword":{"description":"Password of writeBack.bindDn, e.g. ${LDAP_WRITE_PASSWORD}. (Default: the LDAP_WRITE_PASSWORD variable)","$ref":"#/definitions/EnvRef"},"extension":{"description":"Receives the internal extension, e.g. ipPhone (AD) or pager.","$ref":"#/definitions/AttributeName"},"did":{"description":"Receives the DID: an attribute name (E.164), or an attribute and a number format.","oneOf":[{"$ref":"#/definitions/AttributeName"},{"$ref":"#/definitions/WriteBackNumber"}]},"xivoUuid":{"description":"Receives the XiVO user uuid, e.g. extensionAttribute1 (AD).","$ref":"#/definitions/AttributeName"},"agent":{"description":"Receives the call-center agent number.","$ref":"#/definitions/AttributeName"},"fields":{"description":"User fields owned by XiVO (owner: xivo) and the attribute each is written to, e.g. { mobile_phone_number: mobile }: XiVO wins, and the directory follows.","type":"object","propertyNames":{"pattern":"^[a-z_]+$"},"additionalProperties":{"$ref":"#/definitions/AttributeName"}}}};
const pattern46 = new RegExp("^[a-z_]+$", "u");
const schema71 = {"title":"WriteBackNumber","description":"A phone number written back in a given format.","type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/definitions/AttributeName"},"format":{"description":"e164 (+33123456742), national (0123456742), international (0033123456742) or display (+33 1 23 45 67 42).","enum":["e164","national","international","display"],"default":"e164"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribute === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "attribute") || (key0 === "format"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.attribute !== undefined){
let data0 = data.attribute;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err2 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/attribute",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(!((((data1 === "e164") || (data1 === "national")) || (data1 === "international")) || (data1 === "display"))){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema71.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.format.enum,parentSchema:schema71.properties.format,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "bindDn") || (key0 === "bindPassword")) || (key0 === "extension")) || (key0 === "did")) || (key0 === "xivoUuid")) || (key0 === "agent")) || (key0 === "fields"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bindDn !== undefined){
let data0 = data.bindDn;
if(typeof data0 === "string"){
if(func3(data0) > 1024){
const err1 = {instancePath:instancePath+"/bindDn",schemaPath:"#/definitions/Dn/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/bindDn",schemaPath:"#/definitions/Dn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/bindDn",schemaPath:"#/definitions/Dn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bindPassword !== undefined){
let data1 = data.bindPassword;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err4 = {instancePath:instancePath+"/bindPassword",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/bindPassword",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extension !== undefined){
let data2 = data.extension;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err6 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.did !== undefined){
let data3 = data.did;
const _errs13 = errors;
let valid4 = false;
let passing0 = null;
const _errs14 = errors;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err8 = {instancePath:instancePath+"/did",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/did",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs17 = errors;
if(!(validate48(data3, {instancePath:instancePath+"/did",parentData:data,parentDataProperty:"did",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err10 = {instancePath:instancePath+"/did",schemaPath:"#/properties/did/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema66.properties.did.oneOf,parentSchema:schema66.properties.did,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.xivoUuid !== undefined){
let data4 = data.xivoUuid;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err11 = {instancePath:instancePath+"/xivoUuid",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/xivoUuid",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.agent !== undefined){
let data5 = data.agent;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err13 = {instancePath:instancePath+"/agent",schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/agent",schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.fields !== undefined){
let data6 = data.fields;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs26 = errors;
if(typeof key1 === "string"){
if(!pattern46.test(key1)){
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema66.properties.fields.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid8 = _errs26 === errors;
if(!valid8){
const err16 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema66.properties.fields.propertyNames,parentSchema:schema66.properties.fields,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 === "string"){
if(!pattern3.test(data7)){
const err17 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/AttributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$"+"\"",schema:"^[A-Za-z][A-Za-z0-9-]{0,127}$|^[0-9]+(\\.[0-9]+)+$",parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.fields.type,parentSchema:schema66.properties.fields,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema76 = {"title":"XivoConfig","description":"The XiVO to converge (used by plan and apply).","type":"object","additionalProperties":false,"required":["url","username","password"],"properties":{"url":{"description":"Base URL of the XiVO host, e.g. https://xivo.example.fr (confd on :9486, auth on :9497) or the emulator's URL.","type":"string","pattern":"^https?://[^\\s]+$"},"caFile":{"description":"PEM CA file for the XiVO certificate.","type":"string","minLength":1},"insecure":{"description":"Accept plain http:// URLs for XiVO (confd, auth, web services): the credentials and the generated passwords travel in clear text. Every run then prints a warning. Not needed for a loopback host (127.0.0.0/8, ::1, localhost).","type":"boolean","default":false},"username":{"description":"Web-service user, e.g. ${XIVO_USER}.","$ref":"#/definitions/EnvRef"},"password":{"description":"Web-service password, e.g. ${XIVO_PASSWORD}.","$ref":"#/definitions/EnvRef"},"webservices":{"$ref":"#/definitions/XivoWebServicesConfig"}}};
const pattern48 = new RegExp("^https?://[^\\s]+$", "u");
const schema79 = {"title":"XivoWebServicesConfig","description":"The web-services user (Configuration → Web Services Access) that manages call-center agents on a XiVO whose confd has no /1.1/agents, such as XiVO 16.15. Unused where confd has agents.","type":"object","additionalProperties":false,"properties":{"url":{"description":"Base URL of the web interface serving /callcenter/json.php. (Default: xivo.url, on the default HTTPS port when xivo.url is https:// and names confd's port 9486)","type":"string","pattern":"^https?://[^\\s]+$"},"username":{"description":"Web-services login, e.g. ${XIVO_WS_USER}. (Default: the XIVO_WS_USER variable)","$ref":"#/definitions/EnvRef"},"password":{"description":"Web-services password, e.g. ${XIVO_WS_PASSWORD}. (Default: the XIVO_WS_PASSWORD variable)","$ref":"#/definitions/EnvRef"}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "url") || (key0 === "username")) || (key0 === "password"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern48.test(data0)){
const err1 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema79.properties.url,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.url.type,parentSchema:schema79.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.username !== undefined){
let data1 = data.username;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err3 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.password !== undefined){
let data2 = data.password;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err5 = {instancePath:instancePath+"/password",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/password",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.username === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.password === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "url") || (key0 === "caFile")) || (key0 === "insecure")) || (key0 === "username")) || (key0 === "password")) || (key0 === "webservices"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern48.test(data0)){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema76.properties.url,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.url.type,parentSchema:schema76.properties.url,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.caFile !== undefined){
let data1 = data.caFile;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.properties.caFile,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.caFile.type,parentSchema:schema76.properties.caFile,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.insecure !== undefined){
let data2 = data.insecure;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.insecure.type,parentSchema:schema76.properties.insecure,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.username !== undefined){
let data3 = data.username;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err9 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/username",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.password !== undefined){
let data4 = data.password;
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/password",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.webservices !== undefined){
if(!(validate52(data.webservices, {instancePath:instancePath+"/webservices",parentData:data,parentDataProperty:"webservices",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

const schema82 = {"title":"NotifyConfig","description":"Onboarding e-mail delivery.","type":"object","additionalProperties":false,"required":["smtp","from"],"properties":{"smtp":{"title":"SmtpConfig","type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","minLength":1,"maxLength":255},"port":{"type":"integer","minimum":1,"maximum":65535,"default":587},"secure":{"description":"true: TLS from the start (port 465); false: STARTTLS when offered.","type":"boolean","default":false},"user":{"$ref":"#/definitions/EnvRef"},"password":{"$ref":"#/definitions/EnvRef"}},"dependencies":{"password":["user"]}},"from":{"description":"Sender, e.g. \"Téléphonie <telephonie@example.fr>\".","type":"string","minLength":3,"maxLength":320}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.smtp === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "smtp"},message:"must have required property '"+"smtp"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "smtp") || (key0 === "from"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.smtp !== undefined){
let data0 = data.smtp;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.host === undefined){
const err3 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema82.properties.smtp.required,parentSchema:schema82.properties.smtp,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!(((((key1 === "host") || (key1 === "port")) || (key1 === "secure")) || (key1 === "user")) || (key1 === "password"))){
const err4 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema82.properties.smtp,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.password !== undefined){
if(data0.user === undefined){
const err5 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/dependencies",keyword:"dependencies",params:{property: "password",
    missingProperty: "user",
    depsCount: 1,
    deps: "user"},message:"must have property user when property password is present",schema:schema82.properties.smtp.dependencies,parentSchema:schema82.properties.smtp,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.host !== undefined){
let data1 = data0.host;
if(typeof data1 === "string"){
if(func3(data1) > 255){
const err6 = {instancePath:instancePath+"/smtp/host",schemaPath:"#/properties/smtp/properties/host/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema82.properties.smtp.properties.host,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/smtp/host",schemaPath:"#/properties/smtp/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema82.properties.smtp.properties.host,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/smtp/host",schemaPath:"#/properties/smtp/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.smtp.properties.host.type,parentSchema:schema82.properties.smtp.properties.host,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.port !== undefined){
let data2 = data0.port;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/smtp/port",schemaPath:"#/properties/smtp/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.smtp.properties.port.type,parentSchema:schema82.properties.smtp.properties.port,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/smtp/port",schemaPath:"#/properties/smtp/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema82.properties.smtp.properties.port,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/smtp/port",schemaPath:"#/properties/smtp/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema82.properties.smtp.properties.port,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data0.secure !== undefined){
let data3 = data0.secure;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/smtp/secure",schemaPath:"#/properties/smtp/properties/secure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema82.properties.smtp.properties.secure.type,parentSchema:schema82.properties.smtp.properties.secure,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.user !== undefined){
let data4 = data0.user;
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err13 = {instancePath:instancePath+"/smtp/user",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/smtp/user",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.password !== undefined){
let data5 = data0.password;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err15 = {instancePath:instancePath+"/smtp/password",schemaPath:"#/definitions/EnvRef/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[A-Z_][A-Z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{[A-Z_][A-Z0-9_]*\\}$"+"\"",schema:"^\\$\\{[A-Z_][A-Z0-9_]*\\}$",parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/smtp/password",schemaPath:"#/definitions/EnvRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.smtp.type,parentSchema:schema82.properties.smtp,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.from !== undefined){
let data6 = data.from;
if(typeof data6 === "string"){
if(func3(data6) > 320){
const err18 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema82.properties.from,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data6) < 3){
const err19 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema82.properties.from,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.from.type,parentSchema:schema82.properties.from,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.identity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fields === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sites === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sites"},message:"must have required property '"+"sites"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate11(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.identity !== undefined){
let data2 = data.identity;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "xivoField") || (key1 === "adoptBy"))){
const err7 = {instancePath:instancePath+"/identity",schemaPath:"#/definitions/IdentityConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.xivoField !== undefined){
let data3 = data2.xivoField;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/identity/xivoField",schemaPath:"#/definitions/IdentityConfig/properties/xivoField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.xivoField.type,parentSchema:schema16.properties.xivoField,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data3 === "userfield") || (data3 === "description"))){
const err9 = {instancePath:instancePath+"/identity/xivoField",schemaPath:"#/definitions/IdentityConfig/properties/xivoField/enum",keyword:"enum",params:{allowedValues: schema16.properties.xivoField.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.xivoField.enum,parentSchema:schema16.properties.xivoField,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.adoptBy !== undefined){
let data4 = data2.adoptBy;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/identity/adoptBy/" + i0,schemaPath:"#/definitions/IdentityConfig/properties/adoptBy/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.adoptBy.items.type,parentSchema:schema16.properties.adoptBy.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data5 === "email") || (data5 === "username"))){
const err11 = {instancePath:instancePath+"/identity/adoptBy/" + i0,schemaPath:"#/definitions/IdentityConfig/properties/adoptBy/items/enum",keyword:"enum",params:{allowedValues: schema16.properties.adoptBy.items.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.adoptBy.items.enum,parentSchema:schema16.properties.adoptBy.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/identity/adoptBy",schemaPath:"#/definitions/IdentityConfig/properties/adoptBy/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema16.properties.adoptBy,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/identity/adoptBy",schemaPath:"#/definitions/IdentityConfig/properties/adoptBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.adoptBy.type,parentSchema:schema16.properties.adoptBy,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/identity",schemaPath:"#/definitions/IdentityConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.fields !== undefined){
let data6 = data.fields;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.firstname === undefined){
const err15 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: "firstname"},message:"must have required property '"+"firstname"+"'",schema:schema11.properties.fields.required,parentSchema:schema11.properties.fields,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data6){
if(!(func2.call(schema11.properties.fields.properties, key2))){
const err16 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.fields,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.firstname !== undefined){
if(!(validate13(data6.firstname, {instancePath:instancePath+"/fields/firstname",parentData:data6,parentDataProperty:"firstname",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.lastname !== undefined){
if(!(validate13(data6.lastname, {instancePath:instancePath+"/fields/lastname",parentData:data6,parentDataProperty:"lastname",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.email !== undefined){
if(!(validate13(data6.email, {instancePath:instancePath+"/fields/email",parentData:data6,parentDataProperty:"email",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.username !== undefined){
if(!(validate13(data6.username, {instancePath:instancePath+"/fields/username",parentData:data6,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.language !== undefined){
if(!(validate13(data6.language, {instancePath:instancePath+"/fields/language",parentData:data6,parentDataProperty:"language",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.timezone !== undefined){
if(!(validate13(data6.timezone, {instancePath:instancePath+"/fields/timezone",parentData:data6,parentDataProperty:"timezone",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.mobile_phone_number !== undefined){
if(!(validate13(data6.mobile_phone_number, {instancePath:instancePath+"/fields/mobile_phone_number",parentData:data6,parentDataProperty:"mobile_phone_number",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.caller_id !== undefined){
if(!(validate13(data6.caller_id, {instancePath:instancePath+"/fields/caller_id",parentData:data6,parentDataProperty:"caller_id",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.outgoing_caller_id !== undefined){
if(!(validate13(data6.outgoing_caller_id, {instancePath:instancePath+"/fields/outgoing_caller_id",parentData:data6,parentDataProperty:"outgoing_caller_id",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.description !== undefined){
if(!(validate13(data6.description, {instancePath:instancePath+"/fields/description",parentData:data6,parentDataProperty:"description",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.userfield !== undefined){
if(!(validate13(data6.userfield, {instancePath:instancePath+"/fields/userfield",parentData:data6,parentDataProperty:"userfield",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.music_on_hold !== undefined){
if(!(validate13(data6.music_on_hold, {instancePath:instancePath+"/fields/music_on_hold",parentData:data6,parentDataProperty:"music_on_hold",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data6.preprocess_subroutine !== undefined){
if(!(validate13(data6.preprocess_subroutine, {instancePath:instancePath+"/fields/preprocess_subroutine",parentData:data6,parentDataProperty:"preprocess_subroutine",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.fields.type,parentSchema:schema11.properties.fields,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.contact !== undefined){
let data20 = data.contact;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key3 in data20){
if(!(func2.call(schema11.properties.contact.properties, key3))){
const err18 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.contact,data:data20};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data20.title !== undefined){
let data21 = data20.title;
const _errs37 = errors;
const _errs38 = errors;
if(typeof data21 === "string"){
if(!pattern5.test(data21)){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid9 = _errs38 === errors;
if(valid9){
const err20 = {instancePath:instancePath+"/contact/title",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
if(typeof data21 === "string"){
if(func3(data21) > 512){
const err21 = {instancePath:instancePath+"/contact/title",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data21) < 1){
const err22 = {instancePath:instancePath+"/contact/title",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/contact/title",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data20.department !== undefined){
let data22 = data20.department;
const _errs43 = errors;
const _errs44 = errors;
if(typeof data22 === "string"){
if(!pattern5.test(data22)){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid11 = _errs44 === errors;
if(valid11){
const err25 = {instancePath:instancePath+"/contact/department",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
if(typeof data22 === "string"){
if(func3(data22) > 512){
const err26 = {instancePath:instancePath+"/contact/department",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func3(data22) < 1){
const err27 = {instancePath:instancePath+"/contact/department",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/contact/department",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.location !== undefined){
let data23 = data20.location;
const _errs49 = errors;
const _errs50 = errors;
if(typeof data23 === "string"){
if(!pattern5.test(data23)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid13 = _errs50 === errors;
if(valid13){
const err30 = {instancePath:instancePath+"/contact/location",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
if(typeof data23 === "string"){
if(func3(data23) > 512){
const err31 = {instancePath:instancePath+"/contact/location",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func3(data23) < 1){
const err32 = {instancePath:instancePath+"/contact/location",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/contact/location",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data20.manager !== undefined){
let data24 = data20.manager;
const _errs55 = errors;
const _errs56 = errors;
if(typeof data24 === "string"){
if(!pattern5.test(data24)){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var valid15 = _errs56 === errors;
if(valid15){
const err35 = {instancePath:instancePath+"/contact/manager",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
if(typeof data24 === "string"){
if(func3(data24) > 512){
const err36 = {instancePath:instancePath+"/contact/manager",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func3(data24) < 1){
const err37 = {instancePath:instancePath+"/contact/manager",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data24};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/contact/manager",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data24};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.company !== undefined){
let data25 = data20.company;
const _errs61 = errors;
const _errs62 = errors;
if(typeof data25 === "string"){
if(!pattern5.test(data25)){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid17 = _errs62 === errors;
if(valid17){
const err40 = {instancePath:instancePath+"/contact/company",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
if(typeof data25 === "string"){
if(func3(data25) > 512){
const err41 = {instancePath:instancePath+"/contact/company",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func3(data25) < 1){
const err42 = {instancePath:instancePath+"/contact/company",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/contact/company",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data20.office !== undefined){
let data26 = data20.office;
const _errs67 = errors;
const _errs68 = errors;
if(typeof data26 === "string"){
if(!pattern5.test(data26)){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var valid19 = _errs68 === errors;
if(valid19){
const err45 = {instancePath:instancePath+"/contact/office",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
if(typeof data26 === "string"){
if(func3(data26) > 512){
const err46 = {instancePath:instancePath+"/contact/office",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func3(data26) < 1){
const err47 = {instancePath:instancePath+"/contact/office",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/contact/office",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data20.phone !== undefined){
let data27 = data20.phone;
const _errs73 = errors;
const _errs74 = errors;
if(typeof data27 === "string"){
if(!pattern5.test(data27)){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var valid21 = _errs74 === errors;
if(valid21){
const err50 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
if(typeof data27 === "string"){
if(func3(data27) > 512){
const err51 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func3(data27) < 1){
const err52 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data20.mobile !== undefined){
let data28 = data20.mobile;
const _errs79 = errors;
const _errs80 = errors;
if(typeof data28 === "string"){
if(!pattern5.test(data28)){
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var valid23 = _errs80 === errors;
if(valid23){
const err55 = {instancePath:instancePath+"/contact/mobile",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
if(typeof data28 === "string"){
if(func3(data28) > 512){
const err56 = {instancePath:instancePath+"/contact/mobile",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func3(data28) < 1){
const err57 = {instancePath:instancePath+"/contact/mobile",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/contact/mobile",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data28};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.fax !== undefined){
let data29 = data20.fax;
const _errs85 = errors;
const _errs86 = errors;
if(typeof data29 === "string"){
if(!pattern5.test(data29)){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
var valid25 = _errs86 === errors;
if(valid25){
const err60 = {instancePath:instancePath+"/contact/fax",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
if(typeof data29 === "string"){
if(func3(data29) > 512){
const err61 = {instancePath:instancePath+"/contact/fax",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(func3(data29) < 1){
const err62 = {instancePath:instancePath+"/contact/fax",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/contact/fax",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data20.employeeId !== undefined){
let data30 = data20.employeeId;
const _errs91 = errors;
const _errs92 = errors;
if(typeof data30 === "string"){
if(!pattern5.test(data30)){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var valid27 = _errs92 === errors;
if(valid27){
const err65 = {instancePath:instancePath+"/contact/employeeId",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
if(typeof data30 === "string"){
if(func3(data30) > 512){
const err66 = {instancePath:instancePath+"/contact/employeeId",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(func3(data30) < 1){
const err67 = {instancePath:instancePath+"/contact/employeeId",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/contact/employeeId",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data20.costCenter !== undefined){
let data31 = data20.costCenter;
const _errs97 = errors;
const _errs98 = errors;
if(typeof data31 === "string"){
if(!pattern5.test(data31)){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var valid29 = _errs98 === errors;
if(valid29){
const err70 = {instancePath:instancePath+"/contact/costCenter",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs97;
if(vErrors !== null){
if(_errs97){
vErrors.length = _errs97;
}
else {
vErrors = null;
}
}
}
if(typeof data31 === "string"){
if(func3(data31) > 512){
const err71 = {instancePath:instancePath+"/contact/costCenter",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func3(data31) < 1){
const err72 = {instancePath:instancePath+"/contact/costCenter",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/contact/costCenter",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data31};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data20.division !== undefined){
let data32 = data20.division;
const _errs103 = errors;
const _errs104 = errors;
if(typeof data32 === "string"){
if(!pattern5.test(data32)){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var valid31 = _errs104 === errors;
if(valid31){
const err75 = {instancePath:instancePath+"/contact/division",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
if(typeof data32 === "string"){
if(func3(data32) > 512){
const err76 = {instancePath:instancePath+"/contact/division",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func3(data32) < 1){
const err77 = {instancePath:instancePath+"/contact/division",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/contact/division",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data20.building !== undefined){
let data33 = data20.building;
const _errs109 = errors;
const _errs110 = errors;
if(typeof data33 === "string"){
if(!pattern5.test(data33)){
const err79 = {};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
var valid33 = _errs110 === errors;
if(valid33){
const err80 = {instancePath:instancePath+"/contact/building",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data33};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
}
if(typeof data33 === "string"){
if(func3(data33) > 512){
const err81 = {instancePath:instancePath+"/contact/building",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data33};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(func3(data33) < 1){
const err82 = {instancePath:instancePath+"/contact/building",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data33};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/contact/building",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data20.assistant !== undefined){
let data34 = data20.assistant;
const _errs115 = errors;
const _errs116 = errors;
if(typeof data34 === "string"){
if(!pattern5.test(data34)){
const err84 = {};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
var valid35 = _errs116 === errors;
if(valid35){
const err85 = {instancePath:instancePath+"/contact/assistant",schemaPath:"#/definitions/Template/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.not,parentSchema:schema18,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
}
if(typeof data34 === "string"){
if(func3(data34) > 512){
const err86 = {instancePath:instancePath+"/contact/assistant",schemaPath:"#/definitions/Template/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema18,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(func3(data34) < 1){
const err87 = {instancePath:instancePath+"/contact/assistant",schemaPath:"#/definitions/Template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/contact/assistant",schemaPath:"#/definitions/Template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data34};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.contact.type,parentSchema:schema11.properties.contact,data:data20};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.sites !== undefined){
let data35 = data.sites;
if(Array.isArray(data35)){
if(data35.length < 1){
const err90 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.sites,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len1 = data35.length;
for(let i2=0; i2<len1; i2++){
if(!(validate27(data35[i2], {instancePath:instancePath+"/sites/" + i2,parentData:data35,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err91 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sites.type,parentSchema:schema11.properties.sites,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.voicemail !== undefined){
if(!(validate35(data.voicemail, {instancePath:instancePath+"/voicemail",parentData:data,parentDataProperty:"voicemail",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.agent !== undefined){
if(!(validate39(data.agent, {instancePath:instancePath+"/agent",parentData:data,parentDataProperty:"agent",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.callPermissions !== undefined){
let data39 = data.callPermissions;
if(Array.isArray(data39)){
const len2 = data39.length;
for(let i3=0; i3<len2; i3++){
if(!(validate42(data39[i3], {instancePath:instancePath+"/callPermissions/" + i3,parentData:data39,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err92 = {instancePath:instancePath+"/callPermissions",schemaPath:"#/properties/callPermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.callPermissions.type,parentSchema:schema11.properties.callPermissions,data:data39};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.lifecycle !== undefined){
let data41 = data.lifecycle;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key4 in data41){
if(!((key4 === "graceDays") || (key4 === "quarantineDays"))){
const err93 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/definitions/LifecycleConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data41.graceDays !== undefined){
let data42 = data41.graceDays;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err94 = {instancePath:instancePath+"/lifecycle/graceDays",schemaPath:"#/definitions/LifecycleConfig/properties/graceDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.graceDays.type,parentSchema:schema59.properties.graceDays,data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 3650 || isNaN(data42)){
const err95 = {instancePath:instancePath+"/lifecycle/graceDays",schemaPath:"#/definitions/LifecycleConfig/properties/graceDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema59.properties.graceDays,data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data42 < 0 || isNaN(data42)){
const err96 = {instancePath:instancePath+"/lifecycle/graceDays",schemaPath:"#/definitions/LifecycleConfig/properties/graceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.graceDays,data:data42};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data41.quarantineDays !== undefined){
let data43 = data41.quarantineDays;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err97 = {instancePath:instancePath+"/lifecycle/quarantineDays",schemaPath:"#/definitions/LifecycleConfig/properties/quarantineDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.quarantineDays.type,parentSchema:schema59.properties.quarantineDays,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 3650 || isNaN(data43)){
const err98 = {instancePath:instancePath+"/lifecycle/quarantineDays",schemaPath:"#/definitions/LifecycleConfig/properties/quarantineDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema59.properties.quarantineDays,data:data43};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data43 < 0 || isNaN(data43)){
const err99 = {instancePath:instancePath+"/lifecycle/quarantineDays",schemaPath:"#/definitions/LifecycleConfig/properties/quarantineDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.quarantineDays,data:data43};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
}
else {
const err100 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/definitions/LifecycleConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data41};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.safety !== undefined){
if(!(validate45(data.safety, {instancePath:instancePath+"/safety",parentData:data,parentDataProperty:"safety",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.writeBack !== undefined){
if(!(validate47(data.writeBack, {instancePath:instancePath+"/writeBack",parentData:data,parentDataProperty:"writeBack",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.xivo !== undefined){
if(!(validate51(data.xivo, {instancePath:instancePath+"/xivo",parentData:data,parentDataProperty:"xivo",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.notify !== undefined){
if(!(validate55(data.notify, {instancePath:instancePath+"/notify",parentData:data,parentDataProperty:"notify",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err101 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
