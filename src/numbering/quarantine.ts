import type { QuarantinedNumber } from '../state/generated/quarantine.ts';

const DAY_MS = 86_400_000;

/** `now` as the UTC date written in state files (YYYY-MM-DD). */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a released number is still held back on `now` (released less than `days` days ago). */
export function isQuarantined(entry: QuarantinedNumber, days: number, now: Date): boolean {
  const released = Date.parse(`${entry.releasedOn}T00:00:00Z`);
  return Number.isFinite(released) && now.getTime() < released + days * DAY_MS;
}

export type ReleasedNumber = Omit<QuarantinedNumber, 'releasedOn'>;

/**
 * Adds numbers released by removed people, dated `now`. A number already in quarantine is
 * re-dated (it was released again). The result is sorted (kind, context, number) so the file
 * is stable.
 */
export function releaseNumbers(
  quarantine: readonly QuarantinedNumber[],
  released: readonly ReleasedNumber[],
  now: Date,
): QuarantinedNumber[] {
  const byId = new Map<string, QuarantinedNumber>();
  for (const entry of quarantine) byId.set(identity(entry), entry);
  for (const entry of released) byId.set(identity(entry), { ...entry, releasedOn: utcDate(now) });
  return sortQuarantine([...byId.values()]);
}

/** Splits the quarantine into numbers still held back and numbers free again on `now`. */
export function expireQuarantine(
  quarantine: readonly QuarantinedNumber[],
  days: number,
  now: Date,
): { kept: QuarantinedNumber[]; expired: QuarantinedNumber[] } {
  const kept: QuarantinedNumber[] = [];
  const expired: QuarantinedNumber[] = [];
  for (const entry of quarantine) (isQuarantined(entry, days, now) ? kept : expired).push(entry);
  return { kept: sortQuarantine(kept), expired: sortQuarantine(expired) };
}

/** Removes numbers that were given back to someone (a returning person). */
export function reclaimNumbers(
  quarantine: readonly QuarantinedNumber[],
  reclaimed: readonly Pick<QuarantinedNumber, 'kind' | 'number' | 'context'>[],
): QuarantinedNumber[] {
  const gone = new Set(reclaimed.map(identity));
  return quarantine.filter((entry) => !gone.has(identity(entry)));
}

function identity(entry: Pick<QuarantinedNumber, 'kind' | 'number' | 'context'>): string {
  return `${entry.kind}\u0000${entry.context ?? ''}\u0000${entry.number}`;
}

function sortQuarantine(entries: QuarantinedNumber[]): QuarantinedNumber[] {
  return entries.sort((a, b) => {
    const ka = identity(a);
    const kb = identity(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
