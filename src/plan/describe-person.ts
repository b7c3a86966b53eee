import type { FieldChange, JsonScalar, PersonKind, PersonPlan, Plan } from './types.ts';

/** Sign shown before a person, as in a diff. */
export const KIND_SIGN: Readonly<Record<PersonKind, string>> = {
  create: '+',
  adopt: '*',
  update: '~',
  disable: '~',
  enable: '~',
  delete: '-',
  noop: ' ',
  blocked: '!',
};

/** People that change, in plan order (by key). */
export function changedPeople(plan: Plan): PersonPlan[] {
  return plan.people.filter((p) => p.kind !== 'noop' || p.problems.length > 0);
}

/** The lines shown under a person, shared by the text and markdown renderers. */
export function describePerson(person: PersonPlan): string[] {
  const lines: string[] = [];
  for (const change of person.fields) lines.push(`${change.field}: ${formatChange(change)}`);
  for (const r of person.resources) {
    const value =
      r.change === 'delete'
        ? (r.old ?? '')
        : r.old !== null && r.old !== r.new
          ? `${r.old} → ${r.new ?? ''}`
          : (r.new ?? '');
    lines.push(`${r.resource}: ${r.change} ${value}`.trimEnd());
    for (const change of r.fields ?? []) lines.push(`  ${change.field}: ${formatChange(change)}`);
  }
  for (const r of person.renumbering) lines.push(`renumber ${r.resource}: ${r.old} → ${r.new}`);
  for (const d of person.drift)
    lines.push(`drift ${d.field}: XiVO has ${formatValue(d.old)}, state says ${formatValue(d.new)}`);
  for (const p of person.problems) lines.push(`problem: ${p}`);
  return lines;
}

function formatChange(change: FieldChange): string {
  return `${formatValue(change.old)} → ${formatValue(change.new)}`;
}

function formatValue(value: JsonScalar): string {
  return value === null ? '(unset)' : JSON.stringify(value);
}

/** `create 2, adopt 1, …`, the counts that are not zero, in a fixed order. */
export function summaryCounts(plan: Plan): Array<[string, number]> {
  const s = plan.summary;
  return [
    ['create', s.create],
    ['adopt', s.adopt],
    ['update', s.update],
    ['disable', s.disable],
    ['enable', s.enable],
    ['delete', s.delete],
    ['unchanged', s.noop],
    ['blocked', s.blocked],
    ['renumber', s.renumber],
    ['drift', s.drift],
    ['problems', s.problems],
    ['steps', s.steps],
  ];
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Names and values come from the directory: a newline or terminal escape must not forge output. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
