import {
  MinHeap,
  type JsonScalar,
  type ObjectRef,
  type Plan,
  type PlanStep,
  type Relation,
  type Resource,
  type StepAction,
} from '../plan/index.ts';
import { XivoApiError, type AgentsApi, type AgentWrite, type HttpMethod } from '../xivo/index.ts';
import type { ApplyPort } from './confd-port.ts';
import { alreadyAssociated, gone } from './settled-requests.ts';
import { generatePassword, generatePin } from './generate-secrets.ts';
import { type CreateContext, createAgent, createConfdObject, createContext } from './find-created.ts';

/** Secrets generated for one new person, handed to the notifier in memory only. */
export interface NewUserSecrets {
  key: string;
  userId: number;
  uuid: string | null;
  /** CTI / web login password, when the user was created by this run. */
  password?: string;
  /** Voicemail PIN, when the voicemail was created by this run. */
  voicemailPin?: string;
}

export interface ApplyOptions {
  /** Steps in flight at once. (Default: 8) */
  concurrency?: number;
  /**
   * Receives the generated password and PIN of each person that got some. Called once per person after
   * all steps ran; never stored by apply. (Default: secrets are dropped)
   */
  onSecrets?: (secrets: NewUserSecrets) => void | Promise<void>;
  /** Called after each step, for progress output. (Default: none) */
  onStep?: (outcome: StepOutcome, done: number, total: number) => void;
  /**
   * Stops starting steps once aborted (e.g. the lock was lost); steps in flight finish, the others are
   * reported blocked with the abort reason. (Default: never aborted)
   */
  signal?: AbortSignal;
}

export type StepStatus = 'ok' | 'failed' | 'blocked';

export interface StepOutcome {
  stepId: string;
  key: string;
  description: string;
  status: StepStatus;
  /** Id of the object the step created. */
  createdId?: number;
  /** confd's message for a failed step, or which failed step blocked this one. */
  error?: string;
  /** HTTP status of a failed request (0: no response). */
  httpStatus?: number;
}

export interface PersonOutcome {
  key: string;
  name: string;
  kind: string;
  status: 'ok' | 'failed' | 'partial';
  outcomes: StepOutcome[];
}

/** A person the plan left (partly) alone because confd would refuse it (the plan's problems). */
export interface SkippedPerson {
  key: string;
  name: string;
  kind: string;
  problems: string[];
}

export interface ApplyResult {
  counts: { ok: number; failed: number; blocked: number; total: number };
  /** People with plan problems: what the problems name was not attempted. */
  skipped: SkippedPerson[];
  /** Every step's outcome, in plan order. */
  steps: StepOutcome[];
  /** Per person, people with a failure first, then by key. */
  people: PersonOutcome[];
}

const COLLECTION: Readonly<Record<Resource, string>> = {
  user: 'users',
  line: 'lines',
  sip: 'endpoints/sip',
  extension: 'extensions',
  incall: 'incalls',
  voicemail: 'voicemails',
  agent: 'agents',
};

/**
 * Executes a plan against confd. Decides nothing: runs each step once its dependencies succeeded,
 * at most `concurrency` at a time; a failed step blocks only the steps that depend on it (directly or
 * not), everything else still runs. Never throws for a confd refusal: it is the step's outcome.
 */
