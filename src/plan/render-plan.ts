import { KIND_SIGN, changedPeople, describePerson, oneLine, summaryCounts } from './describe-person.ts';
import type { Plan } from './types.ts';

/** Renders a plan for a terminal: the refusal if any, a summary table, then each changing person. */
export function renderPlanText(plan: Plan): string {
  const out: string[] = [];
  out.push(`XiVO plan (inventory ${plan.inventoryFingerprint.slice(0, 12)}, agents: ${agentsLabel(plan)})`);
  if (plan.safety.refused) {
    out.push('', 'REFUSED by the deletion threshold:');
    for (const reason of plan.safety.reasons) out.push(`  ${reason}`);
  }
  out.push('');
  const counts = summaryCounts(plan);
  const width = Math.max(...counts.map(([label]) => label.length));
  for (const [label, count] of counts) out.push(`  ${label.padEnd(width)}  ${String(count).padStart(6)}`);
  const people = changedPeople(plan);
  if (people.length === 0) {
    out.push('', 'No changes: XiVO matches the state.');
    return `${out.join('\n')}\n`;
  }
  for (const person of people) {
    out.push(
      '',
      oneLine(`${KIND_SIGN[person.kind]} ${person.name || '(no name)'} [${person.key}] ${person.kind}`),
    );
    for (const line of describePerson(person)) out.push(oneLine(`    ${line}`));
  }
  return `${out.join('\n')}\n`;
}

const AGENTS_LABEL = { confd: 'confd', webservices: 'web services', none: 'unavailable' } as const;

/** `web services`, or why agents are left alone. Plans saved before the field existed say nothing. */
function agentsLabel(plan: Plan): string {
  const api = plan.agentsApi as Plan['agentsApi'] | undefined;
  if (api === undefined) return 'unknown';
  return api.backend === 'none' ? `${AGENTS_LABEL.none} (${api.reason})` : AGENTS_LABEL[api.backend];
}

/**
 * What confd would refuse, one line per problem, for stderr (empty when there is none): people with a
 * problem are not (fully) converged, and `plan` and `apply` exit 1.
 */
export function renderProblems(plan: Plan): string {
  const withProblems = plan.people.filter((p) => p.problems.length > 0);
  if (withProblems.length === 0) return '';
  const lines = [
    `${plan.summary.problems} problem(s) for ${withProblems.length} person(s): these parts are not planned`,
  ];
  for (const person of withProblems) {
    for (const problem of person.problems)
      lines.push(oneLine(`  ${person.name || '(no name)'} [${person.key}]: ${problem}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The plan as `plan --out` saves it and `apply plan.json` reads it. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** GitHub refuses PR comments above 65,536 characters; stay clear of it. */
const MARKDOWN_LIMIT = 60_000;

/**
 * Renders a plan for a pull-request comment: the summary first, then one collapsible block per
 * person. Stays under `limit` characters: people that do not fit are left out and the comment says
 * how many, so a reviewer knows to read the full plan.
 */
export function renderPlanMarkdown(plan: Plan, limit = MARKDOWN_LIMIT): string {
  const head: string[] = ['### XiVO plan', '', `Agents: ${escape(agentsLabel(plan))}`, ''];
  if (plan.safety.refused) {
    head.push('> [!CAUTION]', '> **Refused by the deletion threshold**');
    for (const reason of plan.safety.reasons) head.push(`> - ${escape(reason)}`);
    head.push('');
  }
  const counts = summaryCounts(plan);
  head.push(`| ${counts.map(([label]) => label).join(' | ')} |`);
  head.push(`|${counts.map(() => '---:').join('|')}|`);
  head.push(`| ${counts.map(([, n]) => String(n)).join(' | ')} |`, '');
  const people = changedPeople(plan);
  if (people.length === 0) {
    head.push('No changes: XiVO matches the state.');
    return `${head.join('\n')}\n`;
  }
  const renumbered = people.filter((p) => p.renumbering.length > 0);
  if (renumbered.length > 0) {
    head.push(
      `**Renumbering** (${plan.summary.renumber}): ${renumbered.map((p) => escape(p.name || p.key)).join(', ')}`,
      '',
    );
  }
  const withProblems = people.filter((p) => p.problems.length > 0);
  if (withProblems.length > 0) {
    head.push(
      '> [!WARNING]',
      `> **Problems** (${plan.summary.problems}): XiVO would refuse these, so they are not planned: ${withProblems.map((p) => escape(p.name || p.key)).join(', ')}`,
      '',
    );
  }
  const drifted = people.filter((p) => p.drift.length > 0);
  if (drifted.length > 0) {
    head.push(
      `**Drift** (edited in XiVO by hand): ${drifted.map((p) => escape(p.name || p.key)).join(', ')}`,
      '',
    );
  }
  let text = `${head.join('\n')}\n`;
  // Room kept for the truncation note, so adding it never crosses the limit.
  const reserve = 300;
  let shown = 0;
  for (const person of people) {
    const block = [
      `<details><summary><code>${KIND_SIGN[person.kind]}</code> ${escape(person.name || '(no name)')} (<code>${escape(person.key)}</code>): ${person.kind}</summary>`,
      '',
      '```text',
      ...describePerson(person).map((line) => oneLine(line).replace(/`{3,}/g, (m) => "'".repeat(m.length))),
      '```',
      '',
      '</details>',
      '',
    ].join('\n');
    if (text.length + block.length > limit - reserve) break;
    text += block;
    shown++;
  }
  if (shown < people.length) {
    const hidden = people.length - shown;
    text += `\n_Truncated: ${hidden} of ${people.length} changed people not shown to stay under ${limit} characters. Run \`xivo-sync plan\` or download the plan artifact for the full list._\n`;
  }
  return text;
}

/** Directory values end up in HTML: neutralise markup, table pipes and mentions. */
function escape(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/@/g, '@&#8203;');
}
