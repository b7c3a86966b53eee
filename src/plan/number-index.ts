/**
 * Objects by their number within a context (`1042` in `default`): the same lookups as a map keyed by
 * `1042@default`, without building and keeping one such string per object (40,000 extensions hold
 * about 2 MB of them).
 */
export class NumberIndex<T> {
  readonly #byContext = new Map<string, Map<string, T>>();

  /** Indexes each object under its number and context; a later one with the same pair replaces it. */
  constructor(objects: Iterable<T>, numberOf: (object: T) => string, contextOf: (object: T) => string) {
    for (const object of objects) {
      const context = contextOf(object);
      let numbers = this.#byContext.get(context);
      if (numbers === undefined) {
        numbers = new Map();
        this.#byContext.set(context, numbers);
      }
      numbers.set(numberOf(object), object);
    }
  }

  get(number: string, context: string): T | undefined {
    return this.#byContext.get(context)?.get(number);
  }

  has(number: string, context: string): boolean {
    return this.#byContext.get(context)?.has(number) ?? false;
  }
}
