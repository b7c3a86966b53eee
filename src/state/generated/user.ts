/* eslint-disable */
/**
 * Generated from schemas/user.schema.json by `npm run generate:types` (json-schema-to-typescript).
 * Do not edit: change the schema and regenerate.
 */

/**
 * Name of a XiVO context (≤39 characters).
 */
export type ContextName = string
export type ContactValue = string

/**
 * Desired telephony state of one person, one file per person under state/users/<key>.json. Produced by `xivo-sync export`, reviewed in a pull request, converged by `xivo-sync apply`. A null or absent resource (line, did, voicemail, agent) means that resource must not exist in XiVO. Holds no secrets and no timestamp that changes on every export.
 */
export interface UserState {
/**
 * Relative path to this schema, so editors validate and complete the file.
 */
$schema?: string
/**
 * Stable identifier of the person (entryUUID, objectGUID as a canonical GUID string, employeeNumber...). Never the DN. Must equal the file name without `.json`; the pattern forbids `/` and a leading `.` so a key can never escape state/users/.
 */
key: string
/**
 * `active`: the person is in the directory and enabled. `disabled`: disabled in the directory or missing from it; XiVO disables the user (numbers kept) and removes it after the grace period.
 */
status: ("active" | "disabled")
/**
 * Date (UTC, YYYY-MM-DD) the person was first seen disabled or missing. Required when status is `disabled`, forbidden when `active`.
 */
since?: string
/**
 * Distinguished name of the directory entry at the last export (informative: the key, not the DN, identifies the person).
 */
dn: string
/**
 * Name of the site (from mappings/ `sites[].name`) the person belongs to.
 */
site: string
user: XivoUserFields
/**
 * The user's SIP line and its extension, or null for no line.
 */
line?: (LineAssignment | null)
/**
 * The direct inward dialling number routed to the user (an incall), or null for none.
 */
did?: (DidAssignment | null)
/**
 * The user's voicemail box, or null for none. Its PIN is generated at apply time and never stored.
 */
voicemail?: (VoicemailAssignment | null)
/**
 * The call-center agent linked to the user, or null for none.
 */
agent?: (AgentAssignment | null)
/**
 * Names of the XiVO call permissions the user holds (confd call_permission name rule).
 * 
 * @maxItems 64
 */
callPermissions?: string[]
contact?: ContactFields
}
/**
 * XiVO confd user fields, with confd's own validation rules (xivo-confd plugins/user/schema.py). Secrets (password, call_permission_password) are deliberately absent.
 */
export interface XivoUserFields {
firstname: string
lastname?: (string | null)
/**
 * Unique among XiVO users.
 */
email?: (string | null)
/**
 * CTI login, unique among XiVO users.
 */
username?: (string | null)
/**
 * Locale such as fr_FR.
 */
language?: (string | null)
timezone?: (string | null)
mobile_phone_number?: (string | null)
/**
 * Internal caller id, e.g. "Alice Martin" or "Alice Martin" <1042>.
 */
caller_id?: (string | null)
/**
 * `default`, `anonymous` or "Name" <number>.
 */
outgoing_caller_id?: (string | null)
description?: (string | null)
/**
 * Free field. Must stay unset when mappings/ `identity.xivoField` is `userfield`: the tool writes the key there.
 */
userfield?: (string | null)
music_on_hold?: (string | null)
preprocess_subroutine?: (string | null)
call_transfer_enabled?: boolean
dtmf_hangup_enabled?: boolean
call_record_enabled?: boolean
online_call_record_enabled?: boolean
supervision_enabled?: boolean
ring_seconds?: number
simultaneous_calls?: number
}
export interface LineAssignment {
context: ContextName
/**
 * Internal extension (digits, * or #; no dial patterns). Unique per context and inside the site's extension ranges.
 */
extension: string
}
export interface DidAssignment {
/**
 * The public number in E.164, e.g. +33123456742. Unique across all users.
 */
number: string
/**
 * The incall extension as the trunk delivers it to XiVO (e.g. 0123456742 or 6742), per the site's incallFormat.
 */
exten: string
context: ContextName
}
export interface VoicemailAssignment {
/**
 * Voicemail box number; (number, context) is unique.
 */
number: string
context: ContextName
name: string
email?: string
language?: string
/**
 * A zonemessages name configured in XiVO, e.g. eu-fr.
 */
timezone?: string
}
export interface AgentAssignment {
/**
 * Agent number, unique across all users.
 */
number: string
context: ContextName
}
/**
 * Directory-sheet fields carried along for the XiVO directory and the onboarding e-mail.
 */
export interface ContactFields {
title?: ContactValue
department?: ContactValue
location?: ContactValue
manager?: ContactValue
company?: ContactValue
office?: ContactValue
phone?: ContactValue
mobile?: ContactValue
fax?: ContactValue
employeeId?: ContactValue
costCenter?: ContactValue
division?: ContactValue
building?: ContactValue
assistant?: ContactValue
}
