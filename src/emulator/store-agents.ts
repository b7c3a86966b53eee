import { errors } from './errors.ts';
import { parseBody } from './fields.ts';
import { AGENT_SCHEMA, CALL_PERMISSION_SCHEMA } from './schemas.ts';
import type { AgentRow, CallPermissionRow } from './types.ts';
import type { ConfdStore } from './store.ts';
import { str, setDelete } from './store-helpers.ts';

// Agents and call permissions.

export function createAgent(store: ConfdStore, body: unknown): AgentRow {
  const fields = parseBody(body, AGENT_SCHEMA, ['number'], false);
  const number = fields['number'] as string;
  if (store.agentByNumber.has(number)) throw errors.resourceExists('Agent', { number });
  const id = store.nextId('agents');
  const agent: AgentRow = {
    id,
    number,
    firstname: str(fields['firstname']),
    lastname: str(fields['lastname']),
    password: str(fields['password']),
    language: str(fields['language']),
    preprocess_subroutine: str(fields['preprocess_subroutine']),
    description: str(fields['description']),
  };
  store.agents.set(id, agent);
  store.agentByNumber.set(number, id);
  store.changed();
  return agent;
}

/** `number` cannot be modified after creation (agent.yml): it is ignored on update. */
export function updateAgent(store: ConfdStore, rawId: string, body: unknown): void {
  const agent = store.getAgent(rawId);
  const fields = parseBody(body, AGENT_SCHEMA, [], true);
  delete fields['number'];
  Object.assign(agent, fields);
  store.changed();
}

export function deleteAgent(store: ConfdStore, rawId: string): void {
  const agent = store.getAgent(rawId);
  for (const userId of store.agentUsers.get(agent.id) ?? []) store.userAgent.delete(userId);
  store.agentUsers.delete(agent.id);
  store.agentQueues.delete(agent.id);
  store.agentSkills.delete(agent.id);
  store.agentByNumber.delete(agent.number);
  store.agents.delete(agent.id);
  store.changed();
}

export function createCallPermission(store: ConfdStore, body: unknown): CallPermissionRow {
  const fields = parseBody(body, CALL_PERMISSION_SCHEMA, ['name'], false);
  const name = fields['name'] as string;
  if (store.permissionByName.has(name)) throw errors.resourceExists('CallPermission', { name });
  const id = store.nextId('callPermissions');
  const permission: CallPermissionRow = {
    id,
    name,
    password: str(fields['password']),
    mode: str(fields['mode']) ?? 'deny',
    enabled: (fields['enabled'] as boolean | undefined) ?? true,
    description: str(fields['description']),
    extensions: [...new Set((fields['extensions'] as string[] | undefined) ?? [])],
  };
  store.callPermissions.set(id, permission);
  store.permissionByName.set(name, id);
  store.changed();
  return permission;
}

export function updateCallPermission(store: ConfdStore, rawId: string, body: unknown): void {
  const permission = store.getCallPermission(rawId);
  const fields = parseBody(body, CALL_PERMISSION_SCHEMA, [], true);
  const name = str(fields['name']);
  if (name !== null && name !== permission.name && store.permissionByName.has(name)) {
    throw errors.resourceExists('CallPermission', { name });
  }
  if ('extensions' in fields) fields['extensions'] = [...new Set(fields['extensions'] as string[])];
  store.permissionByName.delete(permission.name);
  Object.assign(permission, fields);
  store.permissionByName.set(permission.name, permission.id);
  store.changed();
}

/** Memberships are dropped with the permission. */
export function deleteCallPermission(store: ConfdStore, rawId: string): void {
  const permission = store.getCallPermission(rawId);
  for (const userId of store.permissionUsers.get(permission.id) ?? []) {
    setDelete(store.userPermissions, userId, permission.id);
  }
  store.permissionUsers.delete(permission.id);
  store.permissionByName.delete(permission.name);
  store.callPermissions.delete(permission.id);
  store.changed();
}

export function callPermissionByName(store: ConfdStore, name: string): CallPermissionRow | undefined {
  const id = store.permissionByName.get(name);
  return id === undefined ? undefined : store.callPermissions.get(id);
}
