import { errors } from './errors.ts';
import { listConfigs } from './list-configs.ts';
import type { Presenter } from './present.ts';
import type { ConfdStore } from './store.ts';
import type { ExtensionRow } from './types.ts';
import { associationRoutes } from './association-routes.ts';
import { type ConfdRoute, type RouteContext, crud, page } from './route-kit.ts';

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

    ...associationRoutes(),
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
