import { type PhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { NumberingError } from './errors.ts';

/**
 * - `e164`: +33123456742
 * - `national`: 0123456742 (national digits without spaces: what a French trunk usually delivers)
 * - `international`: 0033123456742 (IDD prefix + country code + number)
 * - `digits`: the last `digits` digits (a trunk delivering `did_length` digits)
 * - `internal`: same as `digits`, for an internal extension derived from a DID
 * - `display`: +33 1 23 45 67 42, for humans (PR bodies, e-mails)
 */
export type NumberFormat = 'e164' | 'national' | 'international' | 'digits' | 'internal' | 'display';

export interface FormatOptions {
  /** Number of trailing digits for `digits` and `internal` (required for those formats). */
  digits?: number;
  /** International call prefix for `international` (default `00`, the ITU recommendation used across Europe). */
  iddPrefix?: string;
}

/** Renders an E.164 number in the form a consumer expects. Throws NumberingError on a non-E.164 input. */
export function formatNumber(e164: string, format: NumberFormat, options: FormatOptions = {}): string {
  return formatParsed(e164, format, options, () => parsePhoneNumberWithError(e164));
}

/**
 * formatNumber, with the parse of `e164` given (`parsed`, called only by the formats that need one):
 * the caller that has just parsed the number renders it without parsing it again.
 */
export function formatParsed(
  e164: string,
  format: NumberFormat,
  options: FormatOptions,
  parsed: () => PhoneNumber,
): string {
  if (!/^\+[1-9]\d{1,14}$/.test(e164))
    throw new NumberingError(`${JSON.stringify(e164)} is not an E.164 number`, e164);
  switch (format) {
    case 'e164':
      return e164;
    case 'international':
      return `${options.iddPrefix ?? '00'}${e164.slice(1)}`;
    case 'digits':
    case 'internal':
      return lastDigits(e164, options.digits);
    case 'national':
      return parsed().format('NATIONAL').replace(/\D/g, '');
    case 'display':
      return parsed().format('INTERNATIONAL');
  }
}

/** The last `count` digits of a number (an extension derived from a DID). */
export function lastDigits(number: string, count: number | undefined): string {
  const digits = number.replace(/\D/g, '');
  if (count === undefined || !Number.isInteger(count) || count < 1) {
    throw new NumberingError(`a digit count is needed to take the last digits of ${number}`, number);
  }
  if (digits.length < count) throw new NumberingError(`${number} has fewer than ${count} digits`, number);
  return digits.slice(-count);
}
