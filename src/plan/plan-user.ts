import { compareText } from '../compare-text.ts';
import type { UserState } from '../state/index.ts';
import type { LiveUser } from './live-inventory.ts';
import { type PersonDraft, type PlanRun, addStep, sameValue, scalar } from './plan-run.ts';
import { planTeardown } from './plan-teardown.ts';
import type { FieldChange, JsonScalar, ObjectRef, PersonPlan } from './types.ts';
import { planLine } from './plan-line.ts';
import { planDid } from './plan-did.ts';
import { planVoicemail } from './plan-voicemail.ts';
import { planAgent } from './plan-agent.ts';
import { planPermissions } from './plan-permissions.ts';
import { type RefusedPart, predictRefusals } from './predict-refusals.ts';

// The user itself (create, adopt, update, enable, disable), then each resource planner in turn.

/** confd user fields that are never sent: secrets, and ids. */
const NEVER_SENT = new Set(['password', 'call_permission_password', 'id', 'uuid', 'enabled']);

/** confd keeps user e-mail and username unique: another XiVO user holding one blocks creation. */
function uniqueClash(p: PersonDraft, state: UserState): string | undefined {
  for (const field of ['email', 'username'] as const) {
    const value = state.user[field];
    if (typeof value !== 'string' || value === '') continue;
    const holder = p.run.index.userByUnique.get(`${field}:${value.trim().toLowerCase()}`);
    if (holder !== undefined) return `XiVO user ${holder} already has ${field} ${value}`;
  }
  return undefined;
}

function graceExpired(p: PersonDraft, state: UserState): boolean {
  if (state.status !== 'disabled' || p.run.options.graceDays === undefined || !state.since) return false;
  const since = Date.parse(`${state.since}T00:00:00Z`);
  return p.run.options.now.getTime() - since >= p.run.options.graceDays * 86_400_000;
}

function desiredFields(p: PersonDraft, state: UserState, creating: boolean): Record<string, JsonScalar> {
  const owners = p.run.options.fieldOwners ?? {};
  const fields: Record<string, JsonScalar> = {};
  for (const [field, value] of Object.entries(state.user)) {
    if (value === undefined || NEVER_SENT.has(field) || field === p.run.options.keyField) continue;
    if (!creating && owners[field] === 'xivo') continue;
    fields[field] = value as JsonScalar;
  }
  fields[p.run.options.keyField] = state.key;
  // Sent on creation too (confd's default is true), so the request says what state says.
  fields['enabled'] = state.status === 'active';
  return fields;
}

function planCreate(p: PersonDraft, state: UserState): void {
  const body = desiredFields(p, state, true);
  const userStep = addStep(
    p,
    'user',
    { op: 'create', resource: 'user', body, generate: ['user-password'] },
    [],
    `create user ${p.person.name}`,
  );
  p.person.fields = Object.entries(body)
    .map(([field, value]) => ({ field, old: null, new: value }))
    .sort((a, b) => compareText(a.field, b.field));
  const userRef: ObjectRef = { ref: userStep };
  planLine(p, state, null, userRef, userStep);
  planDid(p, state, null, userRef, userStep);
  planVoicemail(p, state, null, userRef, userStep);
  planAgent(p, state, null, userRef, userStep);
  planPermissions(p, state, null, userRef, userStep);
}

