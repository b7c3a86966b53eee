import { describe, expect, it } from 'vitest';
import { agentBody, md5, startWs } from './ws-helpers.ts';

// Reference xivo-webservices-agents.md §2 and §6.3–6.6, 6.10: statuses, shapes, search, sum, view, delete.

type Item = Record<string, unknown> & { id: number; number: string };

describe('web services §6.3: 204 and 404', () => {
  it('answers 204 with no body to list, search and deleteall when there is nothing', async () => {
    const api = await startWs({ seed: 'none' });

    const list = await api.ws('list');
    const search = await api.ws('search', { query: { search: '' } });
    const deleteAll = await api.ws('deleteall');

    for (const reply of [list, search, deleteAll]) {
      expect(reply.status).toBe(204);
      expect(reply.text).toBe('');
      expect(reply.headers.get('x-xivo-ws-version')).toBe('1.0');
    }
  });

  it('answers 204 to view and edit of an unknown id, 404 to view without an id and to delete of an unknown id', async () => {
    const api = await startWs();

    const view = await api.ws('view', { query: { id: '999' } });
    const edit = await api.ws('edit', { query: { id: '999' }, body: agentBody({ number: '1500' }) });
    const viewWithoutId = await api.ws('view');
    const deleteUnknown = await api.ws('delete', { query: { id: '999' } });
    const search = await api.ws('search', { query: { search: 'nobody' } });

    expect([view.status, edit.status, viewWithoutId.status, deleteUnknown.status, search.status]).toEqual([
      204, 204, 404, 404, 204,
    ]);
    expect([view.text, edit.text, viewWithoutId.text, deleteUnknown.text]).toEqual(['', '', '', '']);
    expect(((await api.ws('list')).json as Item[]).map((a) => a.number)).toEqual(['8000']);
  });

  it('answers 200 to deleteall and leaves no agent', async () => {
    const api = await startWs();
    await api.add(agentBody());

    const reply = await api.ws('deleteall');

    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect((await api.ws('list')).status).toBe(204);
  });
});

describe('web services §6.4–6.5: add and the item shape', () => {
  it('adds with 200 and an empty body, no id; the client finds the agent by listing and matching number', async () => {
    const api = await startWs();

    const reply = await api.ws('add', { body: agentBody({ passwd: '1234' }) });
    const list = (await api.ws('list')).json as Item[];

    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(list).toEqual([
      {
        id: 1,
        firstname: 'Night',
        lastname: 'Operator',
        number: '8000',
        // Unset text columns are "" (NOT NULL DEFAULT ''; src/emulator/ws-decisions.ts).
        passwd: '',
        context: 'default',
        language: '',
      },
      {
        id: 2,
        firstname: 'Ann',
        lastname: 'Lee',
        number: '1001',
        passwd: '1234',
        context: 'default',
        language: 'fr_FR',
      },
    ]);
  });

  it('gives items an integer id and string values, JSON numbers in the body stored as strings', async () => {
    const api = await startWs();
    await api.ws('add', { body: agentBody({ number: 1002, passwd: 42, numgroup: 1, autologoff: 5 }) });

    const item = ((await api.ws('list')).json as Item[]).find((a) => a.id === 2);

    expect(typeof item?.id).toBe('number');
    expect(item).toMatchObject({ number: '1002', passwd: '42' });
    for (const key of ['firstname', 'lastname', 'number', 'passwd', 'context', 'language']) {
      expect(typeof item?.[key]).toBe('string');
    }
  });
});

describe('web services §6.6: search', () => {
  it('matches case-insensitively on firstname, lastname, number or "firstname lastname"; empty matches all', async () => {
    const api = await startWs();
    await api.add(agentBody({ firstname: 'Ann', lastname: 'Lee', number: '1001' }));
    await api.add(agentBody({ firstname: 'Bob', lastname: 'Stone', number: '1777' }));
    const numbers = async (search: string) => {
      const reply = await api.ws('search', { query: { search } });
      return reply.status === 204 ? [] : (reply.json as Item[]).map((a) => a.number);
    };

    expect(await numbers('ANN')).toEqual(['1001']);
    expect(await numbers('sTo')).toEqual(['1777']);
    expect(await numbers('77')).toEqual(['1777']);
    expect(await numbers('n l')).toEqual(['1001']);
    expect(await numbers('night operator')).toEqual(['8000']);
    expect(await numbers('')).toEqual(['8000', '1001', '1777']);
    expect(await numbers('%')).toEqual([]);
    expect(await numbers('_')).toEqual([]);
  });
});

