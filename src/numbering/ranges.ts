import { NumberingError } from './errors.ts';

/** An inclusive range of numbers of the same length; E.164 ranges keep their `+`. */
export interface NumberRange {
  start: string;
  end: string;
}

const NUMBER = /^\+?\d+$/;

function checkRange(range: NumberRange): void {
  if (!NUMBER.test(range.start) || !NUMBER.test(range.end)) {
    throw new NumberingError(
      `range ${range.start}-${range.end} must hold digits (optionally after +)`,
      range.start,
    );
  }
  if (range.start.length !== range.end.length || range.start.startsWith('+') !== range.end.startsWith('+')) {
    throw new NumberingError(
      `range ${range.start}-${range.end} must have bounds of the same length`,
      range.start,
    );
  }
  if (range.start > range.end)
    throw new NumberingError(`range ${range.start}-${range.end} is reversed`, range.start);
}

/**
 * Whether `number` lies in one of `ranges`. Same-length digit strings compare like numbers, so
 * string comparison keeps leading zeros (extension `0042`) meaningful; a different length never matches.
 */
export function inRanges(number: string, ranges: readonly NumberRange[]): boolean {
  return ranges.some((range) => {
    checkRange(range);
    return (
      number.length === range.start.length &&
      NUMBER.test(number) &&
      number >= range.start &&
      number <= range.end
    );
  });
}

/**
 * Validates an internal extension against the context's ranges. libphonenumber is not used here: it
 * does not parse short numbers. Returns a message, or undefined when the extension is fine.
 */
export function checkExtension(extension: string, ranges: readonly NumberRange[]): string | undefined {
  if (!/^\d+$/.test(extension)) return `extension ${JSON.stringify(extension)} must be digits`;
  if (!inRanges(extension, ranges)) {
    return `extension ${extension} is outside the ranges ${ranges.map((r) => `${r.start}-${r.end}`).join(', ')}`;
  }
  return undefined;
}

/** Every number of a range in ascending order, lazily (DID ranges can hold 10 000 numbers). */
export function* rangeNumbers(range: NumberRange): Generator<string> {
  checkRange(range);
  const plus = range.start.startsWith('+') ? '+' : '';
  const width = range.start.length - plus.length;
  const end = BigInt(range.end.slice(plus.length));
  for (let n = BigInt(range.start.slice(plus.length)); n <= end; n++) {
    yield plus + n.toString().padStart(width, '0');
  }
}
