import type { UserState } from '../state/generated/user.ts';
import { escapeText, jsonEqual, truncate } from '../state/index.ts';
import { fieldSources } from './field-sources.ts';
import type { Candidate } from './collect-candidates.ts';
import { compareText } from '../compare-text.ts';
import { completeNumbers } from './complete-numbers.ts';
import type { ExportOptions } from './export-input.ts';
import type { AllocatedNumbers, Provenance, Rejection } from './map-result.ts';
import { applyXivoOwned, xivoOwnedFields, xivoOwnedSource } from './xivo-owned.ts';

export interface SettledCandidates {
  /** The accepted states, by key, as mapped (lifecycle not applied yet). */
  write: Map<string, UserState>;
  provenance: Map<string, Record<string, Provenance>>;
  rejected: Rejection[];
}

/**
 * Turns each candidate, in key order, into the state to write: pool numbers filled in, `owner: xivo`
 * fields taken from their source, then checked: a number another person already claimed (naming
 * them), or a state the schema refuses, rejects the person.
 */
export function settleCandidates(
  candidates: ReadonlyMap<string, Candidate>,
  allocated: ReadonlyMap<string, AllocatedNumbers>,
  options: Pick<ExportOptions, 'config' | 'previous' | 'xivoOwned' | 'validate' | 'provenance'>,
): SettledCandidates {
  const { config, previous } = options;
  const owned = xivoOwnedFields(config);
  const write = new Map<string, UserState>();
  const provenance = new Map<string, Record<string, Provenance>>();
  const rejected: Rejection[] = [];
  const claimed = new Map<string, { key: string; dn: string }>();
  const sources = fieldSources(config);
  const keepProvenance = options.provenance !== false;
  for (const key of [...candidates.keys()].sort(compareText)) {
    const candidate = candidates.get(key)!;
    const numbers = allocated.get(key);
    const done =
      numbers === undefined && candidate.numberRequests.length === 0
        ? candidate
        : completeNumbers(candidate, numbers ?? {}, config, keepProvenance);
    if (!done.ok) {
      rejected.push(done.rejection);
      continue;
    }
    const { state, provenance: produced } = applyXivoOwned(
      done.user,
      done.provenance,
      owned,
      xivoOwnedSource(key, previous.get(key), options.xivoOwned),
      keepProvenance,
    );
    const conflict = findDuplicate(state, claimed);
    if (conflict !== undefined) {
      rejected.push({
        dn: state.dn,
        attribute: sources(conflict.pointer).join(', '),
        value: conflict.number,
        // validate's name for the same rule: the report and the pull request say it once.
        rule: conflict.rule,
        message: `${conflict.what} ${conflict.number} is already claimed by ${conflict.holder.dn} (key ${conflict.holder.key})`,
        holder: conflict.holder,
      });
      continue;
    }
    // Most people do not change between two exports: holding their previous state instead of an
    // equal copy keeps one object graph per person in memory, not two. That state was read valid
    // from disk, so an equal one needs no schema check.
    const before = previous.get(key);
    const unchanged = before !== undefined && jsonEqual(before, state);
    const problems = unchanged ? [] : options.validate(state);
    if (problems.length > 0) {
      rejected.push(schemaRejection(state, problems, sources));
      continue;
    }
    for (const id of numberIds(state)) claimed.set(id.id, { key, dn: state.dn });
    write.set(key, unchanged ? before : state);
    if (keepProvenance) provenance.set(key, produced);
  }
  return { write, provenance, rejected };
}

/**
 * A state the schema refuses, named as the admin can fix it: the field, the directory attributes
 * behind it, the rule and the value (escaped, and cut when long): `/user/description ← title: must
 * NOT have more than 1024 characters (value: "TTTT…" 10,000 characters)`.
 */
function schemaRejection(
  state: UserState,
  problems: readonly { pointer: string; message: string }[],
  sources: (pointer: string) => string[],
): Rejection {
  const described = problems.map(({ pointer, message }) => {
    const attributes = sources(pointer);
    const value = valueAt(state, pointer);
    const shown = typeof value === 'string' ? ` (value: "${escapeText(truncate(value))}")` : '';
    return {
      attributes,
      value,
      text: `${pointer || '/'}${attributes.length > 0 ? ` ← ${attributes.join(', ')}` : ''}: ${message}${shown}`,
    };
  });
  const first = described[0];
  return {
    dn: state.dn,
    attribute: first?.attributes.join(', ') ?? '',
    value: typeof first?.value === 'string' ? escapeText(truncate(first.value)) : '',
    rule: 'schemas/user.schema.json',
    message: described.map((d) => d.text).join('; '),
  };
}

/** The value at a JSON pointer of a state, or undefined. */
function valueAt(state: UserState, pointer: string): unknown {
  let value: unknown = state;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

interface NumberId {
  id: string;
  what: string;
  number: string;
  /** Where the number sits in the state, for the directory attributes behind it. */
  pointer: string;
  rule: string;
}

function numberIds(state: UserState): NumberId[] {
  const ids: NumberId[] = [];
  if (state.line)
    ids.push({
      id: `extension|${state.line.context}|${state.line.extension}`,
      what: 'extension',
      number: state.line.extension,
      pointer: '/line/extension',
      rule: 'unique-extension',
    });
  if (state.did)
    ids.push({
      id: `did|${state.did.number}`,
      what: 'DID',
      number: state.did.number,
      pointer: '/did/number',
      rule: 'unique-did',
    });
  if (state.agent)
    ids.push({
      id: `agent|${state.agent.number}`,
      what: 'agent number',
      number: state.agent.number,
      pointer: '/agent/number',
      rule: 'unique-agent',
    });
  return ids;
}

function findDuplicate(
  state: UserState,
  claimed: ReadonlyMap<string, { key: string; dn: string }>,
): (NumberId & { holder: { key: string; dn: string } }) | undefined {
  for (const id of numberIds(state)) {
    const holder = claimed.get(id.id);
    if (holder !== undefined) return { ...id, holder };
  }
  return undefined;
}
