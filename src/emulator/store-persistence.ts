import type { EmulatorData } from './types.ts';
import type { ConfdStore } from './store.ts';
import { clone, push, setAdd } from './store-helpers.ts';

// The store as data (`--data` files, snapshots) and back.

export function toData(store: ConfdStore): EmulatorData {
  const single = <A extends string, B extends string>(map: Map<number, number>, a: A, b: B) =>
    [...map].map(([key, value]) => ({ [a]: key, [b]: value }) as Record<A | B, number>);
  const userLines = [...store.userLines]
    .flatMap(([userId, lineIds]) => lineIds.map((lineId) => ({ user_id: userId, line_id: lineId })))
    .sort(
      (a, b) =>
        (store.userLineOrder.get(`${a.user_id}:${a.line_id}`) ?? 0) -
        (store.userLineOrder.get(`${b.user_id}:${b.line_id}`) ?? 0),
    );
  return clone({
    version: 1,
    users: [...store.users.values()],
    lines: [...store.lines.values()],
    endpointsSip: [...store.endpointsSip.values()],
    extensions: [...store.extensions.values()],
    contexts: [...store.contexts.values()],
    incalls: [...store.incalls.values()],
    voicemails: [...store.voicemails.values()],
    agents: [...store.agents.values()],
    callPermissions: [...store.callPermissions.values()],
    userLines,
    lineEndpointsSip: single(store.lineSip, 'line_id', 'endpoint_id'),
    lineExtensions: single(store.lineExtension, 'line_id', 'extension_id'),
    incallExtensions: single(store.incallExtension, 'incall_id', 'extension_id'),
    userVoicemails: single(store.userVoicemail, 'user_id', 'voicemail_id'),
    userAgents: single(store.userAgent, 'user_id', 'agent_id'),
    userCallPermissions: [...store.userPermissions].flatMap(([userId, ids]) =>
      [...ids].map((id) => ({ user_id: userId, call_permission_id: id })),
    ),
    queues: [...store.queues],
    agentQueues: [...store.agentQueues].flatMap(([agentId, queues]) =>
      [...queues].map(([name, penalty]) => ({ agent_id: agentId, queue_name: name, penalty })),
    ),
    agentSkills: [...store.agentSkills].flatMap(([agentId, skills]) =>
      [...skills].map(([skill, weight]) => ({ agent_id: agentId, skill_id: skill, weight })),
    ),
    nextIds: { ...store.nextIds },
  });
}

/** Loads persisted tables verbatim (they were validated when first written). */
export function loadData(store: ConfdStore, data: EmulatorData): void {
  store.touch();
  const load = <Row extends { id: number }>(table: Map<number, Row>, rows: Row[]) => {
    for (const row of rows) table.set(row.id, clone(row));
  };
  load(store.users, data.users);
  load(store.lines, data.lines);
  load(store.endpointsSip, data.endpointsSip);
  load(store.extensions, data.extensions);
  load(store.contexts, data.contexts);
  load(store.incalls, data.incalls);
  load(store.voicemails, data.voicemails);
  load(store.agents, data.agents);
  load(store.callPermissions, data.callPermissions);
  for (const user of store.users.values()) store.indexUser(user);
  for (const line of store.lines.values()) {
    store.lineByProvCode.set(line.provisioning_code, line.id);
  }
  for (const sip of store.endpointsSip.values()) store.sipByUsername.set(sip.username, sip.id);
  for (const e of store.extensions.values()) {
    store.extensionByKey.set(`${e.exten}@${e.context}`, e.id);
    store.refContext(e.context, 'Extension', 1);
  }
  for (const c of store.contexts.values()) store.contextByName.set(c.name, c.id);
  for (const v of store.voicemails.values()) {
    store.voicemailByKey.set(`${v.number}@${v.context}`, v.id);
    store.refContext(v.context, 'Voicemail', 1);
  }
  for (const a of store.agents.values()) store.agentByNumber.set(a.number, a.id);
  for (const p of store.callPermissions.values()) store.permissionByName.set(p.name, p.id);
  for (const incall of store.incalls.values()) store.indexIncallDestination(incall, 1);
  // Replaying the chronological list rebuilds both orders (main line and main user).
  for (const { user_id, line_id } of data.userLines) {
    push(store.userLines, user_id, line_id);
    push(store.lineUsers, line_id, user_id);
    store.userLineOrder.set(`${user_id}:${line_id}`, store.userLineSequence++);
  }
  for (const { line_id, endpoint_id } of data.lineEndpointsSip) {
    store.lineSip.set(line_id, endpoint_id);
    store.sipLine.set(endpoint_id, line_id);
  }
  for (const { line_id, extension_id } of data.lineExtensions) {
    store.lineExtension.set(line_id, extension_id);
    push(store.extensionLines, extension_id, line_id);
  }
  for (const { incall_id, extension_id } of data.incallExtensions) {
    store.incallExtension.set(incall_id, extension_id);
    store.extensionIncall.set(extension_id, incall_id);
  }
  for (const { user_id, voicemail_id } of data.userVoicemails) {
    store.userVoicemail.set(user_id, voicemail_id);
    push(store.voicemailUsers, voicemail_id, user_id);
  }
  for (const { user_id, agent_id } of data.userAgents) {
    store.userAgent.set(user_id, agent_id);
    push(store.agentUsers, agent_id, user_id);
  }
  for (const { user_id, call_permission_id } of data.userCallPermissions) {
    setAdd(store.userPermissions, user_id, call_permission_id);
    setAdd(store.permissionUsers, call_permission_id, user_id);
  }
  for (const name of data.queues ?? []) store.queues.add(name);
  for (const { agent_id, queue_name, penalty } of data.agentQueues ?? []) {
    const queues = store.agentQueues.get(agent_id) ?? new Map<string, number>();
    queues.set(queue_name, penalty);
    store.agentQueues.set(agent_id, queues);
  }
  for (const { agent_id, skill_id, weight } of data.agentSkills ?? []) {
    const skills = store.agentSkills.get(agent_id) ?? new Map<string, number>();
    skills.set(skill_id, weight);
    store.agentSkills.set(agent_id, skills);
  }
  store.nextIds = { ...data.nextIds };
}
