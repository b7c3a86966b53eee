// Public surface of src/prepare: plan preparation, shared by the `plan` and `apply` stages.
export { type PrepareOptions, type PreparedPlan, preparePlan, readLiveInventory } from './prepare-plan.ts';
export { liveInventoryFromRows } from './live-inventory-from-rows.ts';
export { INTERNAL_PERMISSIONS, LOCK_NAME, ONBOARDED_NAME } from './lock-name.ts';