function planExisting(
  p: PersonDraft,
  state: UserState,
  live: LiveUser,
  isAdoption: boolean,
  refused: ReadonlySet<RefusedPart>,
): void {
  const person = p.person;
  const desired = desiredFields(p, state, false);
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(desired)) {
    const old = scalar(live.fields[field]);
    if (!sameValue(old, value)) changes.push({ field, old, new: value });
  }
  changes.sort((a, b) => compareText(a.field, b.field));
  person.fields = changes;
  const lastApplied = p.run.options.lastApplied?.get(state.key);
  if (lastApplied && !isAdoption) {
    const owners = p.run.options.fieldOwners ?? {};
    person.drift = changes.filter((c) => {
      if (c.field === 'enabled' || c.field === p.run.options.keyField || owners[c.field] === 'xivo')
        return false;
      const applied = (lastApplied.user as unknown as Record<string, unknown>)[c.field];
      return applied !== undefined && !sameValue(c.old, scalar(applied));
    });
  }
  const userRef: ObjectRef = { id: live.id };
  // An adopted user already has credentials: marked as onboarded before the key makes them managed,
  // they are never taken for a user this tool created (src/notify/onboard.ts).
  const marker = p.run.index.onboardedMarkerId;
  const marked =
    isAdoption && marker !== undefined
      ? addStep(
          p,
          'onboarded',
          { op: 'associate', relation: 'user-callpermission', left: userRef, right: { id: marker } },
          [],
          'mark the adopted user as onboarded (no onboarding e-mail)',
        )
      : undefined;
  if (changes.length > 0) {
    addStep(
      p,
      'user',
      { op: 'update', resource: 'user', target: userRef, changes },
      [marked],
      `update user ${person.name}: ${changes.map((c) => c.field).join(', ')}`,
    );
  }
  // Sub-resources of an existing user do not wait for its field update: they only need its id. A part
  // confd would refuse is left as XiVO has it (its problem says why).
  if (!refused.has('line')) planLine(p, state, live, userRef, undefined);
  if (!refused.has('did')) planDid(p, state, live, userRef, undefined);
  if (!refused.has('voicemail')) planVoicemail(p, state, live, userRef, undefined);
  planAgent(p, state, live, userRef, undefined);
  planPermissions(p, state, live, userRef, undefined);

  const enabledChange = changes.find((c) => c.field === 'enabled');
  if (isAdoption) person.kind = 'adopt';
  else if (enabledChange?.new === false) person.kind = 'disable';
  else if (enabledChange?.new === true) person.kind = 'enable';
  else if (person.steps.length > 0) person.kind = 'update';
}

const PART_LABEL = { line: 'line', did: 'DID', voicemail: 'voicemail' } as const;

/** Plans one person: removal, creation, or convergence of an existing (or adopted) user. */
export function planPerson(
  run: PlanRun,
  key: string,
  state: UserState | null,
  live: LiveUser | null,
  isAdoption: boolean,
  problems: string[],
): void {
  const name = state
    ? [state.user.firstname, state.user.lastname].filter(Boolean).join(' ')
    : [live?.fields['firstname'], live?.fields['lastname']].filter((v) => typeof v === 'string').join(' ');
  const person: PersonPlan = {
    key,
    name,
    kind: 'noop',
    userId: live?.id ?? null,
    fields: [],
    resources: [],
    renumbering: [],
    drift: [],
    problems: [...problems],
    steps: [],
  };
  run.people.push(person);
  const p: PersonDraft = { run, person };

  const removed = state === null || graceExpired(p, state);
  if (removed) {
    if (live && !isAdoption) {
      person.kind = 'delete';
      planTeardown(p, key, live);
    }
    return;
  }
  if (!live) {
    // A disabled person who never reached XiVO stays out of it.
    if (state.status === 'disabled') return;
    // confd would refuse part of it: saying why beats a failed step and a half-made user.
    const clash = uniqueClash(p, state);
    const refusals = [...(clash ? [clash] : []), ...predictRefusals(state, run.index).map((r) => r.message)];
    if (refusals.length > 0) {
      person.kind = 'blocked';
      for (const refusal of refusals) person.problems.push(`not created: ${refusal}`);
      return;
    }
    person.kind = 'create';
    planCreate(p, state);
    return;
  }
  const refusals = predictRefusals(state, run.index);
  for (const r of refusals) {
    person.problems.push(
      r.part === 'callPermission'
        ? `${r.message}; not granted`
        : `${r.message}; the ${PART_LABEL[r.part]} is left as it is`,
    );
  }
  planExisting(p, state, live, isAdoption, new Set(refusals.map((r) => r.part)));
}
