import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startEmulator } from '../../src/emulator/index.ts';
import { EMULATOR_AUTH, EMULATOR_WS_AUTH } from '../helpers/emulator.ts';
import { testdir } from '../helpers/tmp-dir.ts';
import { getToken, send, startApi } from './helpers.ts';
import { WS_CREDENTIALS, WS_PATH, agentBody, startWs } from './ws-helpers.ts';

const UNKNOWN_ROUTE = [
  'The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.',
];

describe('flavour xivo-16.15', () => {
  it('is the default, and answers /1.1/agents as confd answers an unknown route', async () => {
    const emulator = await startEmulator({ ...EMULATOR_AUTH, seed: 'example' });
    onTestFinished(() => emulator.close());
    const headers = { 'X-Auth-Token': await getToken(emulator.url) };

    const list = await send(`${emulator.url}/1.1/agents`, 'GET', undefined, headers);
    const create = await send(`${emulator.url}/1.1/agents`, 'POST', { number: '8100' }, headers);
    const item = await send(`${emulator.url}/1.1/agents/1`, 'GET', undefined, headers);
    const unknown = await send(`${emulator.url}/1.1/nothing`, 'GET', undefined, headers);

    expect(emulator.flavour).toBe('xivo-16.15');
    expect(emulator.agentsWebServiceUrl).toBe(`${emulator.url}${WS_PATH}`);
    for (const reply of [list, create, item]) {
      expect(reply.status).toBe(404);
      expect(reply.body).toEqual(unknown.body);
    }
    expect(unknown.body).toEqual(UNKNOWN_ROUTE);
  });

  it('keeps the user↔agent association routes and the directory view with agent_id', async () => {
    const api = await startWs();
    const id = await api.add(agentBody());

    const seeded = await api.call('GET', '/users/3/agents');
    const associated = await api.call('PUT', `/users/1/agents/${id}`);
    const directory = await api.call('GET', '/users?view=directory&id=1');
    const dissociated = await api.call('DELETE', '/users/1/agents');

    expect(seeded.body).toMatchObject({ user_id: 3, agent_id: 1 });
    expect(associated.status).toBe(204);
    expect(directory.body).toMatchObject({ items: [{ id: 1, agent_id: id }] });
    expect(dissociated.status).toBe(204);
  });

  it('serves the web services on confd’s listener only, not on the auth-only port', async () => {
    const emulator = await startEmulator({
      ...EMULATOR_AUTH,
      ...EMULATOR_WS_AUTH,
      authPort: 0,
      seed: 'example',
    });
    onTestFinished(() => emulator.close());

    const onConfd = await send(`${emulator.url}${WS_PATH}`, 'GET', undefined, WS_CREDENTIALS);
    const onAuth = await send(`${emulator.authUrl}${WS_PATH}`, 'GET', undefined, WS_CREDENTIALS);

    expect(onConfd.status).toBe(200);
    expect(onAuth.status).toBe(404);
  });
});

describe('flavour xivo-confd-agents', () => {
  it('serves /1.1/agents CRUD without the web-services columns, and no web services', async () => {
    const api = await startApi({ flavour: 'xivo-confd-agents', seed: 'example' });

    const created = await api.call('POST', '/agents', { number: '8100', firstname: 'Zoé' });
    const ws = await send(`${api.emulator.url}${WS_PATH}`, 'GET', undefined, WS_CREDENTIALS);
    const seeded = await api.call('GET', '/agents/1');

    expect(api.emulator.flavour).toBe('xivo-confd-agents');
    expect(api.emulator.agentsWebServiceUrl).toBeUndefined();
    expect(created.status).toBe(201);
    expect(Object.keys(seeded.body as object).sort()).toEqual(
      [
        'id',
        'number',
        'firstname',
        'lastname',
        'password',
        'language',
        'preprocess_subroutine',
        'description',
        'queues',
        'skills',
        'users',
        'links',
      ].sort(),
    );
    expect(ws.status).toBe(404);
    expect(ws.body).toEqual(UNKNOWN_ROUTE);
  });
});

describe('persistence of the web-services fields', () => {
  it('keeps context, group, auto-logoff, queues, memberships and skills across restarts', async () => {
    const file = join(await testdir('emulator'), 'xivo.json');
    const first = await startWs({ dataFile: file });
    const id = await first.add(
      agentBody(
        { autologoff: '10', passwd: '12' },
        {
          'user-select': ['2'],
          'queue-select': ['sales'],
          queue: { sales: { penalty: '2' } },
          queueskills: [{ id: '5', weight: '9' }],
        },
      ),
    );
    const before = (await first.ws('view', { query: { id: String(id) } })).text;
    await first.emulator.close();

    const second = await startWs({ dataFile: file });
    const after = await second.ws('view', { query: { id: String(id) } });
    const queues = await second.ws('add', {
      body: agentBody({ number: '1002' }, { 'queue-select': ['support'] }),
    });

    expect(after.text).toBe(before);
    expect(queues.status).toBe(200);
    expect(second.emulator.snapshot().queues).toEqual(['sales', 'support']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      agents: [
        { number: '8000', context: 'default' },
        { number: '1001', numgroup: 1, autologoff: 10, password: '12' },
      ],
    });
  });

  it('loads a data file written before the web services, agents completed with their defaults', async () => {
    const dir = await testdir('emulator');
    const seeded = await startWs({ dataFile: join(dir, 'seed.json') });
    await seeded.emulator.close();
    const data = JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')) as {
      queues?: string[];
      agentQueues?: unknown[];
      agentSkills?: unknown[];
      agents: Array<Record<string, unknown>>;
    };
    delete data.queues;
    delete data.agentQueues;
    delete data.agentSkills;
    data.agents = data.agents.map(
      ({ id, number, firstname, lastname, password, language, preprocess_subroutine, description }) => ({
        id,
        number,
        firstname,
        lastname,
        password,
        language,
        preprocess_subroutine,
        description,
      }),
    );
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify(data));

    const api = await startWs({ dataFile: old });
    const list = await api.ws('list');
    const view = (await api.ws('view', { query: { id: '1' } })).json as Record<
      string,
      Record<string, unknown>
    >;

    expect(list.json).toEqual([
      {
        id: 1,
        firstname: 'Night',
        lastname: 'Operator',
        number: '8000',
        passwd: '',
        context: '',
        language: '',
      },
    ]);
    expect(view['agentfeatures']).toMatchObject({ numgroup: '1', autologoff: '0' });
    expect(view['queuemember']).toBe(false);
    expect(api.emulator.snapshot().queues).toEqual([]);
  });
});
