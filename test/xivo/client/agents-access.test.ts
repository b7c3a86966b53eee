import { describe, expect, it } from 'vitest';
import type { AgentsApi, XivoClient } from '../../../src/xivo/index.ts';
import type { RunningEmulator } from '../../../src/emulator/index.ts';
import { EMULATOR_WS_AUTH, connectTestClient, startTestEmulator } from '../../helpers/emulator.ts';
import { rejection } from './helpers.ts';

/** A client of `emu` that knows the emulator's web-services user (or `password` instead). */
function wsClient(emu: RunningEmulator, password: string = EMULATOR_WS_AUTH.wsPassword): XivoClient {
  const client = connectTestClient(emu, {
    webservices: { url: emu.url, username: EMULATOR_WS_AUTH.wsUser, password },
  });
  return client;
}

async function api(client: XivoClient): Promise<AgentsApi> {
  const access = await client.agentsAccess();
  if (access.backend === 'none') throw new Error(`no agents API: ${access.reason}`);
  return access.api;
}

describe('the agents capability probe', () => {
  it('finds the web services on XiVO 16.15 with one /1.1/agents request, asked once per client', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15' });
    const client = wsClient(emu);

    expect((await client.agentsAccess()).backend).toBe('webservices');
    expect((await client.agentsAccess()).backend).toBe('webservices');

    const counts = emu.requestLog.counts();
    expect(counts['GET /1.1/agents']).toBe(1);
    expect(Object.keys(counts).filter((k) => k.includes('/callcenter/'))).toHaveLength(1);
    client.close();
  });

  it('uses confd agents where the server has them, without touching the web services', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-confd-agents' });
    const client = wsClient(emu);

    expect((await client.agentsAccess()).backend).toBe('confd');
    expect(Object.keys(emu.requestLog.counts()).filter((k) => k.includes('/callcenter/'))).toEqual([]);
    client.close();
  });

  it('reports no agents API, naming the settings, without web-services credentials', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15' });
    const client = connectTestClient(emu, { webservices: undefined });

    const access = await client.agentsAccess();

    expect(access.backend).toBe('none');
    expect(access.backend === 'none' && access.reason).toMatch(
      /no \/1\.1\/agents.*XIVO_WS_USER and XIVO_WS_PASSWORD/,
    );
    client.close();
  });

  it('reports web services that do not answer as no agents API, naming the setting, instead of stopping', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15' });
    // Port 1 on loopback: nothing listens there.
    const client = connectTestClient(emu, {
      webservices: { url: 'http://127.0.0.1:1', username: EMULATOR_WS_AUTH.wsUser, password: 'x' },
      retries: 0,
    });

    const access = await client.agentsAccess();

    expect(access.backend).toBe('none');
    expect(access.backend === 'none' && access.reason).toMatch(
      /^the agents web services at http:\/\/127\.0\.0\.1:1\/callcenter\/.* do not answer \(.*ECONNREFUSED.*\): set XIVO_WS_URL or xivo\.webservices\.url$/,
    );
    client.close();
  });

  it('reports the web services refusing the user, without ever showing the password', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15' });
    const client = wsClient(emu, 'a-wrong-password');

    const access = await client.agentsAccess();

    expect(access.backend).toBe('none');
    const reason = access.backend === 'none' ? access.reason : '';
    expect(reason).toContain(`refused the user '${EMULATOR_WS_AUTH.wsUser}' (401)`);
    expect(reason).not.toContain('a-wrong-password');
    client.close();
  });
});

describe('agents through the web services', () => {
  it('creates (finding the id by the exact number), lists, renames and deletes', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15', seed: 'example' });
    const client = wsClient(emu);
    const agents = await api(client);

    // 810 is a substring of 8100: the id must come from the exact number.
    const first = await agents.create({
      number: '8100',
      firstname: 'Ann',
      lastname: 'Lee',
      context: 'default',
    });
    const second = await agents.create({
      number: '810',
      firstname: 'Bob',
      lastname: null,
      context: 'default',
    });
    expect(second).not.toBe(first);
    await agents.update(first, { firstname: 'Anna' });

    const listed = await agents.listAll();
    expect(listed.filter((a) => a.number.startsWith('810'))).toEqual([
      { id: first, number: '8100', firstname: 'Anna', lastname: 'Lee', context: 'default' },
      { id: second, number: '810', firstname: 'Bob', lastname: null, context: 'default' },
    ]);
    await agents.delete(second);
    expect((await agents.listAll()).map((a) => a.number)).not.toContain('810');
    client.close();
  });

  it('keeps the user links and queue memberships of an agent it renames', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15', seed: 'example' });
    const client = wsClient(emu);
    const agents = await api(client);
    const night = (await agents.listAll()).find((a) => a.number === '8000');
    expect(night).toBeDefined();
    const before = emu.snapshot();

    await agents.update(night?.id ?? 0, { lastname: 'Shift', context: 'default' });

    const after = emu.snapshot();
    expect(after.userAgents).toEqual(before.userAgents);
    expect(after.userAgents.some((l) => l.agent_id === night?.id)).toBe(true);
    expect(after.agentQueues).toEqual(before.agentQueues);
    expect(after.agentQueues).toContainEqual({ agent_id: night?.id, queue_name: 'support', penalty: 1 });
    expect(after.agents.find((a) => a.id === night?.id)).toMatchObject({ lastname: 'Shift' });
    client.close();
  });

  it('turns a refusal (empty body) into an error naming the act and the agent', async () => {
    const emu = await startTestEmulator({ flavour: 'xivo-16.15', seed: 'example' });
    const client = wsClient(emu);
    const agents = await api(client);

    const taken = await rejection(
      agents.create({ number: '8000', firstname: 'X', lastname: null, context: 'default' }),
    );
    expect(taken.status).toBe(400);
    expect(taken.message).toMatch(
      /^POST \/callcenter\/json\.php\/restricted\/settings\/agents\/\?act=add → 400: agent 8000 refused/,
    );
    const gone = await rejection(agents.delete(999_999));
    expect(gone.status).toBe(404);
    expect(gone.message).toContain('agent 999999 does not exist');
    expect((await rejection(agents.update(999_999, { firstname: 'X' }))).message).toContain(
      'agent 999999 does not exist',
    );
    client.close();
  });
});
