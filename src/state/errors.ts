import { ReconcilerError } from '../errors.ts';
import type { Issue } from './validate-ajv.ts';

/** A state file cannot be written or read as asked (invalid content, unsafe path). */
export class StateError extends ReconcilerError {
  constructor(message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super('STATE_INVALID', message, { ...options, issues });
  }
}
