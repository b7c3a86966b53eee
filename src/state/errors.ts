import { ReconcilerError } from '../errors.ts';
import type { Issue } from './validate-ajv.ts';

/** A state file cannot be written or read as asked (invalid content, unsafe path). */
export class StateError extends ReconcilerError {
  /** The problems found, each with its file and JSON pointer. */
  readonly issues: readonly Issue[];

  constructor(message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super('STATE_INVALID', message, options);
    this.issues = issues;
  }
}
