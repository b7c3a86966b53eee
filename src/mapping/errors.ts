import { ReconcilerError } from '../errors.ts';

/** A template or mapping rule that cannot be parsed or evaluated. */
export class MappingError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('MAPPING_INVALID', message, options);
  }
}
