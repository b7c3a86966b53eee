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
  LiveContext,
  LiveEndpointSip,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveRange,
  LiveUser,
  LiveVoicemail,
} from './live-inventory.ts';
export { type PlanOptions, computePlan } from './compute-plan.ts';
export { checkDeletions } from './check-deletions.ts';
export { MinHeap } from './min-heap.ts';
export { sipUsername } from './sip-username.ts';
export { renderPlanJson, renderPlanMarkdown, renderPlanText, renderProblems } from './render-plan.ts';
export { comparePlans } from './compare-plans.ts';
export { describePerson } from './describe-person.ts';
export { PlanFileError, parsePlan } from './parse-plan.ts';
