import {
  type CountryCode,
  ParseError,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max';
import { type FormatOptions, type NumberFormat, formatNumber, formatParsed } from './format-number.ts';

export type PhoneProblem =
  'empty' | 'not-a-number' | 'invalid-country' | 'too-short' | 'too-long' | 'impossible';

export type NormalizedPhone =
  | {
      ok: true;
      /** E.164, e.g. +33123456789. */
      e164: string;
      /**
       * The extension written after the number (`x12`, `ext. 12`). It is not part of the E.164 form
       * (XiVO cannot dial it), so it is reported here for the caller to warn about, never silently kept.
       */
      extension?: string;
    }
  | { ok: false; problem: PhoneProblem; message: string };

/**
 * Parses whatever a directory holds in a phone attribute and returns it in E.164, using `country`
 * (ISO 3166-1 alpha-2, the site's country) for national forms: `01 23 45 67 89`,
 * `+33 (0)1 23 45 67 89`, `0033123456789` and `+1 (555) 123-4567 x12` all parse.
 *
 * "Possible" (right length for the country) is required, not "valid": libphonenumber's validity
 * tables reject reserved ranges such as 555, which test and demo data use on purpose.
 */
export function normalizePhone(raw: string, country: string): NormalizedPhone {
  return parsePhone(raw, country).result;
}

export type ParsedPhone =
  | (Extract<NormalizedPhone, { ok: true }> & {
      render: (format: NumberFormat, options?: FormatOptions) => string;
    })
  | Extract<NormalizedPhone, { ok: false }>;

/**
 * normalizePhone, with `render`: the number in one of formatNumber's formats, rendered from this very
 * parse when it is the one formatNumber would make, that is when the text is the E.164 number itself
 * (libphonenumber then takes the country from the number, not from `country`). Any other text (a
 * national form, a carrier code, an extension) is rendered from its E.164 number, as formatNumber does.
 */
export function parsePhoneNumber(raw: string, country: string): ParsedPhone {
  const { result, parsed } = parsePhone(raw, country);
  if (!result.ok) return result;
  const e164 = result.e164;
  const reusable = parsed !== undefined && result.extension === undefined && raw.trim() === e164;
  return {
    ...result,
    render: (format, options = {}) =>
      reusable ? formatParsed(e164, format, options, () => parsed) : formatNumber(e164, format, options),
  };
}

function parsePhone(raw: string, country: string): { result: NormalizedPhone; parsed?: PhoneNumber } {
  const text = raw.trim();
  if (text === '') return { result: { ok: false, problem: 'empty', message: 'empty phone number' } };
  try {
    const parsed = parsePhoneNumberWithError(text, country.toUpperCase() as CountryCode);
    if (!parsed.isPossible()) {
      return {
        result: {
          ok: false,
          problem: 'impossible',
          message: `${JSON.stringify(raw)} is not a possible phone number for ${country}`,
        },
      };
    }
    return {
      result:
        parsed.ext === undefined
          ? { ok: true, e164: parsed.number }
          : { ok: true, e164: parsed.number, extension: parsed.ext },
      parsed,
    };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const problem = PARSE_PROBLEMS[error.message] ?? 'not-a-number';
    return {
      result: {
        ok: false,
        problem,
        message: `${JSON.stringify(raw)} is not a phone number (${problem}, country ${country})`,
      },
    };
  }
}

const PARSE_PROBLEMS: Record<string, PhoneProblem> = {
  NOT_A_NUMBER: 'not-a-number',
  INVALID_COUNTRY: 'invalid-country',
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
};
