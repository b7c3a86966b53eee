export { fetchInventory } from './fetch-inventory.ts';
export { inventoryFingerprint } from './inventory-fingerprint.ts';
export type * from './types.ts';
