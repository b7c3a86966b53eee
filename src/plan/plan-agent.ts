import type { UserState } from '../state/index.ts';
import type { LiveAgent, LiveUser } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep, claim } from './plan-run.ts';
import type { JsonScalar, ObjectRef, ResourceChange } from './types.ts';

// The person's call-center agent, found again by number.

export function planAgent(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const want = state.agent ?? null;
  const current = live?.agentId != null ? p.run.index.agents.get(live.agentId) : undefined;
  if (current && want && current.number === want.number) return;
  let freedBy: string | undefined;
  if (current) freedBy = teardownAgent(p, current, userRef);
  if (!want) return;
  const existing = p.run.index.agentByNumber.get(want.number);
  let agentRef: ObjectRef;
  let agentStep: string | undefined;
  let change: ResourceChange['change'];
  if (existing && existing.userIds.length === 0) {
    agentRef = { id: existing.id };
    change = 'reuse';
  } else {
    const body: Record<string, JsonScalar> = {
      number: want.number,
      firstname: state.user.firstname,
      lastname: state.user.lastname ?? null,
    };
    agentStep = addStep(
      p,
      'agent',
      { op: 'create', resource: 'agent', body },
      [],
      `create agent ${want.number}`,
    );
    agentRef = { ref: agentStep };
    if (existing) claim(p, agentStep, `agent:${want.number}`, `agent ${want.number}`);
    change = 'create';
  }
  addStep(
    p,
    'user-agent',
    { op: 'associate', relation: 'user-agent', left: userRef, right: agentRef },
    [userStep, agentStep, freedBy],
    `link agent ${want.number} to the user`,
  );
  if (current) p.person.resources.pop();
  addResource(p, {
    resource: 'agent',
    change: current ? 'update' : change,
    old: current?.number ?? null,
    new: want.number,
  });
}

export function teardownAgent(p: PersonDraft, agent: LiveAgent, userRef: ObjectRef): string {
  const unlink = addStep(
    p,
    'agent:unlink',
    { op: 'dissociate', relation: 'user-agent', left: userRef, right: { id: agent.id } },
    [],
    `unlink agent ${agent.number}`,
  );
  const del = addStep(
    p,
    'agent:delete',
    { op: 'delete', resource: 'agent', target: { id: agent.id } },
    [unlink],
    `delete agent ${agent.number}`,
  );
  p.run.releases.set(`agent:${agent.number}`, del);
  addResource(p, { resource: 'agent', change: 'delete', old: agent.number, new: null });
  return unlink;
}
