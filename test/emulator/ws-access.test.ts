import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { basic } from './helpers.ts';
import { EMULATOR_WS_AUTH } from '../helpers/emulator.ts';
import { WS_PATH, agentBody, startWs } from './ws-helpers.ts';

// Reference xivo-webservices-agents.md §1 and §6.1–6.2: access, headers and act dispatch.

/** A GET from a chosen local address of 127.0.0.0/8, to be seen as a client that is not 127.0.0.1. */
function getFrom(url: string, localAddress: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web services §6.1: Basic auth, no per-act ACL, private only from loopback', () => {
  it.each([
    ['no credentials', {}],
    ['a wrong password', basic(EMULATOR_WS_AUTH.wsUser, 'wrong')],
    ['an unknown login', basic('someone', EMULATOR_WS_AUTH.wsPassword)],
    ['a confd token instead', { 'X-Auth-Token': 'whatever' }],
  ])('answers 401, the Basic challenge and an empty body to %s', async (_name, headers) => {
    const api = await startWs();

    const reply = await api.ws('list', { headers });

    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Access Restricted"');
    expect(reply.headers.get('x-xivo-ws-version')).toBe('1.0');
    expect(reply.text).toBe('');
  });

  it('answers 401 to everyone when no web-services account is configured', async () => {
    const api = await startWs({ wsUser: undefined, wsPassword: undefined });

    const reply = await api.ws('list');

    expect(reply.status).toBe(401);
  });

  it('lets the one account use every act, writes included', async () => {
    const api = await startWs();

    const statuses = [
      (await api.ws('add', { body: agentBody() })).status,
      (await api.ws('search', { query: { search: 'ann' } })).status,
      (await api.ws('view', { query: { id: '1' } })).status,
      (await api.ws('edit', { query: { id: '1' }, body: { agentfeatures: { firstname: 'Nadia' } } })).status,
      (await api.ws('delete', { query: { id: '1' } })).status,
      (await api.ws('deleteall')).status,
    ];

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('serves private without credentials to 127.0.0.1 and 403 with an empty body to other clients', async () => {
    const api = await startWs({ host: '0.0.0.0' });
    const url = `${api.emulator.url.replace('0.0.0.0', '127.0.0.1')}/callcenter/json.php/private/settings/agents/`;

    const local = await getFrom(url, '127.0.0.1');
    const other = await getFrom(url, '127.0.0.2');

    expect(local.status).toBe(200);
    expect(JSON.parse(local.body)).toMatchObject([{ number: '8000' }]);
    expect(other.status).toBe(403);
    expect(other.body).toBe('');
  });
});

describe('web services §6.2: dispatch on the query-string act, any method', () => {
  it('lists without an act, with an unknown act, and with or without the trailing slash', async () => {
    const api = await startWs();

    const replies = [
      await api.ws(undefined),
      await api.ws('frobnicate'),
      await api.ws('list', { path: WS_PATH.slice(0, -1) }),
    ];

    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual([
        {
          id: 1,
          firstname: 'Night',
          lastname: 'Operator',
          number: '8000',
          passwd: '',
          context: 'default',
          language: '',
        },
      ]);
    }
  });

  it('runs the act of the query whatever the method', async () => {
    const api = await startWs();

    const viaPut = await api.ws('add', { method: 'PUT', body: agentBody() });
    const viaDelete = await api.ws('list', { method: 'DELETE' });
    const viaPostDelete = await api.ws('delete', { method: 'POST', query: { id: '1' } });

    expect(viaPut.status).toBe(200);
    expect((viaDelete.json as unknown[]).length).toBe(2);
    expect(viaPostDelete.status).toBe(200);
    expect(((await api.ws('list')).json as Array<{ number: string }>).map((a) => a.number)).toEqual(['1001']);
  });

  it('reads the add body as JSON whatever its Content-Type', async () => {
    const api = await startWs();
    const response = await fetch(`${api.emulator.url}${WS_PATH}?act=add`, {
      method: 'POST',
      headers: {
        ...basic(EMULATOR_WS_AUTH.wsUser, EMULATOR_WS_AUTH.wsPassword),
        'Content-Type': 'text/plain',
      },
      body: JSON.stringify(agentBody()),
    });

    expect(response.status).toBe(200);
    expect((await api.ws('search', { query: { search: '1001' } })).status).toBe(200);
  });

  it('logs each request under its act and counts web-services writes', async () => {
    const api = await startWs();
    api.emulator.requestLog.reset();

    await api.ws(undefined);
    await api.ws('list');
    await api.ws('add', { body: agentBody() });
    await api.ws('delete', { query: { id: '1' } });
    await api.ws('view', { query: { id: '1' }, headers: {} });

    expect(api.emulator.requestLog.countsByRoute()).toEqual({
      'GET /callcenter/json.php/restricted/settings/agents/?act=list': 2,
      'POST /callcenter/json.php/restricted/settings/agents/?act=add': 1,
      'GET /callcenter/json.php/restricted/settings/agents/?act=delete': 1,
      'GET /callcenter/json.php/restricted/settings/agents/?act=view': 1,
    });
    expect(api.emulator.requestLog.countWrites()).toBe(2);
    expect(api.emulator.requestLog.entries.map((e) => e.status)).toEqual([200, 200, 200, 200, 401]);
  });

  it('applies fault injection to web-services requests', async () => {
    const api = await startWs({ faults: { errorRate: 1, methods: ['POST'] } });

    const refused = await api.ws('add', { body: agentBody() });
    const read = await api.ws('list');

    expect([500, 502, 503]).toContain(refused.status);
    expect((read.json as unknown[]).length).toBe(1);
  });
});
