import { formatNumber } from '../numbering/index.ts';
import type { UserState } from '../state/index.ts';
import { compareText } from '../compare-text.ts';

/** How a person's state changed between two revisions, from the telephony admin's point of view. */
export type ChangeKind =
  'new' | 'renumbered' | 'updated' | 'disabled' | 're-enabled' | 'removed' | 'unreadable';

/** The order of the summary table and of the details: what needs the reviewer's eyes first. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'new',
  'renumbered',
  'updated',
  'disabled',
  're-enabled',
  'removed',
  'unreadable',
];

/** One side of a changed state file: the parsed state, or why it could not be read. */
export type StateSide = { state: UserState; text: string } | { error: string; text: string } | undefined;

export interface ChangedFile {
  /** The file's path in the repository, e.g. `state/users/1101.json`. */
  file: string;
  before: StateSide;
  after: StateSide;
}

export interface PersonChange {
  key: string;
  /** "Firstname Lastname" as the state has it (after the change when there is an after). */
  name: string;
  site: string;
  kind: ChangeKind;
  /** What changed, in telephony words: `ext 6710 → 6744 (renumbered)`, `e-mail a → b`. */
  details: string[];
  file: string;
  beforeText?: string;
  afterText?: string;
}

/**
 * The changes of the people whose state files differ, in telephony words, sorted by site then name.
 * Pure: the texts are those of the two revisions; a file that does not parse is `unreadable` (the
 * review shows it rather than hiding it; `validate` says what is wrong with it).
 */
