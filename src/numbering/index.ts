// Public surface of src/numbering: other folders import only this file.
export { NumberingError } from './errors.ts';
export { type NormalizedPhone, type PhoneProblem, normalizePhone } from './normalize-phone.ts';
export {
  type FormatOptions,
  type NumberFormat,
  countryOf,
  formatNumber,
  lastDigits,
} from './format-number.ts';
export { type NumberRange, checkExtension, inRanges, rangeNumbers } from './ranges.ts';
export {
  type AllocationInput,
  type AllocationResult,
  type NumberRequest,
  allocateNumbers,
} from './allocate-numbers.ts';
export {
  type ReleasedNumber,
  expireQuarantine,
  isQuarantined,
  reclaimNumbers,
  releaseNumbers,
  utcDate,
} from './quarantine.ts';
