export { fetchInventory } from './fetch-inventory.ts';
export { fetchInventoryRows, type InventoryRows } from './fetch-inventory-rows.ts';
export { inventoryFingerprint } from './inventory-fingerprint.ts';
export type * from './types.ts';
