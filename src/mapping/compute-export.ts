import type { MappingConfig, NumberRange } from '../state/generated/mapping.ts';
import type { QuarantinedNumber } from '../state/generated/quarantine.ts';
import type { UserState } from '../state/generated/user.ts';
import { jsonEqual } from '../state/json-equal.ts';
import {
  allocateNumbers,
  releaseNumbers,
  reclaimNumbers,
  utcDate,
  expireQuarantine,
} from '../numbering/index.ts';
import { keyOf } from './identifier.ts';
import type { AllocatedNumbers, MapResult, MappableEntry, Provenance, Rejection } from './map-result.ts';
import { completeNumbers } from './complete-numbers.ts';
import { mapEntry } from './map-entry.ts';
import {
  type XivoOwnedValues,
  applyXivoOwned,
  withoutXivoTemplates,
  xivoOwnedFields,
  xivoOwnedSource,
} from './xivo-owned.ts';

// Shared by every person when provenance is not kept; frozen so that no caller can fill it in.
const NO_PROVENANCE: Record<string, Provenance> = Object.freeze({});

interface ExportOptions {
  config: MappingConfig;
  /** The valid state files already in the repository, by key. */
  previous: ReadonlyMap<string, UserState>;
  quarantine: readonly QuarantinedNumber[];
  /** Numbers XiVO already uses for anything (extensions, DIDs, agent numbers), from the inventory; default none. */
  usedInXivo?: ReadonlySet<string>;
  /**
   * The managed XiVO users' fields, from the inventory: `owner: xivo` fields take XiVO's values.
   * Absent (no `--xivo`): they keep the previous state's values. See xivo-owned.ts.
   */
  xivoOwned?: XivoOwnedValues;
  /** Schema check of a produced state (state's validator); messages, or an empty list when valid. */
  validate: (state: UserState) => string[];
  now: Date;
  /**
   * Whether to keep each person's provenance (default true, for `explain` and tests). The export
   * command does not show it, and on 20,000 people the records are about a tenth of its memory.
   */
  provenance?: boolean;
}

type ExportEntries = readonly { entry: MappableEntry; disabled: boolean }[];

export type ExportInput = ExportOptions &
  (
    | {
        /** Every entry the directory returned, with whether the account is disabled there. */
        entries: ExportEntries;
      }
    | {
        /** The same, already mapped one by one with entryPreparer, as they arrived. */
        prepared: readonly PreparedEntry[];
      }
  );

/** A directory entry reduced to what the export needs from it: where it is, its key, its mapping. */
export interface PreparedEntry {
  dn: string;
  disabled: boolean;
  /** Undefined when the identifier is missing or invalid (the mapping then holds the rejection). */
  key: string | undefined;
  mapped: MapResult;
}

/**
 * Maps entries one at a time, as the directory returns them, so that the export holds mappings and
 * not whole directory entries (the larger part of its memory on 20,000 people). Pure.
 */
export function entryPreparer(
  options: Pick<ExportOptions, 'config' | 'previous' | 'xivoOwned' | 'provenance'>,
): (entry: MappableEntry, disabled: boolean) => PreparedEntry {
  const { config, previous } = options;
  const ownedConfig = withoutXivoTemplates(config, xivoOwnedFields(config));
  return (entry, disabled) => {
    const identifier = keyOf(entry, config.source.identifier);
    const key = identifier.ok ? identifier.key : undefined;
    // A field XiVO (or the previous state) will provide is not read from the directory at all, so a
    // bad directory value there cannot reject the person.
    const owner =
      key === undefined ? 'directory' : xivoOwnedSource(key, previous.get(key), options.xivoOwned).from;
    const mapped = mapEntry(entry, owner === 'directory' ? config : ownedConfig);
    if (mapped.ok) {
      if (options.provenance === false) mapped.provenance = NO_PROVENANCE;
      if (key !== undefined) shareUnchanged(mapped.user, previous.get(key));
    }
    return { dn: entry.dn, disabled, key, mapped };
  };
}

