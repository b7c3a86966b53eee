import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { basic, send } from './helpers.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

describe('xivo-sync emulator', () => {
  it('serves auth and confd on one port until SIGTERM; a token creates a user over HTTP', async () => {
    const child = spawn(
      process.execPath,
      [MAIN, 'emulator', '--port', '0', '--auth-user', 'cli-bot', '--seed', 'example'],
      {
        env: { ...process.env, XIVO_EMULATOR_AUTH_PASSWORD: 'cli-test-password' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
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
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`emulator exited early (${code}): ${stderr}`)));
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
    expect(stdout).toContain('XiVO emulator stopped.');
    expect(stdout).not.toContain('cli-test-password');
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
});
