import { type IncomingMessage } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { ReconcilerError } from '../errors.ts';
import type { EmulatorData, RequestLog, RequestLogEntry } from './types.ts';

// The HTTP plumbing of the emulator: Flask's error pages, bodies, the request log, the data file.

/** Thrown when the emulator cannot start (bad data file, port in use). */
export class EmulatorStartError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFIG', message, options);
  }
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless it is a string (plain text). */
  body?: unknown;
}

/** Werkzeug's default error page, what a Flask app answers when it fails outside its own handlers. */
function flaskPage(status: number, title: string, text: string): string {
  return (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n' +
    `<title>${status} ${title}</title>\n<h1>${title}</h1>\n<p>${text}</p>\n`
  );
}

/** xivo-auth lets a body without `backend` crash into Flask's 500 page. */
export const FLASK_500 = flaskPage(
  500,
  'Internal Server Error',
  'The server encountered an internal error and was unable to complete your request.  Either the server is overloaded or there is an error in the application.',
);
export const FLASK_400 = flaskPage(
  400,
  'Bad Request',
  'The browser (or proxy) sent a request that this server could not understand.',
);

export function authError(status: number, reason: string, clock: () => number): Reply {
  return { status, body: { reason: [reason], timestamp: [clock() / 1000], status_code: status } };
}

/**
 * Flask's `request.get_json()` returns None unless the body is declared JSON, so a body sent as a
 * form (curl `-d` without a Content-Type) reaches the schema as nothing at all.
 */
export function isJson(req: IncomingMessage): boolean {
  return /^application\/json\b/i.test(req.headers['content-type'] ?? '');
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createRequestLog(): RequestLog {
  const entries: RequestLogEntry[] = [];
  const countBy = (key: (e: RequestLogEntry) => string) => {
    const counts: Record<string, number> = {};
    for (const entry of entries) counts[key(entry)] = (counts[key(entry)] ?? 0) + 1;
    return counts;
  };
  return {
    entries,
    counts: () => countBy((e) => `${e.method} ${e.path}`),
    countsByRoute: () => countBy((e) => `${e.method} ${e.route}`),
    countWrites: () =>
      entries.filter(
        (e) =>
          (e.path.startsWith('/1.1/') && ['POST', 'PUT', 'DELETE'].includes(e.method)) ||
          // The web services write whatever the method: the act says it.
          /\?act=(add|edit|delete|deleteall)$/.test(e.route),
      ).length,
    reset: () => {
      entries.length = 0;
    },
  };
}

export function readDataFile(file: string): EmulatorData | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as EmulatorData;
    if (data.version !== 1) throw new Error(`unsupported version ${String(data.version)}`);
    return data;
  } catch (error) {
    throw new EmulatorStartError(`cannot load emulator data file ${file}`, { cause: error });
  }
}