export function personChanges(files: readonly ChangedFile[]): PersonChange[] {
  const changes: PersonChange[] = [];
  for (const { file, before, after } of files) {
    const key = file.replace(/^.*\//, '').replace(/\.json$/, '');
    const texts = { file, beforeText: before?.text, afterText: after?.text };
    const broken = [before, after].find((side) => side !== undefined && 'error' in side);
    if (broken !== undefined && 'error' in broken) {
      changes.push({ key, name: key, site: '?', kind: 'unreadable', details: [broken.error], ...texts });
      continue;
    }
    const old = before !== undefined && 'state' in before ? before.state : undefined;
    const now = after !== undefined && 'state' in after ? after.state : undefined;
    const shown = now ?? old;
    if (shown === undefined) continue;
    const kind = kindOf(old, now);
    const details =
      kind === 'updated' || kind === 'renumbered' ? fieldChanges(old!, now!) : summaryOf(kind, shown);
    if (kind === 're-enabled') details.push(...fieldChanges(old!, now!));
    if (details.length === 0 && kind === 'updated') details.push('file rewritten (no field changed)');
    changes.push({ key, name: fullName(shown), site: shown.site, kind, details, ...texts });
  }
  return changes.sort(
    (a, b) => compareText(a.site, b.site) || compareText(a.name, b.name) || compareText(a.key, b.key),
  );
}

function kindOf(old: UserState | undefined, now: UserState | undefined): ChangeKind {
  if (now === undefined) return 'removed';
  if (old === undefined) return now.status === 'disabled' ? 'disabled' : 'new';
  if (old.status === 'active' && now.status === 'disabled') return 'disabled';
  if (old.status === 'disabled' && now.status === 'active') return 're-enabled';
  const moved = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && a !== b;
  return moved(old.line?.extension, now.line?.extension) ||
    moved(old.did?.number, now.did?.number) ||
    moved(old.agent?.number, now.agent?.number)
    ? 'renumbered'
    : 'updated';
}

function fullName(state: UserState): string {
  return [state.user.firstname, state.user.lastname ?? ''].join(' ').trim() || state.key;
}

/** `ext 6742, DID +33 1 23 45 67 42, voicemail 6742, agent 86742`: what a person has. */
function telephonyOf(state: UserState): string {
  const parts: string[] = [];
  if (state.line) parts.push(`ext ${state.line.extension}`);
  if (state.did) parts.push(`DID ${displayNumber(state.did.number)}`);
  if (state.voicemail) parts.push(`voicemail ${state.voicemail.number}`);
  if (state.agent) parts.push(`agent ${state.agent.number}`);
  if (parts.length === 0) parts.push('no line');
  return parts.join(', ');
}

function summaryOf(kind: ChangeKind, state: UserState): string[] {
  switch (kind) {
    case 'disabled':
      return [
        `disabled since ${state.since ?? '?'} (disabled in or gone from the directory); keeps ${telephonyOf(state)} until the grace period ends`,
      ];
    case 'removed':
      return [`removed after the grace period; ${telephonyOf(state)} released to quarantine`];
    case 're-enabled':
      return [`active again: ${telephonyOf(state)}`];
    case 'new':
    case 'renumbered':
    case 'updated':
    case 'unreadable':
      return [telephonyOf(state)];
  }
}

/** `+33 1 23 45 67 42`, or the value as it is when it is not E.164 (a hand-edited file). */
function displayNumber(number: string): string {
  try {
    return formatNumber(number, 'display');
  } catch {
    return number;
  }
}

const USER_LABELS: Readonly<Record<string, string>> = {
  email: 'e-mail',
  mobile_phone_number: 'mobile',
  caller_id: 'caller ID',
  outgoing_caller_id: 'outgoing caller ID',
};

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function change(label: string, before: unknown, after: unknown, note = ''): string[] {
  return shown(before) === shown(after) ? [] : [`${label} ${shown(before)} → ${shown(after)}${note}`];
}

/** Every field that differs, in the words of a telephony admin, numbers first. */
function fieldChanges(old: UserState, now: UserState): string[] {
  const out: string[] = [];
  out.push(...resourceChange('ext', old.line?.extension, now.line?.extension, ' (renumbered)'));
  if (old.line && now.line) out.push(...change('line context', old.line.context, now.line.context));
  out.push(
    ...resourceChange(
      'DID',
      old.did ? displayNumber(old.did.number) : undefined,
      now.did ? displayNumber(now.did.number) : undefined,
    ),
  );
  if (old.did && now.did && old.did.number === now.did.number)
    out.push(
      ...change('incall', `${old.did.exten}@${old.did.context}`, `${now.did.exten}@${now.did.context}`),
    );
  // The voicemail number follows the extension: said only when it does not.
  const voicemailFollows =
    old.voicemail?.number === old.line?.extension && now.voicemail?.number === now.line?.extension;
  if (!(voicemailFollows && old.voicemail && now.voicemail))
    out.push(...resourceChange('voicemail', old.voicemail?.number, now.voicemail?.number));
  if (old.voicemail && now.voicemail)
    for (const field of ['name', 'email', 'context', 'language', 'timezone'] as const)
      out.push(
        ...change(
          `voicemail ${field === 'email' ? 'e-mail' : field}`,
          old.voicemail[field],
          now.voicemail[field],
        ),
      );
  out.push(...resourceChange('agent', old.agent?.number, now.agent?.number));
  out.push(...change('site', old.site, now.site, ' (moved)'));
  out.push(...permissionChange(old.callPermissions ?? [], now.callPermissions ?? []));
  out.push(...change('name', fullName(old), fullName(now)));
  const oldUser: Readonly<Record<string, unknown>> = { ...old.user };
  const nowUser: Readonly<Record<string, unknown>> = { ...now.user };
  const userFields = new Set([...Object.keys(oldUser), ...Object.keys(nowUser)]);
  for (const field of [...userFields].sort(compareText)) {
    if (field === 'firstname' || field === 'lastname') continue;
    const label = USER_LABELS[field] ?? field.replaceAll('_', ' ');
    out.push(...change(label, oldUser[field], nowUser[field]));
  }
  const oldContact: Readonly<Record<string, unknown>> = { ...old.contact };
  const nowContact: Readonly<Record<string, unknown>> = { ...now.contact };
  const contactFields = new Set([...Object.keys(oldContact), ...Object.keys(nowContact)]);
  for (const field of [...contactFields].sort(compareText))
    out.push(...change(`contact ${field}`, oldContact[field], nowContact[field]));
  out.push(...change('directory entry', old.dn, now.dn, ' (moved or renamed)'));
  return out;
}

function resourceChange(
  label: string,
  before: string | undefined,
  after: string | undefined,
  note = '',
): string[] {
  if (before === after) return [];
  if (before === undefined) return [`${label} ${after} added`];
  if (after === undefined) return [`${label} ${before} removed`];
  return [`${label} ${before} → ${after}${note}`];
}

function permissionChange(before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((p) => !before.includes(p));
  const removed = before.filter((p) => !after.includes(p));
  if (added.length + removed.length === 0) return [];
  return [`call permissions ${[...added.map((p) => `+${p}`), ...removed.map((p) => `−${p}`)].join(', ')}`];
}
