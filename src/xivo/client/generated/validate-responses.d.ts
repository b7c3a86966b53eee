/* eslint-disable */
/**
 * Generated from the schemas of src/xivo/client/schema.ts by `npm run generate:types`
 * (ajv standalone code, with the options of scripts/generate-types.ts).
 * Do not edit: change the schema and regenerate.
 */
import type { ErrorObject } from 'ajv';

export declare const tokenItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const tokenList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userDirectoryItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userDirectoryList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const endpointSipItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const endpointSipList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const extensionItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const extensionList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const contextItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const contextList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const incallItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const incallList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const voicemailItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const voicemailList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const agentItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const agentList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const callPermissionItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const callPermissionList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userLineItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userLineList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineExtensionItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineExtensionList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineEndpointSipItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const lineEndpointSipList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userVoicemailItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userVoicemailList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userAgentItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userAgentList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userCallPermissionItem: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export declare const userCallPermissionList: { (data: unknown): boolean; errors?: ErrorObject[] | null };