describe('web services §6.10: sum, view nesting, view quirk, delete cascade', () => {
  it('answers 304 with no body when sum is the md5 of the unchanged JSON text, 200 once it changed', async () => {
    const api = await startWs();
    const first = await api.ws('list');
    const sum = md5(first.text);
    const view = await api.ws('view', { query: { id: '1' } });

    const same = await api.ws('list', { query: { sum } });
    const sameView = await api.ws('view', { query: { id: '1', sum: md5(view.text) } });
    const sameSearch = await api.ws('search', { query: { search: '', sum } });
    const otherSum = await api.ws('list', { query: { sum: md5('other') } });
    await api.add(agentBody());
    const changed = await api.ws('list', { query: { sum } });

    expect([same.status, sameView.status, sameSearch.status]).toEqual([304, 304, 304]);
    expect(same.text).toBe('');
    expect(otherSum.status).toBe(200);
    expect(changed.status).toBe(200);
    expect((changed.json as Item[]).length).toBe(2);
  });

  it('views every agentfeatures column, the group, the users, the queue memberships and the skills', async () => {
    const api = await startWs();
    await api.ws('add', {
      body: agentBody(
        { number: '1001', passwd: '99', autologoff: '15', description: 'Day shift' },
        {
          'user-select': ['1', '2'],
          'queue-select': ['sales', 'support'],
          queue: { sales: { penalty: '3' } },
          queueskills: [{ id: '7', weight: '50' }],
        },
      ),
    });

    const reply = await api.ws('view', { query: { id: '2' } });

    expect(reply.status).toBe(200);
    const view = reply.json as Record<string, unknown>;
    expect(view['agentfeatures']).toEqual({
      id: 2,
      numgroup: '1',
      firstname: 'Ann',
      lastname: 'Lee',
      number: '1001',
      passwd: '99',
      context: 'default',
      language: 'fr_FR',
      autologoff: '15',
      group: null,
      description: 'Day shift',
      preprocess_subroutine: null,
      fullname: 'Ann Lee',
      identity: 'Ann Lee (1001@default)',
    });
    expect(view['agentgroup']).toMatchObject({ id: 1, name: 'default' });
    expect(view['usermember']).toMatchObject([
      { id: 1, firstname: 'Reception', lastname: 'Desk', agentid: 2 },
      { id: 2, firstname: 'Meeting', lastname: 'Room', agentid: 2 },
    ]);
    // `support` is selected without options in `queue`: set_queuemember skips it (isset($list[$qname])).
    expect(view['queuemember']).toMatchObject([
      { queue_name: 'sales', penalty: 3, usertype: 'agent', userid: 2, interface: 'Agent/1001' },
    ]);
    expect(view['queuemember']).toHaveLength(1);
    expect(view['queueskills']).toEqual([{ id: '7', name: null, weight: 50 }]);
  });

  it('shows usermember and queuemember as false for an agent without users or queues', async () => {
    const api = await startWs();
    const id = await api.add(agentBody());

    const view = (await api.ws('view', { query: { id: String(id) } })).json as Record<string, unknown>;

    expect(view['usermember']).toBe(false);
    expect(view['queuemember']).toBe(false);
    expect(view['queueskills']).toEqual([]);
  });

  it('answers 200 with a JSON null when the id is only some agent number (webi quirk)', async () => {
    const api = await startWs();

    const reply = await api.ws('view', { query: { id: '8000' } });

    expect(reply.status).toBe(200);
    expect(reply.text).toBe('null');
    expect(reply.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('deletes with 200 and unlinks the users, drops queue memberships and skills', async () => {
    const api = await startWs();
    const id = await api.add(
      agentBody(
        {},
        { 'user-select': ['1'], 'queue-select': ['sales'], queueskills: [{ id: '1', weight: '10' }] },
      ),
    );

    const reply = await api.ws('delete', { query: { id: String(id) } });
    const userAgent = await api.call('GET', '/users/1/agents');
    const directory = await api.call('GET', '/users?view=directory&id=1');
    const snapshot = api.emulator.snapshot();

    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect((await api.ws('view', { query: { id: String(id) } })).status).toBe(204);
    expect(userAgent.status).toBe(404);
    expect(directory.body).toMatchObject({ items: [{ id: 1, agent_id: null }] });
    expect(snapshot.agents.map((a) => a.number)).toEqual(['8000']);
    expect(snapshot.userAgents).toEqual([{ user_id: 3, agent_id: 1 }]);
  });
});
