import { describe, expect, it } from 'vitest';
import {
  NumberingError,
  formatNumber,
  lastDigits,
  normalizePhone,
  parsePhoneNumber,
} from '../../src/numbering/index.ts';

describe('normalizePhone', () => {
  it.each([
    ['01 23 45 67 89', 'FR', '+33123456789'],
    ['+33 (0)1 23 45 67 89', 'FR', '+33123456789'],
    ['0033123456789', 'FR', '+33123456789'],
    ['04.72.10.00.12', 'FR', '+33472100012'],
    ['  +32 2 555 12 34 ', 'FR', '+3225551234'],
    ['(202) 555-0143', 'US', '+12025550143'],
  ])('%s (%s) → %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, e164 });
  });

  it('reports an extension instead of folding it into the number', () => {
    expect(normalizePhone('+1 (555) 123-4567 x12', 'FR')).toEqual({
      ok: true,
      e164: '+15551234567',
      extension: '12',
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['123', 'impossible'],
    ['01 23 45 67 89 12 34 56', 'impossible'],
  ])('rejects %j as %s', (raw, problem) => {
    const result = normalizePhone(raw, 'FR');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.message).toMatch(/phone number/);
    }
  });
});

describe('parsePhoneNumber', () => {
  it.each([
    ['+33472100012', 'FR'],
    ['04 72 10 00 12', 'FR'],
    ['+1 (555) 123-4567 x12', 'FR'],
    ['(202) 555-0143', 'US'],
    ['+12025550143', 'FR'],
  ])('%s (%s): normalizePhone, and every format as formatNumber renders its E.164 number', (raw, country) => {
    const parsed = parsePhoneNumber(raw, country);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { render, ...result } = parsed;
    expect(result).toEqual(normalizePhone(raw, country));
    for (const format of ['e164', 'national', 'international', 'display'] as const)
      expect(render(format)).toBe(formatNumber(parsed.e164, format));
    expect(render('digits', { digits: 4 })).toBe(formatNumber(parsed.e164, 'digits', { digits: 4 }));
  });

  it('refuses what normalizePhone refuses, with the same problem', () => {
    expect(parsePhoneNumber('123', 'FR')).toEqual(normalizePhone('123', 'FR'));
  });
});

describe('formatNumber', () => {
  it('renders every format', () => {
    expect(formatNumber('+33123456742', 'e164')).toBe('+33123456742');
    expect(formatNumber('+33123456742', 'national')).toBe('0123456742');
    expect(formatNumber('+33123456742', 'international')).toBe('0033123456742');
    expect(formatNumber('+12025550143', 'international', { iddPrefix: '011' })).toBe('01112025550143');
    expect(formatNumber('+33123456742', 'digits', { digits: 4 })).toBe('6742');
    expect(formatNumber('+33123456742', 'internal', { digits: 3 })).toBe('742');
    expect(formatNumber('+33123456742', 'display')).toBe('+33 1 23 45 67 42');
  });

  it('refuses a non-E.164 input and missing or excessive digit counts', () => {
    expect(() => formatNumber('0123456742', 'e164')).toThrow(NumberingError);
    expect(() => formatNumber('+33123456742', 'digits')).toThrow(/digit count/);
    expect(() => lastDigits('42', 4)).toThrow(/fewer than 4 digits/);
  });
});
