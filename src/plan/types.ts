/**
 * Data types of the reconciler plan. The plan is plain JSON: `plan --out plan.json` writes it, `apply
 * plan.json` reads it back, and its order is deterministic so two plans of the same input are equal.
 */

/** A confd object that exists (`id`) or that an earlier step of the same plan creates (`ref`). */
export type ObjectRef = { id: number } | { ref: string };

export type JsonScalar = string | number | boolean | null;

/** Resource types as confd names them (one collection each). */
export type Resource = 'user' | 'line' | 'sip' | 'extension' | 'incall' | 'voicemail' | 'agent';

/** confd associations, named left-right after their URL (`/lines/{l}/endpoints/sip/{s}` = line-sip). */
export type Relation =
  | 'line-sip'
  | 'line-extension'
  | 'user-line'
  | 'incall-extension'
  | 'user-voicemail'
  | 'user-agent'
  | 'user-callpermission';

/** A secret generated at apply time, sent in the request, handed to the notifier and never stored. */
export type GeneratedSecret = 'user-password' | 'voicemail-pin';

export type StepAction =
  | {
      op: 'create';
      resource: Resource;
      body: Record<string, JsonScalar>;
      /** For incalls: the user the incall routes to (confd `destination.user_id`). */
      destinationUser?: ObjectRef;
      /** Secrets to generate and add to the body. */
      generate?: GeneratedSecret[];
    }
  | { op: 'update'; resource: Resource; target: ObjectRef; changes: FieldChange[] }
  | { op: 'delete'; resource: Resource; target: ObjectRef }
  | { op: 'associate'; relation: Relation; left: ObjectRef; right: ObjectRef }
  | { op: 'dissociate'; relation: Relation; left: ObjectRef; right: ObjectRef };

/** One confd request. Steps of one person form a chain; different people are independent. */
export interface PlanStep {
  /** `u:<key>:<what>`, unique in the plan; steps that create an object are referred to by this id. */
  id: string;
  /** Key of the person this step belongs to. */
  key: string;
  action: StepAction;
  /** Ids of the steps that must succeed first (same person, or a number released by someone else). */
  dependsOn: string[];
  /** One line for humans: `create extension 1042@default`. */
  description: string;
}

export interface FieldChange {
  field: string;
  old: JsonScalar;
  new: JsonScalar;
}

/** `blocked`: a person to create whom confd would refuse (see `problems`); nothing of them is planned. */
export type PersonKind = 'create' | 'adopt' | 'update' | 'disable' | 'enable' | 'delete' | 'noop' | 'blocked';

/** Sub-resources of a person, as the plan summarises them. */
export type ResourceKind = 'line' | 'did' | 'voicemail' | 'agent' | 'callPermission';

export interface ResourceChange {
  resource: ResourceKind;
  change: 'create' | 'reuse' | 'update' | 'delete';
  /** Human value before, e.g. `1042@default`; null when it did not exist. */
  old: string | null;
  /** Human value after; null when it will not exist. */
  new: string | null;
  /** Fields of the resource that change (voicemail name, e-mail, …), when some do. */
  fields?: FieldChange[];
}

export interface Renumbering {
  resource: 'extension' | 'did';
  old: string;
  new: string;
}

/** What the plan does to one person. */
export interface PersonPlan {
  key: string;
  /** `Firstname Lastname`, for display. */
  name: string;
  kind: PersonKind;
  /** XiVO user id when the user exists already. */
  userId: number | null;
  /** User fields that change (old → new), sorted by field name. */
  fields: FieldChange[];
  resources: ResourceChange[];
  renumbering: Renumbering[];
  /** Fields XiVO holds differently from the last applied state: someone edited XiVO by hand. */
  drift: FieldChange[];
  /**
   * What confd would refuse, seen in the inventory (an extension outside its context's ranges, a
   * number held by an object the plan does not manage, …): that part is not planned. Any problem makes
   * `plan` and `apply` exit 1.
   */
  problems: string[];
  /** Ids of this person's steps, in plan order. */
  steps: string[];
}

/** Deletion counts per resource type, the unit of the safety thresholds (`safety.maxDeletes`). */
export type DeletionResource = 'users' | 'lines' | 'dids' | 'voicemails' | 'agents';

export interface DeletionCheck {
  resource: DeletionResource;
  /** How many this plan deletes. */
  count: number;
  /** How many managed ones exist now (the base of the percentage). */
  existing: number;
  limit: { count?: number; percent?: number };
  exceeded: boolean;
}

export interface PlanSafety {
  /** True when a threshold is exceeded and not overridden: apply must not run this plan. */
  refused: boolean;
  reasons: string[];
  deletions: DeletionCheck[];
  /** The override in force (`--allow-deletions N`), or null. */
  allowDeletions: number | null;
}

export interface PlanSummary {
  create: number;
  adopt: number;
  update: number;
  disable: number;
  enable: number;
  delete: number;
  noop: number;
  blocked: number;
  renumber: number;
  drift: number;
  problems: number;
  steps: number;
}

export interface Plan {
  /** Format version of this JSON. */
  version: 1;
  /** Fingerprint of the XiVO inventory the plan was computed from. */
  inventoryFingerprint: string;
  /** XiVO user field holding the key. */
  keyField: 'userfield' | 'description';
  /** Which API the agents steps go through; `none`: agents are left alone, and why. */
  agentsApi: { backend: 'confd' | 'webservices' } | { backend: 'none'; reason: string };
  summary: PlanSummary;
  safety: PlanSafety;
  /** Every person in state or managed in XiVO, sorted by key (noop people included). */
  people: PersonPlan[];
  /** Steps in an order that respects `dependsOn`; ties broken by person key then recipe order. */
  steps: PlanStep[];
}
