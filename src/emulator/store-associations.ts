import { errors } from './errors.ts';
import type { ConfdStore } from './store.ts';
import { pull, push, setAdd, setDelete } from './store-helpers.ts';

// The associations between users, lines, SIP endpoints, extensions, incalls, voicemails, agents and call permissions, with confd's prerequisites and cardinalities.

export function associateLineSip(store: ConfdStore, rawLineId: string, rawSipId: string): void {
  const line = store.getLine(rawLineId);
  const sip = store.getSip(rawSipId);
  const current = store.lineSip.get(line.id);
  if (current !== undefined) {
    throw errors.resourceAssociated('Line', 'Endpoint', { line_id: line.id, endpoint_id: current });
  }
  const owner = store.sipLine.get(sip.id);
  if (owner !== undefined) {
    throw errors.resourceAssociated('Endpoint', 'Line', { endpoint_id: sip.id, line_id: owner });
  }
  store.lineSip.set(line.id, sip.id);
  store.sipLine.set(sip.id, line.id);
  store.changed();
}

export function dissociateLineSip(store: ConfdStore, rawLineId: string, rawSipId: string): void {
  const line = store.getLine(rawLineId);
  const sip = store.getSip(rawSipId);
  if (store.lineSip.get(line.id) !== sip.id) {
    throw errors.resourceNotAssociated('Line', 'Endpoint', { line_id: line.id, endpoint_id: sip.id });
  }
  const userIds = store.lineUsers.get(line.id);
  if (userIds) throw errors.resourceAssociated('Line', 'User', { line_id: line.id, user_ids: userIds });
  const extensionId = store.lineExtension.get(line.id);
  if (extensionId !== undefined) {
    throw errors.resourceAssociated('Line', 'Extension', { line_id: line.id, extension_id: extensionId });
  }
  store.lineSip.delete(line.id);
  store.sipLine.delete(sip.id);
  store.changed();
}

