/* eslint-disable */
/**
 * Generated from schemas/user.schema.json, schemas/quarantine.schema.json by `npm run generate:types`
 * (ajv standalone code, with the options of src/state/create-ajv.ts).
 * Do not edit: change the schema and regenerate.
 */
import type { ErrorObject } from 'ajv';
import type { UserState } from "./user.ts";
import type { QuarantineFile } from "./quarantine.ts";

export declare const validateUser: { (data: unknown): data is UserState; errors?: ErrorObject[] | null };
export declare const validateQuarantine: { (data: unknown): data is QuarantineFile; errors?: ErrorObject[] | null };
