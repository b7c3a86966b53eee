import { createHash } from 'node:crypto';
import type { EmulatorOptions } from '../../src/emulator/index.ts';
import { EMULATOR_WS_AUTH } from '../helpers/emulator.ts';
import { type Api, basic, startApi } from './helpers.ts';

export const WS_PATH = '/callcenter/json.php/restricted/settings/agents/';
export const WS_CREDENTIALS = basic(EMULATOR_WS_AUTH.wsUser, EMULATOR_WS_AUTH.wsPassword);

export interface WsReply {
  status: number;
  headers: Headers;
  /** The raw body: the web services answer errors with an empty one. */
  text: string;
  /** `text` parsed, or undefined when empty. */
  json: unknown;
}

export interface WsCall {
  method?: string;
  /** Query parameters besides `act`. */
  query?: Record<string, string>;
  /** Sent as `application/json` (a string is sent verbatim). */
  body?: unknown;
  /** Request headers; the test account's Basic credentials unless given. */
  headers?: Record<string, string>;
  path?: string;
}

export interface WsApi extends Api {
  /** One web-services request; `act` undefined sends none. */
  ws(act: string | undefined, call?: WsCall): Promise<WsReply>;
  /** add that must succeed; returns the new agent's id, found by number as clients do. */
  add(body: unknown): Promise<number>;
}

/** An xivo-16.15 emulator (example seed unless told) for the current test, with the confd and ws logins. */
export async function startWs(options: Partial<EmulatorOptions> = {}): Promise<WsApi> {
  const api = await startApi({ flavour: 'xivo-16.15', seed: 'example', ...options });
  const ws = async (act: string | undefined, call: WsCall = {}): Promise<WsReply> => {
    const params = new URLSearchParams({ ...(act === undefined ? {} : { act }), ...call.query });
    const query = params.size > 0 ? `?${params.toString()}` : '';
    const init: RequestInit = {
      method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
      headers: { ...(call.headers ?? WS_CREDENTIALS) },
    };
    if (call.body !== undefined) {
      init.body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${api.emulator.url}${call.path ?? WS_PATH}${query}`, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: text === '' ? undefined : JSON.parse(text),
    };
  };
  return {
    ...api,
    ws,
    async add(body) {
      const reply = await ws('add', { body });
      if (reply.status !== 200) throw new Error(`add → ${reply.status}`);
      const number = (body as { agentfeatures: { number: string } }).agentfeatures.number;
      const list = (await ws('list')).json as Array<{ id: number; number: string }>;
      const found = list.find((item) => item.number === number);
      if (!found) throw new Error(`agent ${number} not listed after add`);
      return found.id;
    },
  };
}

/** An add body as xivo-ws sends it, with `agentfeatures` fields overridden. */
export function agentBody(
  features: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    agentfeatures: {
      firstname: 'Ann',
      lastname: 'Lee',
      number: '1001',
      passwd: '',
      context: 'default',
      numgroup: '1',
      autologoff: '0',
      language: 'fr_FR',
      description: '',
      ...features,
    },
    ...extra,
  };
}

export const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