export function associateUserLine(store: ConfdStore, rawUserId: string, rawLineId: string): void {
  const user = store.getUser(rawUserId);
  const line = store.getLine(rawLineId);
  if (!store.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
  if (store.userLines.get(user.id)?.includes(line.id)) {
    throw errors.resourceAssociated('User', 'Line', { user_id: user.id, line_id: line.id });
  }
  push(store.userLines, user.id, line.id);
  push(store.lineUsers, line.id, user.id);
  store.userLineOrder.set(`${user.id}:${line.id}`, store.userLineSequence++);
  store.changed();
}

export function dissociateUserLine(store: ConfdStore, rawUserId: string, rawLineId: string): void {
  const user = store.getUser(rawUserId);
  const line = store.getLine(rawLineId);
  const users = store.lineUsers.get(line.id) ?? [];
  if (!users.includes(user.id)) throw errors.notFound('UserLine', { user_id: user.id, line_id: line.id });
  if (line.device_id !== null)
    throw errors.resourceAssociated('Line', 'Device', { line_id: line.id, device_id: line.device_id });
  if (users[0] === user.id && users.length > 1) throw errors.secondaryUsers({ line_id: line.id });
  pull(store.userLines, user.id, line.id);
  pull(store.lineUsers, line.id, user.id);
  store.userLineOrder.delete(`${user.id}:${line.id}`);
  store.changed();
}

export function associateLineExtension(store: ConfdStore, rawLineId: string, rawExtensionId: string): void {
  const line = store.getLine(rawLineId);
  const extension = store.getExtension(rawExtensionId);
  if (!store.lineSip.has(line.id)) throw errors.missingAssociation('Line', 'Endpoint', { line_id: line.id });
  const context = store.contextByNameOrNull(extension.context);
  if (context && context.type !== 'internal') throw errors.unhandledContextType(context.type);
  const current = store.lineExtension.get(line.id);
  if (current !== undefined) {
    throw errors.resourceAssociated('Line', 'Extension', { line_id: line.id, extension_id: current });
  }
  const incallId = store.extensionIncall.get(extension.id);
  if (incallId !== undefined) {
    throw errors.resourceAssociated('Extension', 'Incall', {
      extension_id: extension.id,
      incall_id: incallId,
    });
  }
  // An extension may ring several lines only when they all belong to the same main user.
  const otherLines = store.extensionLines.get(extension.id) ?? [];
  const mainUser = store.lineUsers.get(line.id)?.[0];
  for (const otherLineId of otherLines) {
    const otherMain = store.lineUsers.get(otherLineId)?.[0];
    if (mainUser === undefined || otherMain !== mainUser) {
      throw errors.resourceAssociated('Extension', 'Line', {
        extension_id: extension.id,
        line_id: otherLineId,
      });
    }
  }
  store.lineExtension.set(line.id, extension.id);
  push(store.extensionLines, extension.id, line.id);
  store.changed();
}

export function dissociateLineExtension(store: ConfdStore, rawLineId: string, rawExtensionId: string): void {
  const line = store.getLine(rawLineId);
  const extension = store.getExtension(rawExtensionId);
  if (store.lineExtension.get(line.id) !== extension.id) {
    throw errors.notFound('LineExtension', { line_id: line.id, extension_id: extension.id });
  }
  if (line.device_id !== null)
    throw errors.resourceAssociated('Line', 'Device', { line_id: line.id, device_id: line.device_id });
  store.lineExtension.delete(line.id);
  pull(store.extensionLines, extension.id, line.id);
  store.changed();
}

export function associateIncallExtension(
  store: ConfdStore,
  rawIncallId: string,
  rawExtensionId: string,
): void {
  const incall = store.getIncall(rawIncallId);
  const extension = store.getExtension(rawExtensionId);
  const context = store.contextByNameOrNull(extension.context);
  if (context && context.type !== 'incall') throw errors.unhandledContextType(context.type);
  const current = store.incallExtension.get(incall.id);
  if (current !== undefined) {
    throw errors.resourceAssociated('Incall', 'Extension', { incall_id: incall.id, extension_id: current });
  }
  const owner = store.extensionIncall.get(extension.id);
  if (owner !== undefined) {
    throw errors.resourceAssociated('Extension', 'Incall', {
      extension_id: extension.id,
      incall_id: owner,
    });
  }
  const lineIds = store.extensionLines.get(extension.id);
  if (lineIds)
    throw errors.resourceAssociated('Extension', 'Line', { extension_id: extension.id, line_ids: lineIds });
  store.incallExtension.set(incall.id, extension.id);
  store.extensionIncall.set(extension.id, incall.id);
  store.changed();
}

export function dissociateIncallExtension(
  store: ConfdStore,
  rawIncallId: string,
  rawExtensionId: string,
): void {
  const incall = store.getIncall(rawIncallId);
  const extension = store.getExtension(rawExtensionId);
  if (store.incallExtension.get(incall.id) !== extension.id) {
    throw errors.notFound('IncallExtension', { incall_id: incall.id, extension_id: extension.id });
  }
  store.incallExtension.delete(incall.id);
  store.extensionIncall.delete(extension.id);
  store.changed();
}

export function associateUserVoicemail(store: ConfdStore, rawUserId: string, rawVoicemailId: string): void {
  const user = store.getUser(rawUserId);
  const voicemail = store.getVoicemail(rawVoicemailId);
  const current = store.userVoicemail.get(user.id);
  if (current !== undefined) {
    throw errors.resourceAssociated('User', 'Voicemail', { user_id: user.id, voicemail_id: current });
  }
  store.userVoicemail.set(user.id, voicemail.id);
  push(store.voicemailUsers, voicemail.id, user.id);
  store.changed();
}

export function dissociateUserVoicemail(store: ConfdStore, rawUserId: string): void {
  const user = store.getUser(rawUserId);
  const voicemailId = store.userVoicemail.get(user.id);
  if (voicemailId === undefined) throw errors.notFound('UserVoicemail', { user_id: user.id });
  store.userVoicemail.delete(user.id);
  pull(store.voicemailUsers, voicemailId, user.id);
  store.changed();
}

export function associateUserAgent(store: ConfdStore, rawUserId: string, rawAgentId: string): void {
  const user = store.getUser(rawUserId);
  const agent = store.getAgent(rawAgentId);
  const current = store.userAgent.get(user.id);
  if (current !== undefined)
    throw errors.resourceAssociated('User', 'Agent', { user_id: user.id, agent_id: current });
  store.userAgent.set(user.id, agent.id);
  push(store.agentUsers, agent.id, user.id);
  store.changed();
}

export function dissociateUserAgent(store: ConfdStore, rawUserId: string): void {
  const user = store.getUser(rawUserId);
  const agentId = store.userAgent.get(user.id);
  if (agentId === undefined) throw errors.notFound('UserAgent', { user_id: user.id });
  store.userAgent.delete(user.id);
  pull(store.agentUsers, agentId, user.id);
  store.changed();
}

export function associateUserCallPermission(
  store: ConfdStore,
  rawUserId: string,
  rawPermissionId: string,
): void {
  const user = store.getUser(rawUserId);
  const permission = store.getCallPermission(rawPermissionId);
  if (store.userPermissions.get(user.id)?.has(permission.id)) {
    throw errors.resourceAssociated('User', 'CallPermission', {
      user_id: user.id,
      call_permission_id: permission.id,
    });
  }
  setAdd(store.userPermissions, user.id, permission.id);
  setAdd(store.permissionUsers, permission.id, user.id);
  store.changed();
}

export function dissociateUserCallPermission(
  store: ConfdStore,
  rawUserId: string,
  rawPermissionId: string,
): void {
  const user = store.getUser(rawUserId);
  const permission = store.getCallPermission(rawPermissionId);
  if (!store.userPermissions.get(user.id)?.has(permission.id)) {
    throw errors.notFound('UserCallPermission', { user_id: user.id, call_permission_id: permission.id });
  }
  setDelete(store.userPermissions, user.id, permission.id);
  setDelete(store.permissionUsers, permission.id, user.id);
  store.changed();
}
