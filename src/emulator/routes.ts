import { errors } from './errors.ts';
import { ListCache, listRows, type ListConfig } from './list.ts';
import { listConfigs, type Presenter, type Rel } from './present.ts';
import type { ConfdStore } from './store.ts';
import type { ExtensionRow, JsonBody } from './types.ts';

/** What a confd handler sees of the request. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; throws confd's 400 on malformed JSON. Empty bodies read as `{}`. */
  body(): unknown;
  store: ConfdStore;
  present: Presenter;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ConfdRoute {
  method: string;
  /** Path under `/1.1`, with `{param}` segments. */
  template: string;
  /** The `**Required ACL:**` of the spec, `{param}` substituted with the path value. */
  acl: string;
  handle(ctx: RouteContext): RouteResult;
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });
const noContent = (): RouteResult => ({ status: 204 });
const created = (ctx: RouteContext, rel: Rel, id: number, body: JsonBody): RouteResult => ({
  status: 201,
  body,
  headers: { Location: ctx.present.href(rel, id) },
});
const items = (list: unknown[]): { total: number; items: unknown[] } => ({ total: list.length, items: list });

/** Sorted lists kept between the pages of one listing, per store (see `ListCache`). */
const listCaches = new WeakMap<ConfdStore, ListCache>();

function page<Row>(
  ctx: RouteContext,
  name: string,
  rows: Iterable<Row>,
  config: ListConfig<Row>,
  render: (row: Row) => JsonBody,
  extraFilter?: (row: Row) => boolean,
): RouteResult {
  let cache = listCaches.get(ctx.store);
  if (!cache) {
    cache = new ListCache();
    listCaches.set(ctx.store, cache);
  }
  const memo = { cache, version: ctx.store.version, name };
  const result = listRows(rows, ctx.query, config, extraFilter, memo);
  return ok({ total: result.total, items: result.rows.map(render) });
}

