import { ReconcilerError } from '../errors.ts';

/**
 * A number that cannot be used: unparseable, outside its ranges, or a pool with nothing left. The
 * mapping turns it into a rejection of the entry (DN, attribute, value, rule), so it never reaches
 * the user as a stack trace.
 */
export class NumberingError extends ReconcilerError {
  /** The offending input as given (a raw phone number, an extension). */
  readonly value: string;

  constructor(message: string, value: string, options?: ErrorOptions) {
    super('MAPPING_INVALID', message, options);
    this.value = value;
  }
}
