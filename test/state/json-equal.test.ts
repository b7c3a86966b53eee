import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/state/index.ts';

describe('jsonEqual', () => {
  it('compares JSON values deeply, whatever the order of object keys', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(jsonEqual(JSON.parse('{"a":null,"b":true}'), { b: true, a: null })).toBe(true);
    expect(jsonEqual('é', 'é')).toBe(true);
  });

  it('finds every kind of difference', () => {
    expect(jsonEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ a: null }, { a: {} })).toBe(false);
    expect(jsonEqual({ a: { b: [1, 2] } }, { a: { b: [1, 2, 3] } })).toBe(false);
  });

  it('takes undefined members and non-plain objects for different unless they are the same value', () => {
    const withUndefined = { a: undefined };
    expect(jsonEqual(withUndefined, {})).toBe(false);
    expect(jsonEqual(withUndefined, withUndefined)).toBe(true);
    expect(jsonEqual(new Date(0), new Date(0))).toBe(false);
    expect(jsonEqual(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(true);
  });
});
