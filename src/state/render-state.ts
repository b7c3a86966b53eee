import type { UserState } from './generated/user.ts';
import type { QuarantineFile, QuarantinedNumber } from './generated/quarantine.ts';
import { compareText } from '../compare-text.ts';

/** `$schema` written into state/users/*.json, relative to the file. */
const USER_SCHEMA_REF = '../../schemas/user.schema.json';
/** `$schema` written into state/numbers/quarantine.json, relative to the file. */
const QUARANTINE_SCHEMA_REF = '../../schemas/quarantine.schema.json';

/**
 * The canonical text of a state file: `$schema` first, every other object key sorted recursively,
 * 2-space indentation, newline at the end. An export of an unchanged directory must change no byte,
 * so this is the only way state files are written.
 */
export function renderStateFile(state: UserState): string {
  return renderCanonicalJson({ ...state, $schema: state.$schema ?? USER_SCHEMA_REF });
}

/** Canonical text of state/numbers/quarantine.json; numbers sorted by kind, context, number. */
export function renderQuarantineFile(file: QuarantineFile): string {
  const numbers = [...file.numbers].sort(compareQuarantined);
  return renderCanonicalJson({ ...file, numbers, $schema: file.$schema ?? QUARANTINE_SCHEMA_REF });
}

function compareQuarantined(a: QuarantinedNumber, b: QuarantinedNumber): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.context ?? '', b.context ?? '') ||
    compareText(a.number, b.number) ||
    compareText(a.previousKey, b.previousKey)
  );
}

/** Any JSON value in the canonical form: `$schema` first, other keys sorted, 2-space indent, final newline. */
export function renderCanonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * The value with every object's keys in canonical order, which JSON.stringify keeps: objects whose
 * keys are already in order (a state file as read back) are kept as they are, others are copied.
 */
function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const sorted = sortKeys(value[i]);
      if (sorted !== value[i]) (copy ??= [...(value as unknown[])])[i] = sorted;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  const children = keys.map((key, i) => {
    if (i > 0 && compareKeys(keys[i - 1]!, key) > 0) inOrder = false;
    const child = sortKeys(record[key]);
    if (child !== record[key]) inOrder = false;
    return child;
  });
  if (inOrder) return record;
  const order = keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
  const sorted: Record<string, unknown> = {};
  for (const i of order) {
    const key = keys[i]!;
    // A plain assignment to "__proto__" would set the prototype, and the key would vanish.
    if (key === '__proto__')
      Object.defineProperty(sorted, key, { value: children[i], enumerable: true, writable: true });
    else sorted[key] = children[i];
  }
  return sorted;
}

function compareKeys(a: string, b: string): number {
  return a === '$schema' ? -1 : b === '$schema' ? 1 : compareText(a, b);
}
