import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/state/index.ts';
import { renderCanonicalJson } from '../../src/state/render-state.ts';

describe('parseJsonText duplicate keys', () => {
  it.each([
    ['at the top', '{"a": 1, "a": 2}', '/a'],
    ['in a nested object', '{"user": {"x": 1, "y": {"z": 1}, "x": 2}}', '/user/x'],
    ['in an object inside an array', '{"list": [{"k": 1}, {"k": 1, "k": 2}]}', '/list/1/k'],
    ['written once escaped', '{"a": 1, "\\u0061": 2}', '/a'],
    ['after a value holding quotes, colons and braces', '{"a": "x\\":{,\\"a\\":", "b": 1, "b": 2}', '/b'],
  ])('found %s, with its pointer', (_name, text, pointer) => {
    const result = parseJsonText(text, 'state/users/x.json');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ pointer, rule: 'json-duplicate-key' });
  });

  it.each([
    ['the same key in sibling objects', '{"a": {"k": 1}, "b": {"k": 2}}'],
    ['the same key at two depths', '{"k": {"k": {"k": 1}}}'],
    ['a key that equals a string value', '{"a": "b", "b": "a"}'],
    ['keys that differ by escape only in appearance', '{"a\\"b": 1, "a\\\\b": 2}'],
    ['arrays of strings with commas', '{"a": ["x,\\"a\\"", "y"], "b": [[], {}]}'],
  ])('not reported for %s', (_name, text) => {
    const result = parseJsonText(text, 'state/users/x.json');

    expect(result).toEqual({ ok: true, json: JSON.parse(text) as unknown });
  });
});

describe('renderCanonicalJson', () => {
  it('keeps a "__proto__" key as data, in its sorted place', () => {
    const value = JSON.parse('{"z": 1, "__proto__": {"b": 2, "a": 1}, "$schema": "s"}') as unknown;

    expect(renderCanonicalJson(value)).toBe(
      '{\n  "$schema": "s",\n  "__proto__": {\n    "a": 1,\n    "b": 2\n  },\n  "z": 1\n}\n',
    );
  });

  it('is JSON.stringify with 2 spaces once keys are sorted, for every value kind', () => {
    const value = { b: [1, 'two', null, true, { d: [], c: {} }], a: { y: undefined, x: -0.5 } };

    expect(renderCanonicalJson(value)).toBe(
      `${JSON.stringify({ a: { x: -0.5 }, b: [1, 'two', null, true, { c: {}, d: [] }] }, null, 2)}\n`,
    );
  });
});
