import { describe, expect, it } from 'vitest';
import { agentBody, startWs } from './ws-helpers.ts';

// Reference xivo-webservices-agents.md §3–§4 and §6.7–6.9: validation, edit, user-select.

type Item = { id: number; number: string; firstname: string; lastname: string };

describe('web services §6.7: validation answers 400 with no body', () => {
  it.each([
    ['no agentfeatures', { 'user-select': [] }],
    ['a body that is not JSON', '{"agentfeatures":'],
    ['a missing number', agentBody({ number: undefined })],
    ['an empty number', agentBody({ number: '' })],
    ['a number with letters', agentBody({ number: '10a1' })],
    ['a number of 41 digits', agentBody({ number: '1'.repeat(41) })],
    ['a missing context', agentBody({ context: undefined })],
    ['a context that does not exist', agentBody({ context: 'nowhere' })],
    ['a context starting with xivo-', agentBody({ context: 'xivo-features' })],
    ['the reserved context general', agentBody({ context: 'general' })],
    ['a context with a space', agentBody({ context: 'my context' })],
    ['a missing numgroup', agentBody({ numgroup: undefined })],
    ['a numgroup that is no group', agentBody({ numgroup: '2' })],
    ['numgroup 0', agentBody({ numgroup: '0' })],
    ['a missing autologoff', agentBody({ autologoff: undefined })],
    ['autologoff 7 (not a step of 5)', agentBody({ autologoff: '7' })],
    ['autologoff 65', agentBody({ autologoff: '65' })],
    ['a password with letters', agentBody({ passwd: 'secret' })],
    ['a language outside the list', agentBody({ language: 'pt_BR' })],
    ['a firstname of 129 characters', agentBody({ firstname: 'a'.repeat(129) })],
    ['a lastname with a control character', agentBody({ lastname: 'Lee\u0007' })],
    ['a description of 1001 characters', agentBody({ description: 'd'.repeat(1001) })],
    ['a boolean field', agentBody({ firstname: true })],
    ['a skill weight of 101', agentBody({}, { queueskills: [{ id: '1', weight: '101' }] })],
    ['a skill without id', agentBody({}, { queueskills: [{ id: '', weight: '1' }] })],
    [
      'a duplicate skill',
      agentBody(
        {},
        {
          queueskills: [
            { id: '1', weight: '1' },
            { id: '1', weight: '2' },
          ],
        },
      ),
    ],
    [
      'a queue penalty that is not a number',
      agentBody({}, { 'queue-select': ['sales'], queue: { sales: { penalty: 'x' } } }),
    ],
    ['the number of an existing agent', agentBody({ number: '8000' })],
  ])('refuses an add with %s', async (_name, body) => {
    const api = await startWs();

    const reply = await api.ws('add', { body });

    expect(reply.status).toBe(400);
    expect(reply.text).toBe('');
    expect(((await api.ws('list')).json as Item[]).map((a) => a.number)).toEqual(['8000']);
  });

  it('accepts the optional fields empty, every listed language and autologoff on its steps', async () => {
    const api = await startWs();
    const bodies = [
      agentBody({ number: '1100', firstname: '', lastname: '', passwd: '', language: '' }),
      agentBody({ number: '1101', firstname: undefined, lastname: undefined, passwd: undefined }),
      agentBody({ number: '1102', language: 'nl_NL', autologoff: '60', passwd: '*12#' }),
      agentBody({ number: '*9#', language: 'fr_CA', autologoff: 55 }),
    ];

    const statuses = [];
    for (const body of bodies) statuses.push((await api.ws('add', { body })).status);

    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  it('strips tags and tabs and collapses spaces', async () => {
    const api = await startWs();
    await api.add(
      agentBody({ firstname: '<b>Ann</b>\tMarie', lastname: 'Lee   Smith', description: 'a  <i>b</i>' }),
    );

    const view = (await api.ws('view', { query: { id: '2' } })).json as {
      agentfeatures: Record<string, unknown>;
    };

    expect(view.agentfeatures).toMatchObject({
      firstname: 'AnnMarie',
      lastname: 'Lee Smith',
      description: 'a b',
    });
  });

  it('writes nothing for an add whose user-select names no existing user', async () => {
    // `_set` records the 'usermember empty' error before `add()` runs, so no row is written
    // (agent.inc at xivo-16.15: set_add → _set → get_errnb; only a failing later DB step leaves one).
    const api = await startWs();

    const reply = await api.ws('add', { body: agentBody({}, { 'user-select': ['404', 'x'] }) });

    expect(reply.status).toBe(400);
    expect(reply.text).toBe('');
    expect(((await api.ws('list')).json as Item[]).map((a) => a.number)).toEqual(['8000']);
  });
});

describe('web services §6.8: edit merges, keeps the number, resets users and queues', () => {
  it('merges a partial agentfeatures over the stored record and ignores a new number', async () => {
    const api = await startWs();
    const id = await api.add(agentBody({ passwd: '55', description: 'Day' }));

    const reply = await api.ws('edit', {
      query: { id: String(id) },
      body: { agentfeatures: { lastname: 'Martin', number: '1999' } },
    });
    const view = (await api.ws('view', { query: { id: String(id) } })).json as {
      agentfeatures: Record<string, unknown>;
    };

    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(view.agentfeatures).toMatchObject({
      firstname: 'Ann',
      lastname: 'Martin',
      number: '1001',
      passwd: '55',
      description: 'Day',
      language: 'fr_FR',
    });
  });

  it('validates the merged record: 400 and nothing written', async () => {
    const api = await startWs();
    const id = await api.add(agentBody());

    const reply = await api.ws('edit', {
      query: { id: String(id) },
      body: { agentfeatures: { firstname: 'Zed', autologoff: '3' } },
    });

    expect(reply.status).toBe(400);
    expect(reply.text).toBe('');
    expect(((await api.ws('list')).json as Item[]).find((a) => a.id === id)?.firstname).toBe('Ann');
  });

  it('unlinks every user and drops every queue membership when the keys are omitted or empty; skills stay', async () => {
    const api = await startWs();
    const linked = agentBody(
      {},
      { 'user-select': ['1'], 'queue-select': ['sales'], queueskills: [{ id: '4', weight: '20' }] },
    );
    const id = await api.add(linked);
    const other = await api.add(
      agentBody({ number: '1002' }, { 'user-select': ['2'], 'queue-select': ['support'] }),
    );

    await api.ws('edit', { query: { id: String(id) }, body: { agentfeatures: {} } });
    await api.ws('edit', { query: { id: String(other) }, body: { 'user-select': [], 'queue-select': [] } });
    const view = (await api.ws('view', { query: { id: String(id) } })).json as Record<string, unknown>;
    const otherView = (await api.ws('view', { query: { id: String(other) } })).json as Record<
      string,
      unknown
    >;

    expect(view['usermember']).toBe(false);
    expect(view['queuemember']).toBe(false);
    expect(view['queueskills']).toEqual([{ id: '4', name: null, weight: 20 }]);
    expect(otherView['usermember']).toBe(false);
    expect(otherView['queuemember']).toBe(false);
    expect((await api.call('GET', '/users/1/agents')).status).toBe(404);
  });

  it('sets queue memberships from queue-select, ignoring unknown queues, penalties from queue', async () => {
    const api = await startWs();
    const id = await api.add(agentBody());

    await api.ws('edit', {
      query: { id: String(id) },
      body: { 'queue-select': ['support', 'nowhere'], queue: { support: { penalty: 4 } } },
    });
    const view = (await api.ws('view', { query: { id: String(id) } })).json as Record<string, unknown>;

    expect(view['queuemember']).toMatchObject([{ queue_name: 'support', penalty: 4 }]);
    expect(view['queuemember']).toHaveLength(1);
  });
});

describe('web services §6.9: user-select', () => {
  it('re-points a user linked elsewhere, one agent per user, several users per agent; unknown ids skipped', async () => {
    const api = await startWs();
    // The example seed links user 3 (Night Operator) to agent 1.
    const id = await api.add(agentBody());

    const reply = await api.ws('edit', {
      query: { id: String(id) },
      body: { 'user-select': ['3', '2', '999'] },
    });
    const moved = await api.call('GET', '/users/3/agents');
    const seededView = (await api.ws('view', { query: { id: '1' } })).json as Record<string, unknown>;
    const view = (await api.ws('view', { query: { id: String(id) } })).json as {
      usermember: Array<{ id: number }>;
    };

    expect(reply.status).toBe(200);
    expect(moved.body).toMatchObject({ user_id: 3, agent_id: id });
    expect(seededView['usermember']).toBe(false);
    expect(view.usermember.map((u) => u.id).sort()).toEqual([2, 3]);
  });

  it('refuses a non-empty user-select that names no existing user, and writes nothing on edit', async () => {
    const api = await startWs();

    const reply = await api.ws('edit', {
      query: { id: '1' },
      body: { agentfeatures: { firstname: 'Changed' }, 'user-select': ['77'] },
    });

    expect(reply.status).toBe(400);
    expect(reply.text).toBe('');
    expect((await api.call('GET', '/users/3/agents')).body).toMatchObject({ agent_id: 1 });
    expect(((await api.ws('list')).json as Item[])[0]?.firstname).toBe('Night');
  });

  it('keeps confd and the web services on one table: a web-services agent links through confd', async () => {
    const api = await startWs();
    const id = await api.add(agentBody());

    const linked = await api.call('PUT', `/users/2/agents/${id}`);
    const directory = await api.call('GET', '/users?view=directory&id=2');
    const view = (await api.ws('view', { query: { id: String(id) } })).json as {
      usermember: Array<{ id: number }>;
    };

    expect(linked.status).toBe(204);
    expect(directory.body).toMatchObject({ items: [{ agent_id: id }] });
    expect(view.usermember.map((u) => u.id)).toEqual([2]);
  });
});
