/**
 * The call permission that apply holds as its lock (see src/apply/apply-lock.ts). It is the tool's own
 * bookkeeping, not a permission anyone is granted, so the planner's view of XiVO leaves it out.
 */
export const LOCK_NAME = 'xivo-sync-lock';

/**
 * The call permission whose members received their onboarding e-mail (src/notify/onboard.ts). Disabled
 * and without extensions, it grants nothing; like the lock, the planner leaves it out.
 */
export const ONBOARDED_NAME = 'xivo-sync-onboarded';

/** The tool's own call permissions: never read as members, never part of the telephony state. */
export const INTERNAL_PERMISSIONS: readonly string[] = [LOCK_NAME, ONBOARDED_NAME];
