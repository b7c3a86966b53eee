import { describe, expect, it } from 'vitest';
import { provisionUser, startApi, type Api } from './helpers.ts';

/**
 * The emulator keeps the sorted list of a query between its pages. A real confd queries its
 * database for every page, so a page read after any write must show that write: these tests read a
 * page, write, and read again, on the listed table and on the tables its columns are derived from.
 */

interface UserList {
  total: number;
  items: Array<{ id: number; firstname: string; lastname: string }>;
}

async function users(api: Api, query: string): Promise<UserList> {
  const reply = await api.call('GET', `/users?${query}`);
  expect(reply.status).toBe(200);
  return reply.body as UserList;
}

const lastnames = (list: UserList): string[] => list.items.map((u) => u.lastname);

/** Every page of `query` in pages of `size`, concatenated. */
async function allPages(api: Api, query: string, size: number): Promise<string[]> {
  const names: string[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await users(api, `${query}&limit=${size}&offset=${offset}`);
    names.push(...lastnames(page));
    if (offset + size >= page.total) return names;
  }
}

async function startWithContexts(): Promise<Api> {
  const api = await startApi({ seed: 'none' });
  await api.create('/contexts', { name: 'default', user_ranges: [{ start: '1000', end: '1999' }] });
  await api.create('/contexts', {
    name: 'from-extern',
    type: 'incall',
    incall_ranges: [{ start: '0123456700', end: '0123456799', did_length: 10 }],
  });
  return api;
}

describe('list pages after writes', () => {
  it('shows a created, renamed and deleted user on the next page read, in order', async () => {
    const api = await startWithContexts();
    const ids: Record<string, number> = {};
    for (const lastname of ['Lee', 'Brown', 'Martin', 'Adams', 'Young']) {
      ids[lastname] = (await api.create('/users', { firstname: 'F', lastname })).id;
    }

    const first = await users(api, 'limit=2&offset=0');
    await api.create('/users', { firstname: 'F', lastname: 'Baker' });
    const afterCreate = await users(api, 'limit=2&offset=0');
    const secondAfterCreate = await users(api, 'limit=2&offset=2');
    await api.ok('PUT', `/users/${ids['Young']}`, { firstname: 'F', lastname: 'Abbott' });
    const afterRename = await users(api, 'limit=2&offset=0');
    const descAfterRename = await users(api, 'limit=2&offset=0&direction=desc');
    await api.ok('DELETE', `/users/${ids['Adams']}`);
    const afterDelete = await users(api, 'limit=2&offset=0');
    const walked = await allPages(api, 'order=lastname', 2);

    expect(first.total).toBe(5);
    expect(lastnames(first)).toEqual(['Adams', 'Brown']);
    expect(afterCreate.total).toBe(6);
    expect(lastnames(afterCreate)).toEqual(['Adams', 'Baker']);
    expect(lastnames(secondAfterCreate)).toEqual(['Brown', 'Lee']);
    expect(lastnames(afterRename)).toEqual(['Abbott', 'Adams']);
    expect(lastnames(descAfterRename)).toEqual(['Martin', 'Lee']);
    expect(afterDelete.total).toBe(5);
    expect(lastnames(afterDelete)).toEqual(['Abbott', 'Baker']);
    expect(walked).toEqual(['Abbott', 'Baker', 'Brown', 'Lee', 'Martin']);
  });

  it('applies a search to the rows as they are after the write', async () => {
    const api = await startWithContexts();
    const lee = await api.create('/users', { firstname: 'Ann', lastname: 'Lee' });
    await api.create('/users', { firstname: 'Bob', lastname: 'Leeds' });
    await api.create('/users', { firstname: 'Cid', lastname: 'Moss' });

    const before = await users(api, 'search=lee&limit=10');
    // caller_id keeps the old name unless it is changed too (confd does not recompute it on rename).
    await api.ok('PUT', `/users/${lee.id}`, { firstname: 'Ann', lastname: 'Moss', caller_id: '"Ann Moss"' });
    const after = await users(api, 'search=lee&limit=10');
    const moss = await users(api, 'search=moss&limit=10');

    expect(lastnames(before)).toEqual(['Lee', 'Leeds']);
    expect(after.total).toBe(1);
    expect(lastnames(after)).toEqual(['Leeds']);
    expect(moss.items.map((u) => u.firstname)).toEqual(['Ann', 'Cid']);
  });

  it('re-sorts users by exten when only an extension or an association changed', async () => {
    const api = await startWithContexts();
    const a = await provisionUser(api, '1300', { firstname: 'A', lastname: 'Alpha' });
    await provisionUser(api, '1200', { firstname: 'B', lastname: 'Bravo' });
    const c = await provisionUser(api, '1100', { firstname: 'C', lastname: 'Charlie' });

    const before = await users(api, 'order=exten&limit=2');
    // The users table itself is untouched: only the extension row changes.
    await api.ok('PUT', `/extensions/${a.extensionId}`, { exten: '1000' });
    const afterExtension = await users(api, 'order=exten&limit=2');
    // Only the association changes: Charlie loses his line, so his exten becomes null (sorted last).
    await api.ok('DELETE', `/lines/${c.lineId}/extensions/${c.extensionId}`);
    const afterDissociate = await users(api, 'order=exten&limit=3');
    const byExten = await users(api, 'exten=1000');

    expect(lastnames(before)).toEqual(['Charlie', 'Bravo']);
    expect(lastnames(afterExtension)).toEqual(['Alpha', 'Charlie']);
    expect(lastnames(afterDissociate)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(lastnames(byExten)).toEqual(['Alpha']);
  });

  it('keeps the lists of different filters apart (extensions by context type)', async () => {
    const api = await startWithContexts();
    await api.create('/extensions', { exten: '1500', context: 'default' });
    await api.create('/extensions', { exten: '0123456701', context: 'from-extern' });

    const get = async (query: string) =>
      ((await api.call('GET', `/extensions?${query}`)).body as { items: Array<{ exten: string }> }).items.map(
        (e) => e.exten,
      );
    const internal = await get('type=internal&limit=10');
    const incall = await get('type=incall&limit=10');
    const all = await get('limit=10');
    await api.create('/extensions', { exten: '0123456702', context: 'from-extern' });
    const incallAfter = await get('type=incall&limit=10');
    const internalAfter = await get('type=internal&limit=10');

    expect(internal).toEqual(['1500']);
    expect(incall).toEqual(['0123456701']);
    expect(all).toEqual(['0123456701', '1500']);
    expect(incallAfter).toEqual(['0123456701', '0123456702']);
    expect(internalAfter).toEqual(['1500']);
  });

  it('shows users added in-process with seed() between two page reads', async () => {
    const api = await startWithContexts();
    await api.create('/users', { firstname: 'F', lastname: 'Moss' });

    const before = await users(api, 'limit=5');
    api.emulator.seed({ users: [{ user: { firstname: 'F', lastname: 'Adams' } }] });
    const after = await users(api, 'limit=5');

    expect(lastnames(before)).toEqual(['Moss']);
    expect(after.total).toBe(2);
    expect(lastnames(after)).toEqual(['Adams', 'Moss']);
  });
});
