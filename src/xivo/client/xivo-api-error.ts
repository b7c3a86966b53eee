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

/** Field names whose values are secrets wherever a body is quoted: passwords, PINs, tokens. */
const SECRET_FIELD = /^(.*pass(word|wd)?.*|.*secret.*|pin|.*_pin|.*token.*)$/i;

/** A quoted value after a secret-like name inside text (`"password":"…"`), e.g. JSON a proxy echoed as text. */
const SECRET_QUOTED =
  /(["']?[\w-]*(?:pass(?:word|wd)?|secret|pin|token)[\w-]*["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*')/gi;
/** A form-encoded one (`password=…`). A bare word after a colon is prose ("field 'password': Length …"). */
const SECRET_FORM = /([\w-]*(?:pass(?:word|wd)?|secret|pin|token)[\w-]*=)([^\s&,;]+)/gi;

/**
 * A body quoted in an error, with the value of every field named like a secret (`password`,
 * `passwd`, `secret`, `pin`, `token`, …) replaced by `***`, at any depth. A server or proxy that
 * echoes the request would otherwise print a generated password or PIN in the apply report.
 */
export function redactBody(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(SECRET_QUOTED, '$1"***"').replace(SECRET_FORM, '$1***');
  if (Array.isArray(value)) return value.map(redactBody);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_FIELD.test(key) && item !== null ? '***' : redactBody(item),
      ]),
    );
  }
  return value;
}

/** Replaces every occurrence of the given secrets (token, password, Basic credentials) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
