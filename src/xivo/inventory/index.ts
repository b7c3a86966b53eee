export { fetchInventory, type FetchInventoryOptions } from './fetch-inventory.ts';
export { inventoryFingerprint } from './inventory-fingerprint.ts';
export type * from './types.ts';
