// Public surface of src/numbering: other folders import only this file.
export { NumberingError } from './errors.ts';
export { type ParsedPhone, normalizePhone, parsePhoneNumber } from './normalize-phone.ts';
export { formatNumber, lastDigits } from './format-number.ts';
export { type NumberRange, checkExtension, inRanges } from './ranges.ts';
export { type AllocationInput, allocateNumbers } from './allocate-numbers.ts';
export { expireQuarantine, reclaimNumbers, releaseNumbers, utcDate } from './quarantine.ts';
