import { compareText } from '../compare-text.ts';
import type { UserState } from '../state/index.ts';
import { type InventoryIndex, at } from './index-inventory.ts';
import type { LiveContext, LiveRange } from './live-inventory.ts';

/** The part of a person a refusal stops: its steps are not planned. */
export type RefusedPart = 'line' | 'did' | 'voicemail' | 'callPermission';

export interface Refusal {
  part: RefusedPart;
  message: string;
}

/**
 * The refusals confd would give to this person's state that the inventory already shows: a context
 * that does not exist or has the wrong type, an extension or DID outside every range of its context
 * (XiVO 16.15 checks the union of the context's ranges on create and update; patterns are exempt), a
 * call permission that does not exist. Pure. Objects that already exist are not checked: confd
 * accepted them.
 */
export function predictRefusals(state: UserState, index: InventoryIndex): Refusal[] {
  const refusals: Refusal[] = [];
  const line = state.line ?? null;
  if (line) {
    const problem = checkNumber(index, 'extension', line.extension, line.context, 'internal');
    if (problem) refusals.push({ part: 'line', message: problem });
  }
  const did = state.did ?? null;
  if (did) {
    const problem = checkNumber(index, 'DID', did.exten, did.context, 'incall');
    if (problem) refusals.push({ part: 'did', message: problem });
  }
  const voicemail = state.voicemail ?? null;
  if (voicemail && index.contexts && !index.contexts.has(voicemail.context)) {
    refusals.push({
      part: 'voicemail',
      message: `voicemail ${at(voicemail.number, voicemail.context)}: context '${voicemail.context}' does not exist in XiVO`,
    });
  }
  for (const name of [...new Set(state.callPermissions ?? [])].sort(compareText)) {
    if (!index.permissionByName.has(name)) {
      refusals.push({ part: 'callPermission', message: `call permission '${name}' does not exist in XiVO` });
    }
  }
  return refusals;
}

function checkNumber(
  index: InventoryIndex,
  what: 'extension' | 'DID',
  exten: string,
  contextName: string,
  type: 'internal' | 'incall',
): string | undefined {
  if (index.contexts === null) return undefined;
  const label = `${what} ${at(exten, contextName)}`;
  const context = index.contexts.get(contextName);
  if (!context) return `${label}: context '${contextName}' does not exist in XiVO`;
  if (context.type !== type) {
    return `${label}: context '${contextName}' is of type ${context.type}, and ${what === 'DID' ? 'a DID needs an incall' : 'a line needs an internal'} context`;
  }
  // The ranges before the numbers in use: most numbers are in range, and then the plan never needs
  // the index of every extension by number.
  if (exten.startsWith('_') || context.ranges.some((range) => inRange(exten, range))) return undefined;
  if (index.extByNumber.has(exten, contextName)) return undefined;
  return `${label} is outside the ranges of context '${contextName}' (${describeRanges(context)})`;
}

/** XiVO's rule (`contextnumbers.in_range`): numbers compared as integers, bounds cut to their last `didLength` digits. */
function inRange(exten: string, range: LiveRange): boolean {
  if (!/^\d+$/.test(exten) || !/^\d+$/.test(range.start) || !/^\d+$/.test(range.end)) return false;
  const cut = (bound: string): bigint => BigInt(range.didLength > 0 ? bound.slice(-range.didLength) : bound);
  const value = BigInt(exten);
  return cut(range.start) <= value && value <= cut(range.end);
}

function describeRanges(context: LiveContext): string {
  if (context.ranges.length === 0) return 'it has none';
  const shown = context.ranges.slice(0, 6).map((r) => {
    const span = r.start === r.end ? r.start : `${r.start}-${r.end}`;
    return r.didLength > 0 ? `${span}, last ${r.didLength} digits` : span;
  });
  const more = context.ranges.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
