import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { expect, onTestFinished } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/index.ts';
import {
  createXivoClient,
  XivoApiError,
  type XivoClient,
  type XivoClientOptions,
} from '../../../src/xivo/index.ts';
import { EMULATOR_AUTH, EMULATOR_WS_AUTH, connectTestClient } from '../../helpers/emulator.ts';

export interface Harness {
  emu: RunningEmulator;
  client: XivoClient;
  warnings: string[];
}

const open: (() => Promise<void>)[] = [];

/** An emulator with the example seed and a client on it; both closed by `closeAll`. */
export async function startHarness(
  emulator: Partial<EmulatorOptions> = {},
  client: Partial<XivoClientOptions> = {},
): Promise<Harness> {
  const emu = await startEmulator({ ...EMULATOR_AUTH, ...EMULATOR_WS_AUTH, seed: 'example', ...emulator });
  const warnings: string[] = [];
  const c = connectTestClient(emu, {
    backoffBaseMs: 5,
    logger: { warn: (_context, message) => warnings.push(message) },
    ...client,
  });
  open.push(async () => {
    c.close();
    await emu.close();
  });
  return { emu, client: c, warnings };
}

export async function closeAll(): Promise<void> {
  for (const close of open.splice(0)) await close();
}

/** Statuses the emulator answered, per `"METHOD /path"`, in order. */
export function statuses(emu: RunningEmulator, key: string): number[] {
  return emu.requestLog.entries.filter((e) => `${e.method} ${e.path}` === key).map((e) => e.status);
}

/** The XivoApiError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<XivoApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XivoApiError);
  return error as XivoApiError;
}

/**
 * A bare HTTP server that logs anyone in and answers every confd request with `answer` (a server
 * with a given misbehaviour), and a client on it; both closed when the test finishes.
 */
export async function fakeXivo(
  answer: (req: IncomingMessage, res: ServerResponse, body: string) => void,
  options: Partial<XivoClientOptions> = {},
): Promise<XivoClient> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url?.startsWith('/0.1/token') === true) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: {
              token: 't0k3n-fake',
              issued_at: '2026-11-28T00:00:00',
              expires_at: '2026-11-28T01:00:00',
            },
          }),
        );
        return;
      }
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const client = createXivoClient({
    baseUrl: url,
    authUrl: url,
    username: 'u',
    password: 'p4ssw0rd-login',
    ...options,
  });
  onTestFinished(async () => {
    client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return client;
}