export async function applyPlan(
  plan: Plan,
  port: ApplyPort,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const steps = plan.steps;
  const position = new Map(steps.map((s, i) => [s.id, i]));
  const waiting = steps.map((s) => s.dependsOn.length);
  const dependants: number[][] = steps.map(() => []);
  steps.forEach((step, i) => {
    for (const dep of step.dependsOn) dependants[position.get(dep) ?? -1]?.push(i);
  });
  const outcomes: (StepOutcome | undefined)[] = steps.map(() => undefined);
  const created = new Map<string, number>();
  const context = createContext(plan);
  const secrets = new Map<string, NewUserSecrets>();
  const ready = new MinHeap();
  waiting.forEach((count, i) => {
    if (count === 0) ready.push(i);
  });
  let done = 0;

  const finish = (i: number, outcome: StepOutcome): void => {
    outcomes[i] = outcome;
    done++;
    options.onStep?.(outcome, done, steps.length);
    if (outcome.status !== 'ok') {
      for (const d of dependants[i] ?? []) {
        if (outcomes[d] !== undefined) continue;
        const step = steps[d] as PlanStep;
        finish(d, {
          stepId: step.id,
          key: step.key,
          description: step.description,
          status: 'blocked',
          error: `blocked by ${outcome.stepId}`,
        });
      }
      return;
    }
    for (const d of dependants[i] ?? []) {
      waiting[d] = (waiting[d] ?? 0) - 1;
      if (waiting[d] === 0 && outcomes[d] === undefined) ready.push(d);
    }
  };

  const run = async (i: number): Promise<void> => {
    const step = steps[i] as PlanStep;
    const base = { stepId: step.id, key: step.key, description: step.description };
    if (options.signal?.aborted) {
      const reason: unknown = options.signal.reason;
      finish(i, {
        ...base,
        status: 'blocked',
        error: `not started: ${reason instanceof Error ? reason.message : 'aborted'}`,
      });
      return;
    }
    try {
      const createdId = await executeStep(step, port, created, secrets, context);
      if (createdId !== undefined) created.set(step.id, createdId);
      finish(i, { ...base, status: 'ok', ...(createdId === undefined ? {} : { createdId }) });
    } catch (error) {
      if (!(error instanceof XivoApiError)) throw error;
      finish(i, { ...base, status: 'failed', error: error.message, httpStatus: error.status });
    }
  };

  // A small worker pool: whenever a slot is free, the earliest ready step in plan order starts.
  let running = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      while (running < concurrency) {
        const i = ready.pop();
        if (i === undefined) break;
        running++;
        run(i).then(
          () => {
            running--;
            pump();
          },
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        );
      }
      if (running === 0 && ready.size === 0) resolve();
    };
    pump();
  });

  for (const s of secrets.values()) await options.onSecrets?.(s);
  return report(plan, outcomes as StepOutcome[]);
}

async function executeStep(
  step: PlanStep,
  port: ApplyPort,
  created: ReadonlyMap<string, number>,
  secrets: Map<string, NewUserSecrets>,
  context: CreateContext,
): Promise<number | undefined> {
  const id = (ref: ObjectRef): number => {
    if ('id' in ref) return ref.id;
    const value = created.get(ref.ref);
    // The scheduler only runs a step once its dependencies succeeded, so a missing id is a bug.
    if (value === undefined) throw new Error(`step ${step.id} refers to ${ref.ref}, which created nothing`);
    return value;
  };
  const action: StepAction = step.action;
  if (action.op !== 'associate' && action.op !== 'dissociate' && action.resource === 'agent') {
    return executeAgentStep(action, await agentsApi(port), id);
  }
  switch (action.op) {
    case 'create': {
      const body: Record<string, unknown> = { ...action.body };
      const generated: Partial<NewUserSecrets> = {};
      for (const secret of action.generate ?? []) {
        if (secret === 'user-password') body['password'] = generated.password = generatePassword();
        else body['password'] = generated.voicemailPin = generatePin();
      }
      if (action.destinationUser)
        body['destination'] = { type: 'user', user_id: id(action.destinationUser), ring_time: null };
      const response = await createConfdObject(port, action.resource, body, context);
      const createdId = response['id'];
      if (typeof createdId !== 'number') {
        throw new XivoApiError('POST', `/${COLLECTION[action.resource]}`, 201, [
          'the response carries no id',
        ]);
      }
      if (generated.password !== undefined || generated.voicemailPin !== undefined) {
        const entry = secrets.get(step.key) ?? { key: step.key, userId: 0, uuid: null };
        if (action.resource === 'user') {
          entry.userId = createdId;
          entry.uuid = typeof response['uuid'] === 'string' ? response['uuid'] : null;
        }
        Object.assign(entry, generated);
        secrets.set(step.key, entry);
      }
      return createdId;
    }
    case 'update': {
      const body = Object.fromEntries(action.changes.map((c) => [c.field, c.new]));
      await port.request('PUT', `/${COLLECTION[action.resource]}/${id(action.target)}`, body);
      return undefined;
    }
    case 'delete':
      await port.request('DELETE', `/${COLLECTION[action.resource]}/${id(action.target)}`).catch(gone);
      return undefined;
    case 'associate':
    case 'dissociate': {
      const [left, right] = [id(action.left), id(action.right)];
      const [method, path] = associationRequest(action.op, action.relation, left, right);
      try {
        await port.request(method, path);
      } catch (error) {
        if (action.op === 'dissociate') gone(error);
        else if (!(await alreadyAssociated(port, action.relation, left, right, error))) throw error;
      }
      return undefined;
    }
  }
}

