import type { LiveUser } from './live-inventory.ts';
import { type PersonDraft, addStep } from './plan-run.ts';
import type { ObjectRef } from './types.ts';
import { teardownLine } from './plan-line.ts';
import { teardownIncall } from './plan-did.ts';
import { teardownVoicemail } from './plan-voicemail.ts';
import { teardownAgent } from './plan-agent.ts';

// Removal of a managed user and everything that is theirs, in confd's teardown order.

/** confd's teardown order: voicemail, lines and extensions, agent, incalls, then the user. */
export function planTeardown(p: PersonDraft, key: string, live: LiveUser): void {
  const userRef: ObjectRef = { id: live.id };
  const deps: string[] = [];
  const vm = live.voicemailId != null ? p.run.index.voicemails.get(live.voicemailId) : undefined;
  if (vm) deps.push(teardownVoicemail(p, vm, userRef));
  for (const id of live.lineIds) {
    const line = p.run.index.lines.get(id);
    if (line) deps.push(teardownLine(p, line, userRef));
  }
  const agent = live.agentId != null ? p.run.index.agents.get(live.agentId) : undefined;
  if (agent) deps.push(teardownAgent(p, agent));
  for (const incall of p.run.index.incallsByUser.get(live.id) ?? []) deps.push(teardownIncall(p, incall));
  addStep(
    p,
    'user:delete',
    { op: 'delete', resource: 'user', target: userRef },
    deps,
    `delete user ${p.person.name || key}`,
  );
}
