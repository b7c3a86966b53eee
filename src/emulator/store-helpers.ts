// Small helpers of the store and its resource modules: random generated values, ranges, index maps.
import { randomBytes } from 'node:crypto';
import { DIGITS } from './schemas.ts';
import type { ContextIncallRange, ContextRange } from './types.ts';

export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

// Random bytes are drawn in blocks: one crypto call per character made seeding 20k users slow.
let randomPool = randomBytes(4096);
let randomOffset = 0;

export function randomToken(length: number, alphabet: string): string {
  let out = '';
  while (out.length < length) {
    if (randomOffset >= randomPool.length) {
      randomPool = randomBytes(4096);
      randomOffset = 0;
    }
    const byte = randomPool[randomOffset++] ?? 0;
    // Rejection sampling keeps the draw uniform when 256 is not a multiple of the alphabet size.
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
  }
  return out;
}

export function normaliseRanges(value: unknown): ContextRange[] {
  return (value as Array<{ start: string; end?: string | null }>).map((r) => ({
    start: r.start,
    end: r.end ?? r.start,
  }));
}

export function normaliseIncallRanges(value: unknown): ContextIncallRange[] {
  return (value as Array<{ start: string; end?: string | null; did_length?: number }>).map((r) => ({
    start: r.start,
    end: r.end ?? r.start,
    did_length: r.did_length ?? 0,
  }));
}

/**
 * xivo-dao `contextnumbers.in_range`: compare `int(exten)` with the last `did_length` digits of the
 * range bounds (`did_length` 0 compares whole numbers, since `s[-0:]` is the whole string).
 */
export function inRange(exten: string, range: ContextRange, didLength: number): boolean {
  if (!DIGITS.test(exten)) return false;
  const cut = (bound: string): bigint => BigInt(didLength > 0 ? bound.slice(-didLength) : bound);
  const value = BigInt(exten);
  return cut(range.start) <= value && value <= cut(range.end);
}

/** Removes one value from the array stored under `key`, dropping the entry when it empties. */
export function pull<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (!values) return;
  const index = values.indexOf(value);
  if (index >= 0) values.splice(index, 1);
  if (values.length === 0) map.delete(key);
}

export function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

export function setAdd<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

export function setDelete<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const values = map.get(key);
  if (!values) return;
  values.delete(value);
  if (values.size === 0) map.delete(key);
}

export const clone = <T>(value: T): T => structuredClone(value);

/**
 * The emulated confd database: tables in maps by id, unique keys in maps by value, and every
 * association indexed in both directions, so each rule check is O(1). All writes, from HTTP or
 * from `seed()`, go through the methods of this class.
 */