/** Agents go through the API the probe found: confd's `/agents` or the web services. */
async function executeAgentStep(
  action: Exclude<StepAction, { op: 'associate' | 'dissociate' }>,
  agents: AgentsApi,
  id: (ref: ObjectRef) => number,
): Promise<number | undefined> {
  const text = (value: JsonScalar | undefined): string | null =>
    value === null || value === undefined ? null : String(value);
  switch (action.op) {
    case 'create':
      return createAgent(agents, {
        number: String(action.body['number']),
        firstname: text(action.body['firstname']),
        lastname: text(action.body['lastname']),
        context: String(action.body['context']),
      });
    case 'update': {
      const changes: Partial<AgentWrite> = {};
      for (const change of action.changes) {
        if (change.field === 'firstname' || change.field === 'lastname')
          changes[change.field] = text(change.new);
        else if (change.field === 'context') changes.context = String(change.new);
      }
      await agents.update(id(action.target), changes);
      return undefined;
    }
    case 'delete':
      await agents.delete(id(action.target));
      return undefined;
  }
}

async function agentsApi(port: ApplyPort): Promise<AgentsApi> {
  const access = await port.agentsAccess();
  // The planner plans no agent step without an agents API; a plan from elsewhere may.
  if (access.backend === 'none') throw new XivoApiError('POST', '/agents', 404, [access.reason]);
  return access.api;
}

function associationRequest(
  op: 'associate' | 'dissociate',
  relation: Relation,
  left: number,
  right: number,
): [HttpMethod, string] {
  const method: HttpMethod = op === 'associate' ? 'PUT' : 'DELETE';
  switch (relation) {
    case 'line-sip':
      return [method, `/lines/${left}/endpoints/sip/${right}`];
    case 'line-extension':
      return [method, `/lines/${left}/extensions/${right}`];
    case 'user-line':
      return [method, `/users/${left}/lines/${right}`];
    case 'incall-extension':
      return [method, `/incalls/${left}/extensions/${right}`];
    case 'user-callpermission':
      return [method, `/users/${left}/callpermissions/${right}`];
    // confd dissociates a user's voicemail and agent without naming them (one of each per user).
    case 'user-voicemail':
      return op === 'associate'
        ? [method, `/users/${left}/voicemails/${right}`]
        : [method, `/users/${left}/voicemails`];
    case 'user-agent':
      return op === 'associate'
        ? [method, `/users/${left}/agents/${right}`]
        : [method, `/users/${left}/agents`];
  }
}

function report(plan: Plan, outcomes: readonly StepOutcome[]): ApplyResult {
  const byKey = new Map<string, StepOutcome[]>();
  for (const outcome of outcomes) {
    const list = byKey.get(outcome.key) ?? [];
    list.push(outcome);
    byKey.set(outcome.key, list);
  }
  const people: PersonOutcome[] = plan.people
    .filter((p) => p.steps.length > 0)
    .map((p) => {
      const list = byKey.get(p.key) ?? [];
      const failed = list.filter((o) => o.status !== 'ok').length;
      return {
        key: p.key,
        name: p.name,
        kind: p.kind,
        status: failed === 0 ? 'ok' : failed === list.length ? 'failed' : 'partial',
        outcomes: list,
      };
    });
  const rank = (p: PersonOutcome): number => (p.status === 'ok' ? 1 : 0);
  people.sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const count = (status: StepStatus): number => outcomes.filter((o) => o.status === status).length;
  return {
    counts: { ok: count('ok'), failed: count('failed'), blocked: count('blocked'), total: outcomes.length },
    skipped: plan.people
      .filter((p) => p.problems.length > 0)
      .map((p) => ({ key: p.key, name: p.name, kind: p.kind, problems: [...p.problems] })),
    steps: [...outcomes],
    people,
  };
}
