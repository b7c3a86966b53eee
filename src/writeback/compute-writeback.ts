import { compareText } from '../compare-text.ts';
import type { ResolvedConfig } from '../config/index.ts';
import { formatNumber } from '../numbering/index.ts';
import type { LiveInventory } from '../plan/index.ts';
import type { UserState } from '../state/index.ts';

/** What XiVO holds for one person after apply: the outcomes write-back can send to the directory. */
export interface PersonOutcome {
  key: string;
  extension: string | null;
  /** The DID in E.164. */
  did: string | null;
  /** XiVO's DID differs from state's: its attribute is left alone. */
  didDisagrees: boolean;
  /** Disabled in state: gone from the directory or disabled there, so a missing entry is expected. */
  disabled?: boolean;
  uuid: string;
  agent: string | null;
  /** XiVO-owned user fields, by field name. */
  fields: Record<string, string | null>;
}

/** An outcome write-back must leave as the directory has it. */
const KEEP = Symbol('keep');

/** One attribute of the directory and the outcome it receives. */
interface Target {
  attribute: string;
  value: (outcome: PersonOutcome) => string | null | typeof KEEP;
}

/** A directory entry as write-back reads it: found by key, with the values of the target attributes. */
export interface DirectoryRecord {
  dn: string;
  /** Lower-cased attribute name → values. */
  values: Record<string, string[]>;
}

export interface AttributeChange {
  operation: 'add' | 'replace' | 'delete';
  attribute: string;
  /** Empty for a delete: every value goes. */
  values: string[];
}

export interface EntryChange {
  key: string;
  dn: string;
  changes: AttributeChange[];
}

export interface WriteBackProblem {
  key: string;
  message: string;
}

export interface WriteBackPlan {
  /** One per entry that needs a modification, by key. */
  changes: EntryChange[];
  /** People in XiVO whose entry the directory no longer holds (deleted, or outside the filter). */
  vanished: string[];
  problems: WriteBackProblem[];
}

/** The attributes write-back writes, from mappings/ `writeBack:`. */
function writeBackTargets(config: ResolvedConfig): Target[] {
  const wb = config.writeBack;
  if (wb === undefined) return [];
  const targets: Target[] = [];
  if (wb.extension !== undefined) targets.push({ attribute: wb.extension, value: (o) => o.extension });
  if (wb.did !== undefined) {
    const { attribute, format = 'e164' } = typeof wb.did === 'string' ? { attribute: wb.did } : wb.did;
    targets.push({
      attribute,
      value: (o) => (o.didDisagrees ? KEEP : o.did === null ? null : formatNumber(o.did, format)),
    });
  }
  if (wb.xivoUuid !== undefined) targets.push({ attribute: wb.xivoUuid, value: (o) => o.uuid });
  if (wb.agent !== undefined) targets.push({ attribute: wb.agent, value: (o) => o.agent });
  for (const [field, attribute] of Object.entries(wb.fields ?? {}).sort((a, b) => compareText(a[0], b[0])))
    targets.push({ attribute, value: (o) => o.fields[field] ?? null });
  return targets;
}

/** The attributes to read from each entry (the targets'). */
export function targetAttributes(config: ResolvedConfig): string[] {
  return [...new Set(writeBackTargets(config).map((t) => t.attribute))];
}

/**
 * What XiVO holds for each person of state that it manages, read from the live inventory after
 * apply. The DID's E.164 form comes from state when XiVO holds the same DID; a DID that differs from
 * state (an apply that did not converge) is a problem, and its attribute is left alone.
 */
