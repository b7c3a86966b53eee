import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerEnvelope } from 'smtp-server';
import { ServiceError } from './service-error.ts';

const HOST = '127.0.0.1';

/** One message the sink accepted: the SMTP envelope and the parsed message. */
export interface ReceivedMail {
  envelope: SMTPServerEnvelope;
  mail: ParsedMail;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** Messages in arrival order; appended as they are parsed. */
  messages: ReceivedMail[];
  /** Resolves with `messages` once at least `count` have arrived; rejects after `timeoutMs` (default 5000). */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts an in-process SMTP server on 127.0.0.1 (free port) that accepts any AUTH login, keeps every
 * message (recipients in `refuse` are answered 550), and parses it with mailparser. STARTTLS is disabled: loopback only, no certificate. Each new
 * SMTP connection costs ~100 ms (smtp-server's early-talker delay), so send with nodemailer `pool: true`
 * when a test sends many mails.
 */
export async function startSmtpSink(options: { refuse?: readonly string[] } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const refused = new Set((options.refuse ?? []).map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    // `refuse`: these recipients get 550, as a relay answers for a mailbox that does not exist.
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address.toLowerCase())) {
        callback();
        return;
      }
      const error = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          // The envelope object is reused by the session for the next message: keep a copy.
          messages.push({ envelope: structuredClone(session.envelope), mail });
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  server.listen(0, HOST);
  try {
    await Promise.race([
      once(server.server, 'listening'),
      once(server, 'error').then(([error]) => Promise.reject(error as Error)),
    ]);
  } catch (error) {
    throw new ServiceError('smtp', `cannot listen on ${HOST}: ${String(error)}`, { cause: error });
  }
  const { port } = server.server.address() as AddressInfo;

  const waitForMessages = (count: number, timeoutMs = 5000): Promise<ReceivedMail[]> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (messages.length < count) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(messages);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(
          new ServiceError(
            'smtp',
            `expected ${count} message(s) within ${timeoutMs} ms, got ${messages.length}`,
          ),
        );
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= new Promise((resolve) => server.close(() => resolve()));
    return stopped;
  };
  return { host: HOST, port, messages, waitForMessages, stop, [Symbol.asyncDispose]: stop };
}
