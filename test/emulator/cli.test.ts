import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { basic, send } from './helpers.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** A token of the `cli-bot` login the tests below start the emulator with. */
async function cliToken(url: string): Promise<string> {
  const token = await send(
    `${url}/0.1/token`,
    'POST',
    { backend: 'xivo_service' },
    basic('cli-bot', 'cli-test-password'),
  );
  return (token.body as { data: { token: string } }).data.token;
}

/** Spawns `xivo-sync emulator` with `args` and resolves once it listens; killed when the test ends. */
async function spawnEmulator(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN, 'emulator', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1] && stdout.includes('Press Ctrl-C')) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited early (${code}): ${stderr}`)));
  });
  return { child, url, stdout: () => stdout };
}

describe('xivo-sync emulator', () => {
  it('serves auth and confd on one port until SIGTERM; a token creates a user over HTTP', async () => {
    const {
      child,
      url,
      stdout: output,
    } = await spawnEmulator(['--auth-user', 'cli-bot', '--seed', 'example'], {
      XIVO_EMULATOR_AUTH_PASSWORD: 'cli-test-password',
    });
    const token = await send(
      `${url}/0.1/token`,
      'POST',
      { backend: 'xivo_service', expiration: 600 },
      basic('cli-bot', 'cli-test-password'),
    );
    const tokenValue = (token.body as { data: { token: string } }).data.token;
    const created = await send(
      `${url}/1.1/users`,
      'POST',
      { firstname: 'Curl', lastname: 'User' },
      { 'X-Auth-Token': tokenValue },
    );
    const extensions = await send(`${url}/1.1/extensions?context=default`, 'GET', undefined, {
      'X-Auth-Token': tokenValue,
    });
    child.kill('SIGTERM');
    const [exitCode] = (await once(child, 'exit')) as [number | null];

    expect(token.status).toBe(200);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ firstname: 'Curl', caller_id: '"Curl User"' });
    expect(extensions.body).toMatchObject({ total: 3 });
    expect(exitCode).toBe(0);
    expect(output()).toContain('XiVO emulator stopped.');
    expect(output()).not.toContain('cli-test-password');
  });

  it('refuses to start without a webservice user', async () => {
    const io = captureCli();

    const code = await runCli(['emulator', '--port', '0'], io.ctx);

    expect(code).toBe(1);
    expect(io.err()).toMatch(/emulator needs a webservice user/);
  });

  it('refuses a bad port', async () => {
    const io = captureCli({ env: { XIVO_EMULATOR_AUTH_USER: 'u', XIVO_EMULATOR_AUTH_PASSWORD: 'p' } });

    const code = await runCli(['emulator', '--port', 'http'], io.ctx);

    expect(code).toBe(1);
    expect(io.err()).toMatch(/port must be 0\.\.65535, got 'http'/);
  });

  it('serves XiVO 16.15 by default: no /1.1/agents, the agents web services under --ws-user', async () => {
    const { child, url, stdout } = await spawnEmulator(
      ['--auth-user', 'cli-bot', '--ws-user', 'cli-ws', '--seed', 'example'],
      { XIVO_EMULATOR_AUTH_PASSWORD: 'cli-test-password', XIVO_EMULATOR_WS_PASSWORD: 'cli-ws-password' },
    );
    const auth = { 'X-Auth-Token': await cliToken(url) };
    const confdAgents = await send(`${url}/1.1/agents`, 'GET', undefined, auth);
    const ws = `${url}/callcenter/json.php/restricted/settings/agents/`;
    const listed = await send(ws, 'GET', undefined, basic('cli-ws', 'cli-ws-password'));
    const refused = await send(ws, 'GET', undefined, basic('cli-ws', 'wrong'));
    child.kill('SIGTERM');
    await once(child, 'exit');

    expect(confdAgents.status).toBe(404);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([expect.objectContaining({ number: '8000', context: 'default' })]);
    expect(refused.status).toBe(401);
    expect(stdout()).toContain('(flavour xivo-16.15)');
    expect(stdout()).toContain(`agents web services: ${ws}  (user cli-ws)`);
    expect(stdout()).not.toContain('cli-ws-password');
  });

  it('serves confd agents with --flavour xivo-confd-agents, and injects the --faults it is given', async () => {
    const { child, url, stdout } = await spawnEmulator(
      [
        '--auth-user',
        'cli-bot',
        '--flavour',
        'xivo-confd-agents',
        '--faults',
        '{"errorRate":1,"methods":["PUT"]}',
      ],
      { XIVO_EMULATOR_AUTH_PASSWORD: 'cli-test-password' },
    );
    const auth = { 'X-Auth-Token': await cliToken(url) };
    const created = await send(`${url}/1.1/agents`, 'POST', { number: '8100' }, auth);
    const updated = await send(
      `${url}/1.1/agents/${(created.body as { id: number }).id}`,
      'PUT',
      { firstname: 'A' },
      auth,
    );
    const ws = await send(`${url}/callcenter/json.php/restricted/settings/agents/`, 'GET');
    child.kill('SIGTERM');
    await once(child, 'exit');

    expect(created.status).toBe(201);
    expect([500, 502, 503]).toContain(updated.status);
    expect(ws.status).toBe(404);
    expect(stdout()).toContain('faults: {"errorRate":1,"methods":["PUT"]}');
  });

  it.each([
    [['--faults', '{"errorRat":0.1}'], /--faults: unknown key errorRat \(known: errorRate,/],
    [['--faults', '{"errorRate":2}'], /--faults: errorRate must be a fraction between 0 and 1, got 2/],
    [['--faults', 'errorRate=0.1'], /--faults: not JSON/],
    [['--ws-user', 'only-a-login'], /the web-services user needs both --ws-user .* and --ws-password/],
    [['--flavour', 'wazo'], /argument 'wazo' is invalid/],
  ])('refuses %j with a message naming the mistake', async (args, message) => {
    const io = captureCli({ env: { XIVO_EMULATOR_AUTH_USER: 'u', XIVO_EMULATOR_AUTH_PASSWORD: 'p' } });

    const code = await runCli(['emulator', '--port', '0', ...args], io.ctx);

    expect(code).toBe(1);
    expect(io.err()).toMatch(message);
  });
});