export function outcomesFrom(
  states: readonly UserState[],
  inventory: LiveInventory,
  keyField: string,
  xivoFields: readonly string[],
): { outcomes: PersonOutcome[]; problems: WriteBackProblem[] } {
  const usersByKey = new Map<string, LiveInventory['users'][number]>();
  for (const user of inventory.users) {
    const marker = user.fields[keyField];
    if (typeof marker === 'string' && marker.trim() !== '') usersByKey.set(marker.trim(), user);
  }
  const lines = new Map(inventory.lines.map((l) => [l.id, l]));
  const extensions = new Map(inventory.extensions.map((e) => [e.id, e]));
  const agents = new Map(inventory.agents.map((a) => [a.id, a]));
  const outcomes: PersonOutcome[] = [];
  const problems: WriteBackProblem[] = [];
  for (const state of [...states].sort((a, b) => compareText(a.key, b.key))) {
    const user = usersByKey.get(state.key);
    // Not in XiVO (not created yet, or blocked): nothing of it is written, nothing is deleted.
    if (!user) continue;
    const mainLine = user.lineIds.length > 0 ? lines.get(user.lineIds[0] as number) : undefined;
    const lineExt = mainLine?.extensionIds[0];
    const incall = inventory.incalls.find((i) => i.userId === user.id && i.extensionIds.length > 0);
    const didExt = incall === undefined ? undefined : extensions.get(incall.extensionIds[0] as number);
    let did: string | null = null;
    let didDisagrees = false;
    if (didExt !== undefined) {
      if (state.did && state.did.exten === didExt.exten && state.did.context === didExt.context) {
        did = state.did.number;
      } else {
        didDisagrees = true;
        problems.push({
          key: state.key,
          message: `XiVO routes DID ${didExt.exten}@${didExt.context} to this person, state says ${state.did ? `${state.did.exten}@${state.did.context}` : 'none'}: the DID attribute is left as it is (re-run apply)`,
        });
      }
    }
    const outcome: PersonOutcome = {
      key: state.key,
      extension: lineExt === undefined ? null : (extensions.get(lineExt)?.exten ?? null),
      did,
      didDisagrees,
      ...(state.status === 'disabled' ? { disabled: true } : {}),
      uuid: user.uuid,
      agent: user.agentId === null ? null : (agents.get(user.agentId)?.number ?? null),
      fields: Object.fromEntries(
        xivoFields.map((field) => {
          const value = user.fields[field];
          return [field, typeof value === 'string' && value !== '' ? value : null];
        }),
      ),
    };
    outcomes.push(outcome);
  }
  return { outcomes, problems };
}

/**
 * The modifications that make each entry hold its person's outcomes: `add` where the attribute has
 * no value, `replace` where it has others, `delete` where the outcome is gone. Only what differs, so a
 * second run makes none. Pure.
 */
export function computeWriteBack(
  outcomes: readonly PersonOutcome[],
  entries: ReadonlyMap<string, DirectoryRecord>,
  config: ResolvedConfig,
): WriteBackPlan {
  const targets = writeBackTargets(config);
  const changes: EntryChange[] = [];
  const vanished: string[] = [];
  for (const outcome of outcomes) {
    const entry = entries.get(outcome.key);
    if (!entry) {
      // Someone who left the directory is disabled until the grace period ends: nothing to write to.
      if (outcome.disabled !== true) vanished.push(outcome.key);
      continue;
    }
    // Several outcomes may share an attribute: its values are theirs together.
    const wanted = new Map<string, { attribute: string; values: string[]; skip: boolean }>();
    for (const target of targets) {
      const name = target.attribute.toLowerCase();
      const slot = wanted.get(name) ?? { attribute: target.attribute, values: [], skip: false };
      const value = target.value(outcome);
      if (value === KEEP) slot.skip = true;
      else if (value !== null && !slot.values.includes(value)) slot.values.push(value);
      wanted.set(name, slot);
    }
    const entryChanges: AttributeChange[] = [];
    for (const [name, { attribute, values, skip }] of wanted) {
      if (skip) continue;
      const current = entry.values[name] ?? [];
      if (sameSet(current, values)) continue;
      if (values.length === 0) entryChanges.push({ operation: 'delete', attribute, values: [] });
      else if (current.length === 0) entryChanges.push({ operation: 'add', attribute, values });
      else entryChanges.push({ operation: 'replace', attribute, values });
    }
    if (entryChanges.length > 0) changes.push({ key: outcome.key, dn: entry.dn, changes: entryChanges });
  }
  return { changes, vanished, problems: [] };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}
