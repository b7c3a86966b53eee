import { XIVO_PAGE_SIZE } from '../../config/index.ts';
import type { SchemaName } from './schema.ts';
import type { ConfdList, ConfdUser, ConfdUserDirectory, ListParams, UserRef } from './types.ts';
import type { ResourceApi, XivoClient } from './xivo-client.ts';

/** The one call the resources are built on: the transport of createXivoClient. */
type ConfdRequest = XivoClient['request'];

/**
 * The typed confd collections and associations over `request`: paths, schemas, paging. The
 * transport (auth, retries, errors) stays in createXivoClient.
 */
export function confdResources(
  request: ConfdRequest,
): Omit<XivoClient, 'request' | 'close' | 'agentsAccess'> {
  /**
   * Hands each page's rows to `onPage` as it arrives and keeps none of them, so a caller that keeps
   * only what it needs of each row never holds a whole list of raw rows.
   */
  async function forEachPage<T>(
    resource: string,
    params: ListParams,
    opts: { pageSize?: number; schema?: SchemaName },
    onPage: (rows: T[]) => void,
  ): Promise<void> {
    const pageSize = opts.pageSize ?? XIVO_PAGE_SIZE;
    const seen = new Set<unknown>();
    let received = 0;
    for (let offset = 0; ; offset += pageSize) {
      const page = (await request('GET', resource, undefined, {
        params: { ...params, limit: pageSize, offset },
        ...(opts.schema === undefined ? {} : { schema: opts.schema, list: true }),
      })) as ConfdList<T> | undefined;
      const items = page?.items ?? [];
      received += items.length;
      // A row shifted across a page boundary by a concurrent write would otherwise appear twice.
      onPage(
        items.filter((item) => {
          const id = (item as { id?: unknown }).id;
          if (id !== undefined && seen.has(id)) return false;
          seen.add(id);
          return true;
        }),
      );
      if (items.length < pageSize || received >= (page?.total ?? received)) return;
    }
  }

  async function listAll<T>(
    resource: string,
    params: ListParams = {},
    opts: { pageSize?: number; schema?: SchemaName } = {},
  ): Promise<T[]> {
    const rows: T[] = [];
    await forEachPage<T>(resource, params, opts, (page) => {
      for (const row of page) rows.push(row);
    });
    return rows;
  }

  function resource<T>(collection: string, schema: SchemaName): ResourceApi<T> {
    return {
      list: async (params) =>
        (await request('GET', collection, undefined, {
          ...(params === undefined ? {} : { params }),
          schema,
          list: true,
        })) as ConfdList<T>,
      listAll: (params, pageSize) =>
        listAll<T>(collection, params, { schema, ...(pageSize === undefined ? {} : { pageSize }) }),
      forEachPage: (onPage, params = {}, pageSize) =>
        forEachPage<T>(
          collection,
          params,
          { schema, ...(pageSize === undefined ? {} : { pageSize }) },
          onPage,
        ),
      get: async (id) => (await request('GET', `${collection}/${seg(id)}`, undefined, { schema })) as T,
      create: async (body) => (await request('POST', collection, body, { schema })) as T,
      update: async (id, body) => {
        await request('PUT', `${collection}/${seg(id)}`, body);
      },
      delete: async (id) => {
        await request('DELETE', `${collection}/${seg(id)}`);
      },
    };
  }

  const write = async (method: 'PUT' | 'DELETE', path: string): Promise<void> => {
    await request(method, path);
  };
  const read = async <T>(path: string, schema: SchemaName, list: boolean): Promise<T> =>
    (await request('GET', path, undefined, { schema, list })) as T;

  const users = resource<ConfdUser>('/users', 'user');
  return {
    listAll: (collection, params, opts) => listAll(collection, params, opts),
    forEachPage: (collection, params, opts, onPage) => forEachPage(collection, params, opts, onPage),
    users: {
      ...users,
      get: async (user) =>
        (await request('GET', `/users/${seg(user)}`, undefined, { schema: 'user' })) as ConfdUser,
      update: async (user, body) => {
        await request('PUT', `/users/${seg(user)}`, body);
      },
      delete: (user) => write('DELETE', `/users/${seg(user)}`),
      listDirectory: async (params) =>
        (await request('GET', '/users', undefined, {
          params: { ...params, view: 'directory' },
          schema: 'userDirectory',
          list: true,
        })) as ConfdList<ConfdUserDirectory>,
    },
    lines: resource('/lines', 'line'),
    endpointsSip: resource('/endpoints/sip', 'endpointSip'),
    extensions: resource('/extensions', 'extension'),
    contexts: resource('/contexts', 'context'),
    incalls: resource('/incalls', 'incall'),
    voicemails: resource('/voicemails', 'voicemail'),
    agents: resource('/agents', 'agent'),
    callPermissions: resource('/callpermissions', 'callPermission'),
    userLines: {
      associate: (u, l) => write('PUT', `/users/${seg(u)}/lines/${seg(l)}`),
      dissociate: (u, l) => write('DELETE', `/users/${seg(u)}/lines/${seg(l)}`),
      ofUser: (u) => read(`/users/${seg(u)}/lines`, 'userLine', true),
      ofLine: (l) => read(`/lines/${seg(l)}/users`, 'userLine', true),
    },
    lineEndpointSip: {
      associate: (l, s) => write('PUT', `/lines/${seg(l)}/endpoints/sip/${seg(s)}`),
      dissociate: (l, s) => write('DELETE', `/lines/${seg(l)}/endpoints/sip/${seg(s)}`),
      ofLine: (l) => read(`/lines/${seg(l)}/endpoints/sip`, 'lineEndpointSip', false),
      ofEndpoint: (s) => read(`/endpoints/sip/${seg(s)}/lines`, 'lineEndpointSip', false),
    },
    lineExtensions: {
      associate: (l, e) => write('PUT', `/lines/${seg(l)}/extensions/${seg(e)}`),
      dissociate: (l, e) => write('DELETE', `/lines/${seg(l)}/extensions/${seg(e)}`),
      ofLine: (l) => read(`/lines/${seg(l)}/extensions`, 'lineExtension', true),
      ofExtension: (e) => read(`/extensions/${seg(e)}/lines`, 'lineExtension', true),
    },
    incallExtensions: {
      associate: (i, e) => write('PUT', `/incalls/${seg(i)}/extensions/${seg(e)}`),
      dissociate: (i, e) => write('DELETE', `/incalls/${seg(i)}/extensions/${seg(e)}`),
    },
    userVoicemail: {
      associate: (u, v) => write('PUT', `/users/${seg(u)}/voicemails/${seg(v)}`),
      dissociate: (u) => write('DELETE', `/users/${seg(u)}/voicemails`),
      ofUser: (u) => read(`/users/${seg(u)}/voicemails`, 'userVoicemail', false),
      ofVoicemail: (v) => read(`/voicemails/${seg(v)}/users`, 'userVoicemail', true),
    },
    userAgent: {
      associate: (u, a) => write('PUT', `/users/${seg(u)}/agents/${seg(a)}`),
      dissociate: (u) => write('DELETE', `/users/${seg(u)}/agents`),
      ofUser: (u) => read(`/users/${seg(u)}/agents`, 'userAgent', false),
    },
    userCallPermissions: {
      associate: (u, p) => write('PUT', `/users/${seg(u)}/callpermissions/${seg(p)}`),
      dissociate: (u, p) => write('DELETE', `/users/${seg(u)}/callpermissions/${seg(p)}`),
      ofUser: (u) => read(`/users/${seg(u)}/callpermissions`, 'userCallPermission', true),
      ofCallPermission: (p) => read(`/callpermissions/${seg(p)}/users`, 'userCallPermission', true),
    },
  };
}

function seg(id: UserRef): string {
  return encodeURIComponent(String(id));
}
