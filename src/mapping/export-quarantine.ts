import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { expireQuarantine, reclaimNumbers, releaseNumbers } from '../numbering/index.ts';

/** A number leaving a removed person's state, for the quarantine. */
export type ReleasedNumber = Parameters<typeof releaseNumbers>[1][number];

/** The numbers still held back on `now`: the ones the pools may not hand out, except to their previous holder. */
export function liveQuarantine(
  quarantine: readonly QuarantinedNumber[],
  quarantineDays: number,
  now: Date,
): QuarantinedNumber[] {
  return expireQuarantine(quarantine, quarantineDays, now).kept;
}

/**
 * Finds the live quarantine entry a number given to `key` comes back from (the person held it before
 * leaving), so that it leaves the quarantine.
 */
export function quarantineLookup(
  live: readonly QuarantinedNumber[],
): (
  kind: QuarantinedNumber['kind'],
  context: string,
  number: string,
  key: string,
) => QuarantinedNumber | undefined {
  // By context too: one person may have left the same extension in quarantine in two contexts, and
  // only the one in the context they come back to is theirs again.
  const quarantineId = (kind: string, context: string | undefined, number: string, key: string): string =>
    `${kind}|${context ?? ''}|${number}|${key}`;
  const quarantinedFor = new Map(
    live.map((q) => [quarantineId(q.kind, q.context, q.number, q.previousKey), q]),
  );
  // An entry without a context (the schema allows one) stands for any context.
  return (kind, context, number, key) =>
    quarantinedFor.get(quarantineId(kind, context, number, key)) ??
    quarantinedFor.get(quarantineId(kind, undefined, number, key));
}

/** The numbers a removed person's state held, to quarantine. */
export function releasable(state: UserState): ReleasedNumber[] {
  const out: ReleasedNumber[] = [];
  if (state.line)
    out.push({
      kind: 'extension',
      number: state.line.extension,
      context: state.line.context,
      previousKey: state.key,
    });
  if (state.did) out.push({ kind: 'did', number: state.did.number, previousKey: state.key });
  if (state.agent)
    out.push({
      kind: 'agent',
      number: state.agent.number,
      context: state.agent.context,
      previousKey: state.key,
    });
  return out;
}

/** The quarantine after this export: numbers given back to their holder leave it, released ones enter it dated `now`. */
export function nextQuarantine(
  quarantine: readonly QuarantinedNumber[],
  reclaimed: readonly QuarantinedNumber[],
  released: readonly ReleasedNumber[],
  now: Date,
): QuarantinedNumber[] {
  return releaseNumbers(reclaimNumbers(quarantine, reclaimed), released, now);
}