/**
 * Replaces each top-level part of a freshly mapped state (its `user`, `contact`, `dn`, …) that equals
 * the previous state's by the previous one, so that a person who did not change is held once, not
 * twice, until the export ends. States are never mutated in place after mapping, so sharing is safe.
 */
function shareUnchanged(mapped: UserState, before: UserState | undefined): void {
  if (before === undefined) return;
  const target = mapped as unknown as Record<string, unknown>;
  const source = before as unknown as Record<string, unknown>;
  for (const [part, value] of Object.entries(target)) {
    if (value !== source[part] && jsonEqual(value, source[part])) target[part] = source[part];
  }
}

export interface ExportResult {
  /** Every state that should exist after the export, by key (unchanged ones included: the writer skips equal bytes). */
  write: Map<string, UserState>;
  /** Keys whose files are removed (grace period over). */
  remove: string[];
  quarantine: QuarantinedNumber[];
  rejected: Rejection[];
  /** Keys newly disabled in this run (disabled in the directory, or missing from it). */
  disabled: string[];
  provenance: Map<string, Record<string, Provenance>>;
}

type Kind = 'did' | 'extension' | 'agent';

/**
 * The pure heart of `xivo-sync export`: maps every entry, allocates pool numbers deterministically,
 * rejects duplicates (naming both people), and applies the lifecycle (disabled or missing →
 * `disabled` with `since`; after `lifecycle.graceDays` → removed, numbers quarantined). A rejected
 * person keeps the previous state unchanged. `owner: xivo` fields take XiVO's value when the person's
 * XiVO user exists, the previous state's when XiVO was not read, else the directory's (xivo-owned.ts).
 */
