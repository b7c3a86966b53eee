import { ReconcilerError } from '../../errors.ts';

/**
 * A confd or xivo-auth call failed. Carries the subject (`METHOD /path`), the HTTP status (0 when no
 * response arrived) and confd's messages (its error body is a JSON array of strings). The token and
 * the password never appear in it: messages are redacted before the error is built.
 */
export class XivoApiError extends ReconcilerError {
  readonly method: string;
  readonly path: string;
  /** HTTP status, or 0 for a network error or timeout. */
  readonly status: number;
  readonly messages: string[];

  constructor(method: string, path: string, status: number, messages: string[], options?: ErrorOptions) {
    super(
      'XIVO_HTTP',
      `${method} ${path} → ${status === 0 ? 'no response' : String(status)}: ${messages.join('; ')}`,
      options,
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.messages = messages;
  }
}

/** Replaces every occurrence of the given secrets (token, password, Basic credentials) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
