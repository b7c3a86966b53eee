/* eslint-disable */
/**
 * Generated from schemas/mapping.schema.json by `npm run generate:types`
 * (ajv standalone code, with the options of src/state/create-ajv.ts).
 * Do not edit: change the schema and regenerate.
 */
import type { ErrorObject } from 'ajv';
import type { MappingConfig } from "./mapping.ts";

export declare const validateMapping: { (data: unknown): data is MappingConfig; errors?: ErrorObject[] | null };
