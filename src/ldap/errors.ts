import { ResultCodeError } from 'ldapts';
import { ReconcilerError } from '../errors.ts';

export type LdapOperation =
  'connect' | 'starttls' | 'bind' | 'search' | 'modify' | 'parse-filter' | 'read-ldif' | 'apply-ldif';

/**
 * A directory operation that failed, naming the operation, the DN or base it ran on and, when the
 * server answered, the LDAP result code (49 invalid credentials, 32 no such object, ...). The bind
 * password is never part of it.
 */
export class LdapError extends ReconcilerError {
  readonly operation: LdapOperation;
  /** Base DN, bind DN, or `file:line` for an LDIF source. */
  readonly subject: string;
  /** LDAP result code (RFC 4511) when the server returned one. */
  readonly resultCode: number | undefined;

  constructor(
    operation: LdapOperation,
    subject: string,
    message: string,
    options?: ErrorOptions & { resultCode?: number },
  ) {
    const code = options?.resultCode;
    super(
      'LDAP',
      `${operation} ${subject}: ${message}${code === undefined ? '' : ` (LDAP result code ${code})`}`,
      options,
    );
    this.operation = operation;
    this.subject = subject;
    this.resultCode = code;
  }
}

/** Wraps whatever ldapts threw; result codes come from the error class, never from message text. */
export function wrapLdapError(operation: LdapOperation, subject: string, error: unknown): LdapError {
  if (error instanceof LdapError) return error;
  if (error instanceof ResultCodeError) {
    return new LdapError(operation, subject, `${error.name}: ${error.message}`, {
      cause: error,
      resultCode: error.code,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LdapError(operation, subject, message, { cause: error });
}