export function computeExport(input: ExportInput): ExportResult {
  const { config, previous, now } = input;
  const today = utcDate(now);
  const graceDays = config.lifecycle?.graceDays ?? 30;
  const quarantineDays = config.lifecycle?.quarantineDays ?? 90;
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  const write = new Map<string, UserState>();
  const provenance = new Map<string, Record<string, Provenance>>();

  type Candidate = Extract<MapResult, { ok: true }> & { disabled: boolean };
  const candidates = new Map<string, Candidate>();
  const dnOfKey = new Map<string, string>();
  const owned = xivoOwnedFields(config);
  const prepared = 'prepared' in input ? [...input.prepared] : prepareAll(input, input.entries);
  // DN order: of two entries claiming one key, the first DN keeps it, whatever order the server used.
  prepared.sort((a, b) => compareText(a.dn, b.dn));
  for (const { dn, disabled, key, mapped } of prepared) {
    if (key !== undefined) {
      const other = dnOfKey.get(key);
      if (other !== undefined) {
        rejected.push({
          dn,
          attribute: config.source.identifier.attribute.toLowerCase(),
          value: key,
          rule: 'source.identifier',
          message: `key ${key} is also the key of ${other}`,
        });
        continue;
      }
      dnOfKey.set(key, dn);
      seen.add(key);
    }
    if (!mapped.ok) {
      rejected.push(mapped.rejection);
      continue;
    }
    candidates.set(mapped.user.key, { ...mapped, disabled });
  }

  // Numbers held in state by people not being re-mapped now (rejected, missing, disabled) stay theirs.
  const held = (kind: Kind, state: UserState): string | undefined =>
    kind === 'did' ? state.did?.number : kind === 'extension' ? state.line?.extension : state.agent?.number;
  const ours = new Set<string>();
  for (const state of previous.values())
    for (const kind of ['did', 'extension', 'agent'] as const) addIf(ours, held(kind, state));

  const allocated = new Map<string, AllocatedNumbers>();
  // DIDs have no context: one number plan for the whole system.
  const groups = new Map<string, { kind: Kind; context: string; pool: NumberRange[]; keys: string[] }>();
  for (const [key, candidate] of candidates) {
    for (const request of candidate.numberRequests) {
      const context = request.kind === 'did' ? '' : request.context;
      const id = `${request.kind}|${context}|${JSON.stringify(request.pool)}`;
      const group = groups.get(id) ?? { kind: request.kind, context, pool: request.pool, keys: [] };
      group.keys.push(key);
      groups.set(id, group);
    }
  }
  const { kept: liveQuarantine } = expireQuarantine(input.quarantine, quarantineDays, now);
  const reclaimed: QuarantinedNumber[] = [];
  // By context too: one person may have left the same extension in quarantine in two contexts, and
  // only the one in the context they come back to is theirs again.
  const quarantineId = (kind: string, context: string | undefined, number: string, key: string): string =>
    `${kind}|${context ?? ''}|${number}|${key}`;
  const quarantinedFor = new Map(
    liveQuarantine.map((q) => [quarantineId(q.kind, q.context, q.number, q.previousKey), q]),
  );
  for (const group of [...groups.values()].sort((a, b) => compareText(a.kind, b.kind))) {
    const requesters = new Set(group.keys);
    const used = new Set<string>();
    for (const number of input.usedInXivo ?? []) if (!ours.has(number)) used.add(number);
    for (const [key, state] of previous) if (!requesters.has(key)) addIf(used, held(group.kind, state));
    for (const [key, candidate] of candidates)
      if (!requesters.has(key)) addIf(used, held(group.kind, candidate.user));
    const result = allocateNumbers({
      requests: group.keys.map((key) => ({ key, current: previousNumber(previous.get(key), group.kind) })),
      pool: group.pool,
      used,
      quarantine: liveQuarantine.filter((q) => q.kind === group.kind),
      quarantineDays,
      now,
    });
    for (const [key, number] of result.assigned) {
      allocated.set(key, { ...allocated.get(key), [group.kind]: number });
      // An entry without a context (the schema allows one) stands for any context.
      const back =
        quarantinedFor.get(quarantineId(group.kind, group.context, number, key)) ??
        quarantinedFor.get(quarantineId(group.kind, undefined, number, key));
      if (back !== undefined) reclaimed.push(back);
    }
    for (const key of result.exhausted) {
      const candidate = candidates.get(key)!;
      rejected.push({
        dn: candidate.user.dn,
        attribute: '',
        value: '',
        rule: group.kind,
        message: `no free ${group.kind} number left in ${group.pool.map((r) => `${r.start}-${r.end}`).join(', ')}`,
      });
      candidates.delete(key);
    }
  }

  const claimed = new Map<string, { key: string; dn: string }>();
  for (const key of [...candidates.keys()].sort(compareText)) {
    const candidate = candidates.get(key)!;
    const numbers = allocated.get(key);
    const done =
      numbers === undefined && candidate.numberRequests.length === 0
        ? candidate
        : completeNumbers(candidate, numbers ?? {}, config);
    if (!done.ok) {
      rejected.push(done.rejection);
      continue;
    }
    const { state, provenance: produced } = applyXivoOwned(
      done.user,
      done.provenance,
      owned,
      xivoOwnedSource(key, previous.get(key), input.xivoOwned),
    );
    const conflict = findDuplicate(state, claimed);
    if (conflict !== undefined) {
      rejected.push({
        dn: state.dn,
        attribute: '',
        value: conflict.number,
        rule: conflict.what,
        message: `${conflict.what} ${conflict.number} is already claimed by ${conflict.holder.dn} (key ${conflict.holder.key})`,
      });
      continue;
    }
    const problems = input.validate(state);
    if (problems.length > 0) {
      rejected.push({
        dn: state.dn,
        attribute: '',
        value: '',
        rule: 'schemas/user.schema.json',
        message: problems.join('; '),
      });
      continue;
    }
    for (const id of numberIds(state)) claimed.set(id.id, { key, dn: state.dn });
    // Most people do not change between two exports: holding their previous state instead of an
    // equal copy keeps one object graph per person in memory, not two.
    const before = previous.get(key);
    write.set(key, before !== undefined && jsonEqual(before, state) ? before : state);
    if (input.provenance !== false) provenance.set(key, produced);
  }

  // Lifecycle.
  const disabled: string[] = [];
  const remove: string[] = [];
  const removing = new Set<string>();
  const released: Parameters<typeof releaseNumbers>[1][number][] = [];
  const rejectedKeys = new Set([...seen].filter((key) => !write.has(key)));
  for (const [key, state] of write) {
    if (!candidates.get(key)!.disabled) continue;
    const before = previous.get(key);
    const since = before?.status === 'disabled' && before.since !== undefined ? before.since : today;
    const disabledState = { ...state, status: 'disabled' as const, since };
    if (before?.status !== 'disabled') disabled.push(key);
    if (expired(since, graceDays, now)) {
      write.delete(key);
      if (before !== undefined) {
        remove.push(key);
        removing.add(key);
        released.push(...releasable(before));
      }
    } else write.set(key, disabledState);
  }
  for (const [key, before] of previous) {
    if (write.has(key) || rejectedKeys.has(key) || removing.has(key) || seen.has(key)) continue;
    const since = before.status === 'disabled' && before.since !== undefined ? before.since : today;
    if (before.status !== 'disabled') disabled.push(key);
    if (expired(since, graceDays, now)) {
      remove.push(key);
      released.push(...releasable(before));
    } else write.set(key, { ...before, status: 'disabled', since });
  }

  const quarantine = releaseNumbers(reclaimNumbers(input.quarantine, reclaimed), released, now);
  return {
    write,
    remove: remove.sort(compareText),
    quarantine,
    rejected,
    disabled: disabled.sort(compareText),
    provenance,
  };
}

