import { ReconcilerError } from '../errors.ts';
import { XivoApiError } from '../xivo/index.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The one thing apply needs from XiVO: a confd request. Kept this narrow so the reconciler can run on
 * the project's typed client (`src/xivo`, what the CLI uses) or on any stand-in with the same call.
 */
export interface ConfdPort {
  /** Sends `METHOD /1.1<path>`; resolves to the parsed JSON body (undefined for 204). */
  request(method: HttpMethod, path: string, body?: unknown): Promise<unknown>;
}

/** A confd request failed: carries `METHOD /path`, the status and confd's own message. */
export class ConfdRequestError extends ReconcilerError {
  readonly method: string;
  readonly path: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** confd's messages (its error body is a JSON array of strings). */
  readonly messages: string[];

  constructor(method: string, path: string, status: number, messages: string[], options?: ErrorOptions) {
    super(
      'XIVO_HTTP',
      `${method} ${path} → ${status === 0 ? 'no response' : status}: ${messages.join('; ')}`,
      options,
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.messages = messages;
  }
}

/**
 * A refusal or failure reported by confd, from either transport (the typed client's XivoApiError or
 * this port's ConfdRequestError): both carry method, path, status and confd's messages.
 */
export function isConfdError(error: unknown): error is ConfdRequestError | XivoApiError {
  return error instanceof ConfdRequestError || error instanceof XivoApiError;
}
