/* eslint-disable */
/**
 * Generated from schemas/quarantine.schema.json by `npm run generate:types` (json-schema-to-typescript).
 * Do not edit: change the schema and regenerate.
 */

/**
 * Numbers released by removed users (state/numbers/quarantine.json). They are held back from allocation until `releasedOn` + mappings/ `lifecycle.quarantineDays`.
 */
export interface QuarantineFile {
$schema?: string
numbers: QuarantinedNumber[]
}
export interface QuarantinedNumber {
/**
 * Which kind of number: a line extension, a DID (E.164), a voicemail number or an agent number.
 */
kind: ("extension" | "did" | "voicemail" | "agent")
number: string
context?: string
/**
 * Date (UTC, YYYY-MM-DD) the number was released.
 */
releasedOn: string
/**
 * Key of the user who held the number, so a returning person gets it back.
 */
previousKey: string
}
