import type { MapResult, Rejection } from './map-result.ts';

/**
 * A mapping step's "no": the rejection of the entry without its DN, which the composition (mapEntry,
 * completeNumbers) adds. A class, so that a step returns either its value or a Refusal and the caller
 * tells them apart with `instanceof`: a step that succeeds allocates no result wrapper, which matters
 * on 20,000 people.
 */
export class Refusal {
  readonly attribute: string;
  readonly value: string;
  readonly rule: string;
  readonly message: string;

  constructor(reason: Omit<Rejection, 'dn'>) {
    this.attribute = reason.attribute;
    this.value = reason.value;
    this.rule = reason.rule;
    this.message = reason.message;
  }
}

/** What a mapping step returns: its value, or why the entry is rejected. */
export type Step<T> = T | Refusal;

/** The result of mapping the entry at `dn` when a step refused it (fields in the order reports show them). */
export function rejected(dn: string, refusal: Refusal): Extract<MapResult, { ok: false }> {
  const { attribute, value, rule, message } = refusal;
  return { ok: false, rejection: { dn, attribute, value, rule, message } };
}

/** The refusal for a mapping that cannot be evaluated (a template or regex that does not parse). */
export function mappingRefusal(message: string): Refusal {
  return new Refusal({ attribute: '', value: '', rule: 'mapping', message });
}