function prepareAll(options: ExportOptions, entries: ExportEntries): PreparedEntry[] {
  const prepare = entryPreparer(options);
  return entries.map(({ entry, disabled }) => prepare(entry, disabled));
}

function previousNumber(state: UserState | undefined, kind: Kind): string | undefined {
  if (state === undefined) return undefined;
  return kind === 'did'
    ? state.did?.number
    : kind === 'extension'
      ? state.line?.extension
      : state.agent?.number;
}

function releasable(
  state: UserState,
): { kind: QuarantinedNumber['kind']; number: string; context?: string; previousKey: string }[] {
  const out: { kind: QuarantinedNumber['kind']; number: string; context?: string; previousKey: string }[] =
    [];
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

function numberIds(state: UserState): { id: string; what: string; number: string }[] {
  const ids: { id: string; what: string; number: string }[] = [];
  if (state.line)
    ids.push({
      id: `extension|${state.line.context}|${state.line.extension}`,
      what: 'extension',
      number: state.line.extension,
    });
  if (state.did) ids.push({ id: `did|${state.did.number}`, what: 'DID', number: state.did.number });
  if (state.agent)
    ids.push({ id: `agent|${state.agent.number}`, what: 'agent number', number: state.agent.number });
  return ids;
}

function findDuplicate(
  state: UserState,
  claimed: ReadonlyMap<string, { key: string; dn: string }>,
): { what: string; number: string; holder: { key: string; dn: string } } | undefined {
  for (const id of numberIds(state)) {
    const holder = claimed.get(id.id);
    if (holder !== undefined) return { what: id.what, number: id.number, holder };
  }
  return undefined;
}

function expired(since: string, graceDays: number, now: Date): boolean {
  return now.getTime() >= Date.parse(`${since}T00:00:00Z`) + graceDays * 86_400_000;
}

function addIf(set: Set<string>, value: string | undefined): void {
  if (value !== undefined && value !== '') set.add(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
