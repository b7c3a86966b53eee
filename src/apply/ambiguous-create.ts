import { XivoApiError } from '../xivo/index.ts';

/*
 * A POST whose answer is lost (a timeout, a reset after sending) or is a 5xx may or may not have
 * created its object. Sending it again could make a duplicate; giving up leaves a failed step and,
 * maybe, an object nobody links. Every object apply creates has a deterministic key (the user its
 * marker, an extension exten + context, a voicemail number + context, a SIP endpoint its derived
 * username, an incall its user, an agent its number), so the object is looked up by that key: there,
 * it is the one this request made; not there, the POST is sent again. An ambiguous failure costs one
 * lookup, never a duplicate and never a failed step.
 */

/**
 * The outcome of this POST is unknown (no answer, or a server error), or the server still refuses to
 * take it (429) after the client's own retries: looking up and posting again is safe either way.
 */
function isAmbiguous(error: unknown): error is XivoApiError {
  return error instanceof XivoApiError && (error.status === 0 || error.status === 429 || error.status >= 500);
}

/** Finds what a create made, by its key; undefined when it is not there. */
export type Lookup<T> = () => Promise<T | undefined>;

/** POSTs sent for one create, at most: the first, and four more after lookups that found nothing. */
const ATTEMPTS = 5;

/**
 * Runs `post`; after an ambiguous failure runs `lookup`, and returns what it found or posts again.
 * After the last attempt the failure stands, once a last lookup found nothing.
 */
export async function createOnce<T>(post: () => Promise<T>, lookup: Lookup<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (error) {
      if (!isAmbiguous(error)) throw error;
      const found = await lookup();
      if (found !== undefined) return found;
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}

/**
 * Shared for creates, exclusive for a lookup that cannot tell its object from one another create is
 * making at that moment (a new line has no key: it is found as an unused line of its context that
 * nobody in this run knows). Waiting creates never starve a lookup: once one waits, new creates wait.
 */
export class CreateGate {
  private shared = 0;
  private exclusive = false;
  private waiting: Array<() => void> = [];
  private exclusiveWaiting = 0;

  async runShared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusive || this.exclusiveWaiting > 0) await this.wait();
    this.shared++;
    try {
      return await fn();
    } finally {
      this.shared--;
      this.wake();
    }
  }

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.exclusiveWaiting++;
    try {
      while (this.exclusive || this.shared > 0) await this.wait();
    } finally {
      this.exclusiveWaiting--;
    }
    this.exclusive = true;
    try {
      return await fn();
    } finally {
      this.exclusive = false;
      this.wake();
    }
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
