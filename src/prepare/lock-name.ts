/**
 * The call permission that apply holds as its lock (see src/apply/apply-lock.ts). It is the tool's own
 * bookkeeping, not a permission anyone is granted, so the planner's view of XiVO leaves it out.
 */
export const LOCK_NAME = 'xivo-sync-lock';