/** CRUD routes of one collection, ACLs `confd.<name>.read|create` and `confd.<name>.{id}.<action>`. */
function crud<Row extends { id: number }>(
  name: string,
  param: string,
  rel: Rel,
  ops: {
    rows: (store: ConfdStore) => Iterable<Row>;
    config: (configs: ReturnType<typeof listConfigs>) => ListConfig<Row>;
    render: (present: Presenter, row: Row) => JsonBody;
    create: (store: ConfdStore, body: unknown) => Row;
    get: (store: ConfdStore, id: string) => Row;
    update: (store: ConfdStore, id: string, body: unknown) => void;
    remove: (store: ConfdStore, id: string) => void;
    filter?: (ctx: RouteContext) => ((row: Row) => boolean) | undefined;
  },
  configs: ReturnType<typeof listConfigs>,
): ConfdRoute[] {
  const acl = name.replace(/\//g, '.');
  const item = `/${name}/{${param}}`;
  return [
    {
      method: 'GET',
      template: `/${name}`,
      acl: `confd.${acl}.read`,
      handle: (ctx) =>
        page(
          ctx,
          name,
          ops.rows(ctx.store),
          ops.config(configs),
          (row) => ops.render(ctx.present, row),
          ops.filter?.(ctx),
        ),
    },
    {
      method: 'POST',
      template: `/${name}`,
      acl: `confd.${acl}.create`,
      handle: (ctx) => {
        const row = ops.create(ctx.store, ctx.body());
        return created(ctx, rel, row.id, ops.render(ctx.present, row));
      },
    },
    {
      method: 'GET',
      template: item,
      acl: `confd.${acl}.{${param}}.read`,
      handle: (ctx) => ok(ops.render(ctx.present, ops.get(ctx.store, ctx.params[param] ?? ''))),
    },
    {
      method: 'PUT',
      template: item,
      acl: `confd.${acl}.{${param}}.update`,
      handle: (ctx) => {
        ops.update(ctx.store, ctx.params[param] ?? '', ctx.body());
        return noContent();
      },
    },
    {
      method: 'DELETE',
      template: item,
      acl: `confd.${acl}.{${param}}.delete`,
      handle: (ctx) => {
        ops.remove(ctx.store, ctx.params[param] ?? '');
        return noContent();
      },
    },
  ];
}

const p = (ctx: RouteContext, name: string): string => ctx.params[name] ?? '';

export function buildConfdRoutes(store: ConfdStore): ConfdRoute[] {
  const configs = listConfigs(store);
  const userListView = (ctx: RouteContext) => {
    const view = ctx.query.get('view');
    if (view === null) return (u: Parameters<Presenter['user']>[0]) => ctx.present.user(u);
    if (view === 'directory') return (u: Parameters<Presenter['user']>[0]) => ctx.present.userDirectory(u);
    if (view === 'summary') return (u: Parameters<Presenter['user']>[0]) => ctx.present.userSummary(u);
    throw errors.invalidView(view);
  };
  const [usersList, ...userRoutes] = crud(
    'users',
    'user_id',
    'users',
    {
      rows: (s) => s.users.values(),
      config: (c) => c.users,
      render: (present, row) => present.user(row),
      create: (s, body) => s.createUser(body),
      get: (s, id) => s.getUser(id),
      update: (s, id, body) => s.updateUser(id, body),
      remove: (s, id) => s.deleteUser(id),
    },
    configs,
  );
  const users: ConfdRoute[] = [
    {
      ...(usersList as ConfdRoute),
      handle: (ctx) => page(ctx, 'users', ctx.store.users.values(), configs.users, userListView(ctx)),
    },
    ...userRoutes,
  ];

  const extensionTypeFilter = (ctx: RouteContext) => {
    const type = ctx.query.get('type');
    if (type === null) return undefined;
    return (e: ExtensionRow) => ctx.store.contextByNameOrNull(e.context)?.type === type;
  };

  const routes: ConfdRoute[] = [
    ...users,
    ...crud(
      'lines',
      'line_id',
      'lines',
      {
        rows: (s) => s.lines.values(),
        config: (c) => c.lines,
        render: (present, row) => present.line(row),
        create: (s, body) => s.createLine(body),
        get: (s, id) => s.getLine(id),
        update: (s, id, body) => s.updateLine(id, body),
        remove: (s, id) => s.deleteLine(id),
      },
      configs,
    ),
    ...crud(
      'endpoints/sip',
      'sip_id',
      'endpoint_sip',
      {
        rows: (s) => s.endpointsSip.values(),
        config: (c) => c.endpointsSip,
        render: (present, row) => present.endpointSip(row),
        create: (s, body) => s.createSip(body),
        get: (s, id) => s.getSip(id),
        update: (s, id, body) => s.updateSip(id, body),
        remove: (s, id) => s.deleteSip(id),
      },
      configs,
    ),
    ...crud(
      'extensions',
      'extension_id',
      'extensions',
      {
        rows: (s) => s.extensions.values(),
        config: (c) => c.extensions,
        render: (present, row) => present.extension(row),
        create: (s, body) => s.createExtension(body),
        get: (s, id) => s.getExtension(id),
        update: (s, id, body) => s.updateExtension(id, body),
        remove: (s, id) => s.deleteExtension(id),
        filter: extensionTypeFilter,
      },
      configs,
    ),
    ...crud(
      'contexts',
      'context_id',
      'contexts',
      {
        rows: (s) => s.contexts.values(),
        config: (c) => c.contexts,
        render: (present, row) => present.context(row),
        create: (s, body) => s.createContext(body),
        get: (s, id) => s.getContext(id),
        update: (s, id, body) => s.updateContext(id, body),
        remove: (s, id) => s.deleteContext(id),
      },
      configs,
    ),
    ...crud(
      'incalls',
      'incall_id',
      'incalls',
      {
        rows: (s) => s.incalls.values(),
        config: (c) => c.incalls,
        render: (present, row) => present.incall(row),
        create: (s, body) => s.createIncall(body),
        get: (s, id) => s.getIncall(id),
        update: (s, id, body) => s.updateIncall(id, body),
        remove: (s, id) => s.deleteIncall(id),
      },
      configs,
    ),
    ...crud(
      'voicemails',
      'voicemail_id',
      'voicemails',
      {
        rows: (s) => s.voicemails.values(),
        config: (c) => c.voicemails,
        render: (present, row) => present.voicemail(row),
        create: (s, body) => s.createVoicemail(body),
        get: (s, id) => s.getVoicemail(id),
        update: (s, id, body) => s.updateVoicemail(id, body),
        remove: (s, id) => s.deleteVoicemail(id),
      },
      configs,
    ),
    ...crud(
      'agents',
      'agent_id',
      'agents',
      {
        rows: (s) => s.agents.values(),
        config: (c) => c.agents,
        render: (present, row) => present.agent(row),
        create: (s, body) => s.createAgent(body),
        get: (s, id) => s.getAgent(id),
        update: (s, id, body) => s.updateAgent(id, body),
        remove: (s, id) => s.deleteAgent(id),
      },
      configs,
    ),
    ...crud(
      'callpermissions',
      'callpermission_id',
      'callpermissions',
      {
        rows: (s) => s.callPermissions.values(),
        config: (c) => c.callPermissions,
        render: (present, row) => present.callPermission(row),
        create: (s, body) => s.createCallPermission(body),
        get: (s, id) => s.getCallPermission(id),
        update: (s, id, body) => s.updateCallPermission(id, body),
        remove: (s, id) => s.deleteCallPermission(id),
      },
      configs,
    ),

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
  // Store methods validate before they write, but a write request that fails half-way must not
  // leave a stale sorted list behind: every non-GET request counts as a write, whatever its outcome.
  return routes.map((route) =>
    route.method === 'GET'
      ? route
      : {
          ...route,
          handle: (ctx) => {
            try {
              return route.handle(ctx);
            } finally {
              ctx.store.touch();
            }
          },
        },
  );
}

function associatedSip(ctx: RouteContext, lineId: number): JsonBody {
  const sipId = ctx.store.lineSip.get(lineId);
  if (sipId === undefined) throw errors.resourceNotAssociated('Line', 'Endpoint', { line_id: lineId });
  return ctx.present.endpointSip(ctx.store.getSip(sipId));
}

/** Route lookup: literal segments win over `{param}` segments, so `…/lines/main/…` beats `…/{line_id}/…`. */
export function matchRoute<R extends { method: string; template: string }>(
  routes: readonly R[],
  method: string,
  path: string,
): { route: R; params: Record<string, string> } | { methodMismatch: boolean } {
  const segments = path.split('/').filter((s) => s !== '');
  let best: { route: R; params: Record<string, string>; literals: number } | undefined;
  let pathMatched = false;
  for (const route of routes) {
    const parts = route.template.split('/').filter((s) => s !== '');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let matched = true;
    for (const [index, part] of parts.entries()) {
      const segment = segments[index] ?? '';
      if (part.startsWith('{')) params[part.slice(1, -1)] = safeDecode(segment);
      else if (part === segment) literals++;
      else {
        matched = false;
        break;
      }
    }
    if (!matched) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    if (!best || literals > best.literals) best = { route, params, literals };
  }
  return best ? { route: best.route, params: best.params } : { methodMismatch: pathMatched };
}

/** A malformed escape stays as sent (and then matches no row) instead of failing the request. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function renderAcl(template: string, params: Record<string, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => params[name] ?? '');
}
