import { type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.ts';
import { EMULATOR_AUTH, startTestEmulator } from '../helpers/emulator.ts';

export const AUTH_USER = EMULATOR_AUTH.authUser;
export const AUTH_PASSWORD = EMULATOR_AUTH.authPassword;

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, raw text for non-JSON bodies, undefined when empty. */
  body: unknown;
}

export interface Api {
  emulator: RunningEmulator;
  token: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** POST that must succeed (201); returns the created body. */
  create(path: string, body: unknown): Promise<Record<string, unknown> & { id: number }>;
  /** PUT/DELETE that must succeed (204). */
  ok(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<void>;
}

export async function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let parsed: unknown = text === '' ? undefined : text;
  if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '') {
    parsed = JSON.parse(text);
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export const basic = (user: string, password: string): Record<string, string> => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

export async function getToken(url: string, expiration?: number): Promise<string> {
  const reply = await send(
    `${url}/0.1/token`,
    'POST',
    { backend: 'xivo_service', ...(expiration === undefined ? {} : { expiration }) },
    basic(AUTH_USER, AUTH_PASSWORD),
  );
  if (reply.status !== 200)
    throw new Error(`token request failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { data: { token: string } }).data.token;
}

/** Starts an emulator for the current test (closed when it finishes) and logs in. */
export async function startApi(options: Partial<EmulatorOptions> = {}): Promise<Api> {
  const emulator = await startTestEmulator(options);
  const token = await getToken(emulator.url);
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(`${emulator.url}/1.1${path}`, method, body, { 'X-Auth-Token': token, ...headers });
  return {
    emulator,
    token,
    call,
    async create(path, body) {
      const reply = await call('POST', path, body);
      if (reply.status !== 201)
        throw new Error(`POST ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as Record<string, unknown> & { id: number };
    },
    async ok(method, path, body) {
      const reply = await call(method, path, body);
      if (reply.status !== 204)
        throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    },
  };
}

/** A user with line + SIP endpoint + extension in `default`, provisioned over HTTP as in the recipe. */
export async function provisionUser(
  api: Api,
  exten: string,
  user: Record<string, unknown> = { firstname: 'Alice', lastname: 'Martin' },
): Promise<{ userId: number; lineId: number; sipId: number; extensionId: number }> {
  const created = await api.create('/users', user);
  const line = await api.create('/lines', { context: 'default' });
  const sip = await api.create('/endpoints/sip', {});
  await api.ok('PUT', `/lines/${line.id}/endpoints/sip/${sip.id}`);
  const extension = await api.create('/extensions', { exten, context: 'default' });
  await api.ok('PUT', `/lines/${line.id}/extensions/${extension.id}`);
  await api.ok('PUT', `/users/${created.id}/lines/${line.id}`);
  return { userId: created.id, lineId: line.id, sipId: sip.id, extensionId: extension.id };
}
