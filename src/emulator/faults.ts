import { UsageError } from '../errors.ts';
import type { FaultOptions } from './types.ts';

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'error'; status: 500 | 502 | 503 | 504 }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'rateLimit'; retryAfterSeconds: number };

/** mulberry32: tiny, fast and good enough to make fault sequences reproducible from a seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(1);

  set(options: FaultOptions): void {
    this.options = { ...options };
    this.random = mulberry32(options.seed ?? 1);
  }

  get phase(): 'before' | 'after' {
    return this.options.phase ?? 'before';
  }

  isEligible(method: string, path: string): boolean {
    const { methods, includeAuth } = this.options;
    if (methods && !methods.map((m) => m.toUpperCase()).includes(method)) return false;
    if (!includeAuth && method === 'POST' && path === '/0.1/token') return false;
    return true;
  }

  latencyMs(): number {
    const latency = this.options.latencyMs;
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return latency;
    return latency.min + this.random() * (latency.max - latency.min);
  }

  /** One draw per request; the rates partition [0, 1) in the order error, timeout, reset, 429. */
  decide(): FaultDecision {
    const { errorRate = 0, timeoutRate = 0, resetRate = 0, rateLimitRate = 0 } = this.options;
    if (errorRate + timeoutRate + resetRate + rateLimitRate <= 0) return { kind: 'none' };
    const draw = this.random();
    let threshold = errorRate;
    if (draw < threshold) {
      // A 503 says the server did not process the request (RFC 9110 §15.6.4): after the work, a
      // server or proxy answers 500, 502 or 504 instead.
      const statuses = this.phase === 'after' ? ([500, 502, 504] as const) : ([500, 502, 503] as const);
      return { kind: 'error', status: statuses[Math.floor(this.random() * 3)] ?? 500 };
    }
    threshold += timeoutRate;
    if (draw < threshold) return { kind: 'timeout' };
    threshold += resetRate;
    if (draw < threshold) return { kind: 'reset' };
    threshold += rateLimitRate;
    if (draw < threshold)
      return { kind: 'rateLimit', retryAfterSeconds: this.options.retryAfterSeconds ?? 1 };
    return { kind: 'none' };
  }
}

const RATES = ['errorRate', 'timeoutRate', 'resetRate', 'rateLimitRate'] as const;

/**
 * `--faults '<json>'`: the object `setFaults` takes, checked key by key so that a typo is an error
 * naming the key instead of a fault that silently never happens.
 */
export function parseFaults(text: string): FaultOptions {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--faults: not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError('--faults: expected a JSON object such as {"errorRate":0.1}');
  const fail = (key: string, rule: string): never => {
    throw new UsageError(
      `--faults: ${key} must be ${rule}, got ${JSON.stringify((value as Record<string, unknown>)[key])}`,
    );
  };
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const [key, v] of Object.entries(value)) {
    if ((RATES as readonly string[]).includes(key)) {
      if (!isNumber(v) || v < 0 || v > 1) fail(key, 'a fraction between 0 and 1');
    } else if (key === 'retryAfterSeconds') {
      if (!isNumber(v) || v < 0) fail(key, 'a number of seconds ≥ 0');
    } else if (key === 'latencyMs') {
      const range = v as { min?: unknown; max?: unknown } | null;
      const ok =
        (isNumber(v) && v >= 0) ||
        (typeof v === 'object' &&
          v !== null &&
          isNumber(range?.min) &&
          isNumber(range?.max) &&
          range.min >= 0 &&
          range.min <= range.max);
      if (!ok) fail(key, 'milliseconds ≥ 0 or {"min": a, "max": b} with 0 ≤ a ≤ b');
    } else if (key === 'seed') {
      if (!Number.isInteger(v)) fail(key, 'an integer');
    } else if (key === 'methods') {
      if (!Array.isArray(v) || !v.every((m) => typeof m === 'string')) fail(key, 'a list of HTTP methods');
    } else if (key === 'includeAuth') {
      if (typeof v !== 'boolean') fail(key, 'true or false');
    } else if (key === 'phase') {
      if (v !== 'before' && v !== 'after') fail(key, '"before" or "after"');
    } else {
      throw new UsageError(
        `--faults: unknown key ${key} (known: ${[...RATES, 'retryAfterSeconds', 'latencyMs', 'seed', 'methods', 'includeAuth', 'phase'].join(', ')})`,
      );
    }
  }
  return value;
}
