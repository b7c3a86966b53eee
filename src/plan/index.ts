// Public surface of src/plan: other folders import only this file.
export type {
  DeletionCheck,
  DeletionResource,
  FieldChange,
  GeneratedSecret,
  JsonScalar,
  ObjectRef,
  PersonKind,
  PersonPlan,
  Plan,
  PlanSafety,
  PlanStep,
  PlanSummary,
  Relation,
  Renumbering,
  Resource,
  ResourceChange,
  ResourceKind,
  StepAction,
} from './types.ts';
export type {
  LiveAgent,
  LiveCallPermission,
  LiveEndpointSip,
  LiveExtension,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveUser,
  LiveVoicemail,
} from './live-inventory.ts';
export { type PlanOptions, computePlan } from './compute-plan.ts';
export { type DeletionLimits, checkDeletions } from './check-deletions.ts';
export { orderSteps } from './order-steps.ts';
export { MinHeap } from './min-heap.ts';
export { sipUsername } from './sip-username.ts';
export { MARKDOWN_LIMIT, renderPlanJson, renderPlanMarkdown, renderPlanText } from './render-plan.ts';
export { type PlanComparison, comparePlans } from './compare-plans.ts';
export { PlanFileError, parsePlan } from './parse-plan.ts';
