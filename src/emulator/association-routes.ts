import { errors } from './errors.ts';
import type { JsonBody } from './types.ts';
import { type ConfdRoute, type RouteContext, items, noContent, ok, p } from './route-kit.ts';

/** The association routes (user ↔ line, line ↔ SIP endpoint, …) and the user sub-resources carried in the user body. */
export function associationRoutes(): ConfdRoute[] {
  return [
    // user ↔ line
    {
      method: 'GET',
      template: '/users/{user_id}/lines',
      acl: 'confd.users.{user_id}.lines.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_id'));
        const lineIds = ctx.store.userLines.get(user.id) ?? [];
        return ok(items(lineIds.map((lineId) => ctx.present.userLine(user.id, lineId))));
      },
    },
    {
      method: 'GET',
      template: '/lines/{line_id}/users',
      acl: 'confd.lines.{line_id}.users.read',
      handle: (ctx) => {
        const line = ctx.store.getLine(p(ctx, 'line_id'));
        const userIds = ctx.store.lineUsers.get(line.id) ?? [];
        return ok(items(userIds.map((userId) => ctx.present.userLine(userId, line.id))));
      },
    },
    {
      method: 'PUT',
      template: '/users/{user_id}/lines/{line_id}',
      acl: 'confd.users.{user_id}.lines.{line_id}.update',
      handle: (ctx) => {
        ctx.store.associateUserLine(p(ctx, 'user_id'), p(ctx, 'line_id'));
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: '/users/{user_id}/lines/{line_id}',
      acl: 'confd.users.{user_id}.lines.{line_id}.delete',
      handle: (ctx) => {
        ctx.store.dissociateUserLine(p(ctx, 'user_id'), p(ctx, 'line_id'));
        return noContent();
      },
    },
    {
      method: 'GET',
      template: '/users/{user_uuid}/lines/main/associated/endpoints/sip',
      acl: 'confd.users.{user_uuid}.lines.main.associated.endpoints.sip.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_uuid'));
        const lineId = ctx.store.mainLineId(user.id);
        if (lineId === undefined) throw errors.notFound('UserLine', { user_id: user.id });
        return ok(associatedSip(ctx, lineId));
      },
    },
    {
      method: 'GET',
      template: '/users/{user_uuid}/lines/{line_id}/associated/endpoints/sip',
      acl: 'confd.users.{user_uuid}.lines.{line_id}.associated.endpoints.sip.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_uuid'));
        const line = ctx.store.getLine(p(ctx, 'line_id'));
        if (!ctx.store.userLines.get(user.id)?.includes(line.id)) {
          throw errors.notFound('UserLine', { user_id: user.id, line_id: line.id });
        }
        return ok(associatedSip(ctx, line.id));
      },
    },

    // line ↔ SIP endpoint
    {
      method: 'GET',
      template: '/lines/{line_id}/endpoints/sip',
      acl: 'confd.lines.{line_id}.endpoints.sip.read',
      handle: (ctx) => {
        const line = ctx.store.getLine(p(ctx, 'line_id'));
        const sipId = ctx.store.lineSip.get(line.id);
        if (sipId === undefined) throw errors.resourceNotAssociated('Line', 'Endpoint', { line_id: line.id });
        return ok(ctx.present.lineEndpoint(line.id, sipId));
      },
    },
    {
      method: 'GET',
      template: '/endpoints/sip/{sip_id}/lines',
      acl: 'confd.endpoints.sip.{sip_id}.lines.read',
      handle: (ctx) => {
        const sip = ctx.store.getSip(p(ctx, 'sip_id'));
        const lineId = ctx.store.sipLine.get(sip.id);
        if (lineId === undefined)
          throw errors.resourceNotAssociated('Endpoint', 'Line', { endpoint_id: sip.id });
        return ok(ctx.present.lineEndpoint(lineId, sip.id));
      },
    },
    {
      method: 'PUT',
      template: '/lines/{line_id}/endpoints/sip/{sip_id}',
      acl: 'confd.lines.{line_id}.endpoints.sip.{sip_id}.update',
      handle: (ctx) => {
        ctx.store.associateLineSip(p(ctx, 'line_id'), p(ctx, 'sip_id'));
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: '/lines/{line_id}/endpoints/sip/{sip_id}',
      acl: 'confd.lines.{line_id}.endpoints.sip.{sip_id}.delete',
      handle: (ctx) => {
        ctx.store.dissociateLineSip(p(ctx, 'line_id'), p(ctx, 'sip_id'));
        return noContent();
      },
    },

    // line ↔ extension
    {
      method: 'GET',
      template: '/lines/{line_id}/extensions',
      acl: 'confd.lines.{line_id}.extensions.read',
      handle: (ctx) => {
        const line = ctx.store.getLine(p(ctx, 'line_id'));
        const extensionId = ctx.store.lineExtension.get(line.id);
        return ok(items(extensionId === undefined ? [] : [ctx.present.lineExtension(line.id, extensionId)]));
      },
    },
    {
      method: 'GET',
      template: '/extensions/{extension_id}/lines',
      acl: 'confd.extensions.{extension_id}.lines.read',
      handle: (ctx) => {
        const extension = ctx.store.getExtension(p(ctx, 'extension_id'));
        const lineIds = ctx.store.extensionLines.get(extension.id) ?? [];
        return ok(items(lineIds.map((lineId) => ctx.present.lineExtension(lineId, extension.id))));
      },
    },
    {
      method: 'PUT',
      template: '/lines/{line_id}/extensions/{extension_id}',
      acl: 'confd.lines.{line_id}.extensions.{extension_id}.update',
      handle: (ctx) => {
        ctx.store.associateLineExtension(p(ctx, 'line_id'), p(ctx, 'extension_id'));
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: '/lines/{line_id}/extensions/{extension_id}',
      acl: 'confd.lines.{line_id}.extensions.{extension_id}.delete',
      handle: (ctx) => {
        ctx.store.dissociateLineExtension(p(ctx, 'line_id'), p(ctx, 'extension_id'));
        return noContent();
      },
    },

    // incall ↔ extension
    {
      method: 'PUT',
      template: '/incalls/{incall_id}/extensions/{extension_id}',
      acl: 'confd.incalls.{incall_id}.extensions.{extension_id}.update',
      handle: (ctx) => {
        ctx.store.associateIncallExtension(p(ctx, 'incall_id'), p(ctx, 'extension_id'));
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: '/incalls/{incall_id}/extensions/{extension_id}',
      acl: 'confd.incalls.{incall_id}.extensions.{extension_id}.delete',
      handle: (ctx) => {
        ctx.store.dissociateIncallExtension(p(ctx, 'incall_id'), p(ctx, 'extension_id'));
        return noContent();
      },
    },

    // user ↔ voicemail
    {
      method: 'GET',
      template: '/users/{user_id}/voicemails',
      acl: 'confd.users.{user_id}.voicemails.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_id'));
        const voicemailId = ctx.store.userVoicemail.get(user.id);
        if (voicemailId === undefined) throw errors.notFound('UserVoicemail', { user_id: user.id });
        return ok(ctx.present.userVoicemail(user.id, voicemailId));
      },
    },
    {
      method: 'DELETE',
      template: '/users/{user_id}/voicemails',
      acl: 'confd.users.{user_id}.voicemails.delete',
      handle: (ctx) => {
        ctx.store.dissociateUserVoicemail(p(ctx, 'user_id'));
        return noContent();
      },
    },
    {
      method: 'PUT',
      template: '/users/{user_id}/voicemails/{voicemail_id}',
      acl: 'confd.users.{user_id}.voicemails.{voicemail_id}.update',
      handle: (ctx) => {
        ctx.store.associateUserVoicemail(p(ctx, 'user_id'), p(ctx, 'voicemail_id'));
        return noContent();
      },
    },
    {
      method: 'GET',
      template: '/voicemails/{voicemail_id}/users',
      acl: 'confd.voicemails.{voicemail_id}.users.read',
      handle: (ctx) => {
        const voicemail = ctx.store.getVoicemail(p(ctx, 'voicemail_id'));
        const userIds = ctx.store.voicemailUsers.get(voicemail.id) ?? [];
        return ok(items(userIds.map((userId) => ctx.present.userVoicemail(userId, voicemail.id))));
      },
    },

    // user ↔ agent
    {
      method: 'GET',
      template: '/users/{user_id}/agents',
      acl: 'confd.users.{user_id}.agents.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_id'));
        const agentId = ctx.store.userAgent.get(user.id);
        if (agentId === undefined) throw errors.notFound('UserAgent', { user_id: user.id });
        return ok(ctx.present.userAgent(user.id, agentId));
      },
    },
    {
      method: 'DELETE',
      template: '/users/{user_id}/agents',
      acl: 'confd.users.{user_id}.agents.delete',
      handle: (ctx) => {
        ctx.store.dissociateUserAgent(p(ctx, 'user_id'));
        return noContent();
      },
    },
    {
      method: 'PUT',
      template: '/users/{user_id}/agents/{agent_id}',
      acl: 'confd.users.{user_id}.agents.{agent_id}.update',
      handle: (ctx) => {
        ctx.store.associateUserAgent(p(ctx, 'user_id'), p(ctx, 'agent_id'));
        return noContent();
      },
    },

    // user ↔ call permission
    {
      method: 'GET',
      template: '/users/{user_id}/callpermissions',
      acl: 'confd.users.{user_id}.callpermissions.read',
      handle: (ctx) => {
        const user = ctx.store.getUser(p(ctx, 'user_id'));
        const ids = [...(ctx.store.userPermissions.get(user.id) ?? [])];
        return ok(items(ids.map((id) => ctx.present.userCallPermission(user.id, id))));
      },
    },
    {
      method: 'GET',
      template: '/callpermissions/{callpermission_id}/users',
      acl: 'confd.callpermissions.{callpermission_id}.users.read',
      handle: (ctx) => {
        const permission = ctx.store.getCallPermission(p(ctx, 'callpermission_id'));
        const ids = [...(ctx.store.permissionUsers.get(permission.id) ?? [])];
        return ok(items(ids.map((userId) => ctx.present.userCallPermission(userId, permission.id))));
      },
    },
    {
      method: 'PUT',
      template: '/users/{user_id}/callpermissions/{callpermission_id}',
      acl: 'confd.users.{user_id}.callpermissions.{callpermission_id}.update',
      handle: (ctx) => {
        ctx.store.associateUserCallPermission(p(ctx, 'user_id'), p(ctx, 'callpermission_id'));
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: '/users/{user_id}/callpermissions/{callpermission_id}',
      acl: 'confd.users.{user_id}.callpermissions.{callpermission_id}.delete',
      handle: (ctx) => {
        ctx.store.dissociateUserCallPermission(p(ctx, 'user_id'), p(ctx, 'callpermission_id'));
        return noContent();
      },
    },

    // read-only user sub-resources carried in the user body
    {
      method: 'GET',
      template: '/users/{user_id}/forwards',
      acl: 'confd.users.{user_id}.forwards.read',
      handle: (ctx) => ok(structuredClone(ctx.store.getUser(p(ctx, 'user_id')).forwards)),
    },
    {
      method: 'GET',
      template: '/users/{user_id}/services',
      acl: 'confd.users.{user_id}.services.read',
      handle: (ctx) => ok(structuredClone(ctx.store.getUser(p(ctx, 'user_id')).services)),
    },
  ];
}

function associatedSip(ctx: RouteContext, lineId: number): JsonBody {
  const sipId = ctx.store.lineSip.get(lineId);
  if (sipId === undefined) throw errors.resourceNotAssociated('Line', 'Endpoint', { line_id: lineId });
  return ctx.present.endpointSip(ctx.store.getSip(sipId));
}
