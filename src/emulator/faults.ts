import type { FaultOptions } from './types.ts';

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'error'; status: 500 | 502 | 503 }
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
      const statuses = [500, 502, 503] as const;
      return { kind: 'error', status: statuses[Math.floor(this.random() * 3)] ?? 503 };
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
