import type { UserState } from '../state/index.ts';
import type { LiveAgent, LiveUser } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep, claim } from './plan-run.ts';
import type { FieldChange, JsonScalar, ObjectRef } from './types.ts';

// The person's call-center agent, found again by its number, named after the person.

/**
 * An agent number never changes (neither API can change it), so a renumbered agent is a new agent:
 * create it, delete the old one (which unlinks it), then link the user to the new one. Killed after
 * the create, the next run finds the new agent by its number and the old one still linked; killed
 * after the delete, it finds the new agent unlinked and takes it over. Nothing is left behind.
 */
export function planAgent(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const want = state.agent ?? null;
  const api = p.run.index.agentsApi;
  if (api.backend === 'none') {
    // Agents were not read: nothing is known of the current one, so nothing is touched.
    if (want) p.person.problems.push(`agent ${want.number} cannot be provisioned: ${api.reason}`);
    return;
  }
  const current = live?.agentId != null ? p.run.index.agents.get(live.agentId) : undefined;
  if (!want) {
    if (current) teardownAgent(p, current);
    return;
  }
  const wanted = agentFields(state, want.context);
  if (current && current.number === want.number) {
    const changes = agentChanges(current, wanted);
    if (changes.length === 0) return;
    addStep(
      p,
      'agent:update',
      { op: 'update', resource: 'agent', target: { id: current.id }, changes },
      [],
      `rename agent ${want.number}`,
    );
    addResource(p, {
      resource: 'agent',
      change: 'update',
      old: want.number,
      new: want.number,
      fields: changes,
    });
    return;
  }

  const existing = p.run.index.agentByNumber.get(want.number);
  let agentRef: ObjectRef;
  let agentStep: string | undefined;
  if (existing && existing.userIds.length === 0) {
    agentRef = { id: existing.id };
    const changes = agentChanges(existing, wanted);
    if (changes.length > 0) {
      agentStep = addStep(
        p,
        'agent:update',
        { op: 'update', resource: 'agent', target: { id: existing.id }, changes },
        [],
        `rename agent ${want.number}`,
      );
    }
  } else {
    agentStep = addStep(
      p,
      'agent',
      { op: 'create', resource: 'agent', body: { number: want.number, ...wanted } },
      [],
      `create agent ${want.number}`,
    );
    agentRef = { ref: agentStep };
    if (existing) claim(p, agentStep, `agent:${want.number}`, `agent ${want.number}`);
  }
  // Deleting the old agent also unlinks it (both APIs): the user then takes the new one.
  const replaced = current ? deleteAgent(p, current, [agentStep]) : undefined;
  addStep(
    p,
    'user-agent',
    { op: 'associate', relation: 'user-agent', left: userRef, right: agentRef },
    [userStep, agentStep, replaced],
    `link agent ${want.number} to the user`,
  );
  addResource(p, {
    resource: 'agent',
    change: current ? 'update' : existing && existing.userIds.length === 0 ? 'reuse' : 'create',
    old: current?.number ?? null,
    new: want.number,
  });
}

/** Removes the person's agent; the user link goes with it. Returns the step others wait for. */
export function teardownAgent(p: PersonDraft, agent: LiveAgent): string {
  const deleted = deleteAgent(p, agent, []);
  addResource(p, { resource: 'agent', change: 'delete', old: agent.number, new: null });
  return deleted;
}

/**
 * One request that also removes the user link (the web services' delete and confd's both do), so a
 * run killed at any point leaves no unlinked agent behind that nobody would ever remove.
 */
function deleteAgent(p: PersonDraft, agent: LiveAgent, dependsOn: (string | undefined)[]): string {
  const deleted = addStep(
    p,
    'agent:delete',
    { op: 'delete', resource: 'agent', target: { id: agent.id } },
    dependsOn,
    `delete agent ${agent.number}`,
  );
  p.run.releases.set(`agent:${agent.number}`, deleted);
  return deleted;
}

/** The agent carries the person's name, in the context of their site. */
function agentFields(
  state: UserState,
  context: string,
): Record<'firstname' | 'lastname' | 'context', JsonScalar> {
  const name = (value: string | null | undefined): string | null => (value ? value : null);
  return { firstname: name(state.user.firstname), lastname: name(state.user.lastname), context };
}

function agentChanges(
  agent: LiveAgent,
  wanted: Record<'firstname' | 'lastname' | 'context', JsonScalar>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  if (agent.firstname !== wanted.firstname)
    changes.push({ field: 'firstname', old: agent.firstname, new: wanted.firstname });
  if (agent.lastname !== wanted.lastname)
    changes.push({ field: 'lastname', old: agent.lastname, new: wanted.lastname });
  // confd agents have no context (null): only the web services' agents are compared on it.
  if (agent.context !== null && agent.context !== wanted.context)
    changes.push({ field: 'context', old: agent.context, new: wanted.context });
  return changes;
}
