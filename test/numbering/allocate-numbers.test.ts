import { describe, expect, it } from 'vitest';
import type { QuarantinedNumber } from '../../src/state/generated/quarantine.ts';
import {
  allocateNumbers,
  checkExtension,
  expireQuarantine,
  inRanges,
  reclaimNumbers,
  releaseNumbers,
  type AllocationInput,
} from '../../src/numbering/index.ts';

const now = new Date('2026-03-01T10:00:00Z');
const pool = [{ start: '2000', end: '2009' }];

function input(overrides: Partial<AllocationInput>): AllocationInput {
  return { requests: [], pool, used: new Set(), quarantine: [], quarantineDays: 90, now, ...overrides };
}

/** Small deterministic PRNG so "property" tests explore many cases yet always replay the same way. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('allocateNumbers', () => {
  it('hands out the lowest free numbers in key order, skipping numbers used in state or XiVO', () => {
    const result = allocateNumbers(
      input({ requests: [{ key: 'c' }, { key: 'a' }, { key: 'b' }], used: new Set(['2000', '2002']) }),
    );
    expect(Object.fromEntries(result.assigned)).toEqual({ a: '2001', b: '2003', c: '2004' });
    expect(result.exhausted).toEqual([]);
  });

  it('lets someone keep the number they hold, even when a key sorted before them wants one', () => {
    const result = allocateNumbers(input({ requests: [{ key: 'a' }, { key: 'z', current: '2000' }] }));
    expect(Object.fromEntries(result.assigned)).toEqual({ a: '2001', z: '2000' });
  });

  it('drops a held number that left the pool and gives a new one', () => {
    const result = allocateNumbers(input({ requests: [{ key: 'a', current: '3000' }] }));
    expect(result.assigned.get('a')).toBe('2000');
  });

  it('holds back quarantined numbers until the quarantine ends, except for the person who held them', () => {
    const quarantine: QuarantinedNumber[] = [
      {
        kind: 'extension',
        number: '2000',
        context: 'default',
        releasedOn: '2026-02-01',
        previousKey: 'gone',
      },
      { kind: 'extension', number: '2001', context: 'default', releasedOn: '2025-01-01', previousKey: 'old' },
      {
        kind: 'extension',
        number: '2005',
        context: 'default',
        releasedOn: '2026-02-20',
        previousKey: 'back',
      },
    ];
    const result = allocateNumbers(
      input({ requests: [{ key: 'back' }, { key: 'new1' }, { key: 'new2' }], quarantine }),
    );
    expect(Object.fromEntries(result.assigned)).toEqual({ back: '2005', new1: '2001', new2: '2002' });
  });

  it('counts quarantine days from the release date, in UTC', () => {
    const quarantine: QuarantinedNumber[] = [
      { kind: 'extension', number: '2000', releasedOn: '2026-02-27', previousKey: 'x' },
    ];
    const justBefore = allocateNumbers(
      input({
        requests: [{ key: 'a' }],
        quarantine,
        quarantineDays: 2,
        now: new Date('2026-02-28T23:59:59Z'),
      }),
    );
    const onTheDay = allocateNumbers(
      input({
        requests: [{ key: 'a' }],
        quarantine,
        quarantineDays: 2,
        now: new Date('2026-03-01T00:00:00Z'),
      }),
    );
    expect(justBefore.assigned.get('a')).toBe('2001');
    expect(onTheDay.assigned.get('a')).toBe('2000');
  });

  it('reports the people left without a number when the pool runs out, and walks several ranges', () => {
    const result = allocateNumbers(
      input({
        requests: ['a', 'b', 'c', 'd'].map((key) => ({ key })),
        pool: [
          { start: '0042', end: '0042' },
          { start: '+33123456700', end: '+33123456701' },
        ],
      }),
    );
    expect(Object.fromEntries(result.assigned)).toEqual({ a: '0042', b: '+33123456700', c: '+33123456701' });
    expect(result.exhausted).toEqual(['d']);
  });

  it('never hands out the same number twice and does not depend on the request order (200 random cases)', () => {
    const random = prng(42);
    for (let run = 0; run < 200; run++) {
      const keys = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        (_, i) => `k${Math.floor(random() * 1000)}-${i}`,
      );
      const requests = keys.map((key) => ({
        key,
        current: random() < 0.3 ? `20${String(Math.floor(random() * 12)).padStart(2, '0')}` : undefined,
      }));
      const used = new Set(
        Array.from({ length: Math.floor(random() * 4) }, () => `200${Math.floor(random() * 10)}`),
      );
      const base = allocateNumbers(input({ requests, used }));
      const numbers = [...base.assigned.values()];
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const number of numbers) {
        expect(used.has(number)).toBe(false);
        expect(inRanges(number, pool)).toBe(true);
      }
      expect(base.assigned.size + base.exhausted.length).toBe(requests.length);
      const shuffled = allocateNumbers(input({ requests: shuffle(requests, random), used }));
      expect(shuffled.assigned).toEqual(base.assigned);
      expect(shuffled.exhausted).toEqual(base.exhausted);
      // Allocating again with the first result as state changes nothing (people keep their numbers).
      const again = allocateNumbers(
        input({ requests: requests.map((r) => ({ key: r.key, current: base.assigned.get(r.key) })), used }),
      );
      expect(again.assigned).toEqual(base.assigned);
    }
  });
});

describe('quarantine helpers', () => {
  it('releases numbers dated today, re-dates a number released again, and sorts the file', () => {
    const before: QuarantinedNumber[] = [
      { kind: 'did', number: '+33123456701', releasedOn: '2026-01-01', previousKey: 'b' },
    ];
    const after = releaseNumbers(
      before,
      [
        { kind: 'extension', number: '2001', context: 'default', previousKey: 'a' },
        { kind: 'did', number: '+33123456701', previousKey: 'a' },
      ],
      now,
    );
    expect(after).toEqual([
      { kind: 'did', number: '+33123456701', releasedOn: '2026-03-01', previousKey: 'a' },
      { kind: 'extension', number: '2001', context: 'default', releasedOn: '2026-03-01', previousKey: 'a' },
    ]);
  });

  it('expires numbers whose quarantine is over and reclaims numbers given back', () => {
    const entries: QuarantinedNumber[] = [
      { kind: 'extension', number: '2001', releasedOn: '2025-11-01', previousKey: 'a' },
      { kind: 'extension', number: '2002', releasedOn: '2026-02-01', previousKey: 'b' },
    ];
    const { kept, expired } = expireQuarantine(entries, 90, now);
    expect(kept.map((e) => e.number)).toEqual(['2002']);
    expect(expired.map((e) => e.number)).toEqual(['2001']);
    expect(reclaimNumbers(entries, [{ kind: 'extension', number: '2002' }]).map((e) => e.number)).toEqual([
      '2001',
    ]);
  });

  it('validates extensions against ranges, not libphonenumber', () => {
    expect(checkExtension('2005', pool)).toBeUndefined();
    expect(checkExtension('205', pool)).toMatch(/outside the ranges 2000-2009/);
    expect(checkExtension('20a5', pool)).toMatch(/must be digits/);
    expect(() => inRanges('1', [{ start: '10', end: '9' }])).toThrow(/same length/);
  });
});
