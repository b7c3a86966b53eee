import { access, link, mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { SmtpConnection } from '../config/index.ts';
import { ReconcilerError } from '../errors.ts';

/** One onboarding e-mail, for the person `key`. */
export interface OnboardingMessage {
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where onboarding e-mails go: an SMTP relay, or a folder of `.eml` files (`--mail-dir`). */
export interface Mailer {
  readonly kind: 'smtp' | 'dir';
  send(message: OnboardingMessage): Promise<void>;
  /**
   * A folder keeps what it delivered: `<key>.eml` there means this person's mail went out (with the
   * credentials XiVO holds, since none were set after it). An SMTP relay keeps nothing: always false.
   */
  delivered(key: string): Promise<boolean>;
  close(): void;
}

/** A mail that could not be delivered; `permanent` when retrying cannot help (5xx, a bad address). */
export class MailError extends ReconcilerError {
  readonly permanent: boolean;

  constructor(message: string, permanent: boolean, options?: ErrorOptions) {
    super('SMTP', message, options);
    this.permanent = permanent;
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
]);

/**
 * An SMTP relay with pooled connections. Temporary failures (4xx, a connection that fails) are
 * retried with backoff; a 5xx or a refused address is permanent. The password goes only to the relay,
 * and only over TLS unless the relay is on this machine.
 */
export function smtpMailer(
  connection: SmtpConnection,
  from: string,
  options: { retries?: number; backoffMs?: number } = {},
): Mailer {
  const loopback = /^(127\.|localhost$|::1$)/.test(connection.host);
  const transport = nodemailer.createTransport({
    host: connection.host,
    port: connection.port,
    secure: connection.secure,
    // Credentials over a network only inside TLS: STARTTLS is then mandatory.
    requireTLS: !connection.secure && !loopback && connection.user !== undefined,
    ...(connection.user === undefined
      ? {}
      : { auth: { user: connection.user, pass: connection.password ?? '' } }),
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  return {
    kind: 'smtp',
    async send(message) {
      for (let attempt = 0; ; attempt++) {
        try {
          await transport.sendMail({
            from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
          });
          return;
        } catch (error) {
          const { responseCode, code } = error as { responseCode?: number; code?: string };
          const transient =
            (responseCode !== undefined && responseCode >= 400 && responseCode < 500) ||
            (responseCode === undefined && code !== undefined && TRANSIENT_CODES.has(code));
          if (transient && attempt < retries) {
            await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** attempt));
            continue;
          }
          const reason = error instanceof Error ? error.message : String(error);
          throw new MailError(`mail to ${message.to} (${message.key}): ${reason}`, !transient, {
            cause: error,
          });
        }
      }
    },
    delivered: () => Promise.resolve(false),
    close: () => transport.close(),
  };
}

/** A folder of `.eml` files, one per person (`<key>.eml`), each written whole or not at all. */
export function dirMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const file = (key: string): string => path.join(dir, `${key}.eml`);
  return {
    kind: 'dir',
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      await mkdir(dir, { recursive: true });
      const temporary = `${file(message.key)}.${process.pid}.tmp`;
      await writeFile(temporary, info.message as Buffer, { mode: 0o600 });
      // link, not rename: a mail already in the folder is never replaced; a resent one comes beside
      // it as <key>-2.eml, <key>-3.eml, …
      try {
        for (let n = 1; ; n++) {
          const target = n === 1 ? file(message.key) : path.join(dir, `${message.key}-${n}.eml`);
          try {
            await link(temporary, target);
            break;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          }
        }
      } finally {
        await unlink(temporary);
      }
    },
    async delivered(key) {
      return access(file(key)).then(
        () => true,
        () => false,
      );
    },
    close: () => transport.close(),
  };
}
