import type { ResolvedConfig } from '../config/index.ts';
import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { type Issue, checkStateConsistency, jsonEqual } from '../state/index.ts';
import type { Rejection } from './map-result.ts';

export interface EnforceInput {
  /** The states the export would write, by key; people who break a rule are taken out in place. */
  write: Map<string, UserState>;
  previous: ReadonlyMap<string, UserState>;
  config: ResolvedConfig;
  quarantine: readonly QuarantinedNumber[];
  /** The directory attributes behind a state field (fieldSources). */
  sources: (pointer: string) => string[];
}

/**
 * Runs `validate`'s cross-file rules (uniqueness of e-mail, username, extension, DID, voicemail and
 * agent numbers; ranges; control characters; …) on what the export would write, and rejects the
 * people who break one, so that the export never leaves a state `validate` refuses. A rejected person
 * keeps the previous file (a new one gets none), so the one already in state keeps the value and
 * everyone else proceeds. Repeats until nothing this export changed breaks a rule: taking someone back
 * to their previous file can make the newcomer who took their old value the culprit. Problems in files
 * this export did not change are not its doing, and are left to `validate`.
 */
export function enforceStateRules(input: EnforceInput): { rejected: Rejection[]; reverted: Set<string> } {
  const { write, previous, config, sources } = input;
  const rejected: Rejection[] = [];
  const reverted = new Set<string>();
  const changed = (key: string): boolean => {
    const state = write.get(key);
    const before = previous.get(key);
    // Most people are the very object read from state: no comparison needed.
    return state !== undefined && state !== before && !jsonEqual(state, before);
  };
  const changedKeys = new Set([...write.keys()].filter(changed));
  for (;;) {
    const refs = new Map([...write].map(([key, state]) => [key, { file: fileOf(key), state }]));
    const issues = checkStateConsistency(refs, config, { numbers: [...input.quarantine] }, changedKeys);
    let progress = false;
    for (const issue of issues) {
      const key = blame(issue, changed, previous);
      if (key === undefined || reverted.has(key)) continue;
      const state = write.get(key)!;
      rejected.push(rejection(issue, key, state, write, sources));
      const before = previous.get(key);
      if (before === undefined) write.delete(key);
      else write.set(key, before);
      reverted.add(key);
      progress = true;
    }
    if (!progress) return { rejected, reverted };
  }
}

function fileOf(key: string): string {
  return `state/users/${key}.json`;
}

function keyOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/**
 * Who broke the rule. For a value two people hold, the one this export changed; when both changed,
 * the newcomer to state, else the later file.
 */
function blame(
  issue: Issue,
  changed: (key: string) => boolean,
  previous: ReadonlyMap<string, UserState>,
): string | undefined {
  const a = keyOf(issue.file);
  if (issue.holder === undefined) return changed(a) ? a : undefined;
  const b = keyOf(issue.holder);
  if (changed(a) && changed(b)) return !previous.has(a) ? a : !previous.has(b) ? b : a;
  return changed(a) ? a : changed(b) ? b : undefined;
}

function rejection(
  issue: Issue,
  key: string,
  state: UserState,
  write: ReadonlyMap<string, UserState>,
  sources: (pointer: string) => string[],
): Rejection {
  const attributes = sources(issue.pointer);
  const field = attributes.length > 0 ? `${issue.pointer} ← ${attributes.join(', ')}` : issue.pointer;
  const value = issue.value === undefined ? '' : text(issue.value);
  const base = { dn: state.dn, attribute: attributes.join(', '), value, rule: issue.rule };
  if (issue.holder === undefined) return { ...base, message: `${field}: ${issue.message}` };
  // Name the holder from the other side when the holder is the one rejected.
  const other = keyOf(issue.holder) === key ? keyOf(issue.file) : keyOf(issue.holder);
  const holder = { dn: write.get(other)?.dn ?? other, key: other };
  return { ...base, message: `${field}: ${value} is already held by ${holder.dn} (key ${other})`, holder };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
