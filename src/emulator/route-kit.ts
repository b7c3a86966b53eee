import { ListCache, listRows, type ListConfig } from './list.ts';
import type { listConfigs } from './list-configs.ts';
import { type Presenter, type Rel } from './present.ts';
import type { ConfdStore } from './store.ts';
import type { JsonBody } from './types.ts';

// What every route module is built from: the handler types, responses, paged lists and CRUD routes.

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

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const noContent = (): RouteResult => ({ status: 204 });
const created = (ctx: RouteContext, rel: Rel, id: number, body: JsonBody): RouteResult => ({
  status: 201,
  body,
  headers: { Location: ctx.present.href(rel, id) },
});
export const items = (list: unknown[]): { total: number; items: unknown[] } => ({
  total: list.length,
  items: list,
});

/** Sorted lists kept between the pages of one listing, per store (see `ListCache`). */
const listCaches = new WeakMap<ConfdStore, ListCache>();

export function page<Row>(
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
export function crud<Row extends { id: number }>(
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

export const p = (ctx: RouteContext, name: string): string => ctx.params[name] ?? '';
