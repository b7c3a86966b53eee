import { createTwoFilesPatch } from 'diff';
import { compareText } from '../compare-text.ts';
import type { Rejection } from '../mapping/index.ts';
import { CHANGE_KINDS, type ChangeKind, type PersonChange } from './person-changes.ts';

/** A directory entry the export refused, as `xivo-sync export --json` reports it. */
export type ReviewRejection = Rejection;

export interface Review {
  changes: readonly PersonChange[];
  /** The export's rejections (`export --json`), when known. */
  rejected?: readonly ReviewRejection[];
  /** The result of `validate` on the after side, when it was run. */
  validation?: { problems: readonly string[] };
}

/** GitHub refuses a pull-request body or comment above 65,536 characters; room is left for a marker. */
export const GITHUB_BODY_LIMIT = 65_536;
const DEFAULT_MAX_LENGTH = 60_000;
/** Lists in the summary stop here; the details (and `export`'s own output) have the rest. */
const CALLOUT_LIMIT = 30;

const MARK: Record<ChangeKind, string> = {
  new: '+',
  're-enabled': '+',
  renumbered: '~',
  updated: '~',
  disabled: '-',
  removed: '-',
  unreadable: '!',
};

/** `3 new, 1 renumbered, 1 disabled, 2 rejected`, or `no change`. */
export function reviewSummary(review: Review): string {
  const counts = countByKind(review.changes);
  const parts = CHANGE_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  const rejected = review.rejected?.length ?? 0;
  if (rejected > 0) parts.push(`${rejected} rejected`);
  return parts.length === 0 ? 'no change' : parts.join(', ');
}

function countByKind(changes: readonly PersonChange[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) counts[c.kind] += 1;
  return counts;
}

function bySite(changes: readonly PersonChange[]): Map<string, PersonChange[]> {
  const sites = new Map<string, PersonChange[]>();
  for (const c of changes) sites.set(c.site, [...(sites.get(c.site) ?? []), c]);
  return new Map([...sites].sort(([a], [b]) => compareText(a, b)));
}

/** One line per person: `+ Alice Martin (paris): ext 6742, DID +33 1 23 45 67 42, voicemail 6742`. */
export function renderReviewText(review: Review): string {
  const lines = [`xivo-sync review: ${reviewSummary(review)}`];
  for (const c of review.changes)
    lines.push(`${MARK[c.kind]} ${c.name} (${c.site}): ${c.details.join('; ')}`);
  for (const r of review.rejected ?? [])
    lines.push(
      `! rejected ${r.dn}: ${r.message} (attribute: ${r.attribute || '-'}, value: ${JSON.stringify(r.value)}, rule: ${r.rule})`,
    );
  if (review.validation?.problems.length === 0) lines.push('validate: no problem');
  for (const p of review.validation?.problems ?? []) lines.push(`! invalid ${p}`);
  return `${lines.join('\n')}\n`;
}

/** The review as data, for scripts: counts per kind and site, each change, rejections, validation. */
export function reviewJson(review: Review): object {
  const sites = Object.fromEntries(
    [...bySite(review.changes)].map(([site, list]) => [site, countByKind(list)]),
  );
  return {
    summary: reviewSummary(review),
    counts: countByKind(review.changes),
    sites,
    changes: review.changes.map(({ key, name, site, kind, details, file }) => ({
      key,
      name,
      site,
      kind,
      details,
      file,
    })),
    rejected: review.rejected ?? [],
    ...(review.validation === undefined ? {} : { validation: review.validation }),
  };
}

/** Markdown for a pull request: text that may come from the directory must not become markup. */
function md(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/[\\`*_[\]|#]/g, '\\$&');
}

function personLine(c: PersonChange): string {
  return `- \`${MARK[c.kind]}\` **${md(c.name)}** (${md(c.kind)}): ${c.details.map(md).join('; ')}`;
}

function callout(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, CALLOUT_LIMIT);
  const more = items.length - shown.length;
  return [
    '',
    `### ${title}`,
    '',
    ...shown,
    ...(more > 0 ? [`- … and ${more} more, in the details below`] : []),
  ];
}

/** A fence longer than any backtick run in the text, so a value cannot close it. */
function fenced(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function rawDiff(c: PersonChange): string {
  return createTwoFilesPatch(
    c.beforeText === undefined ? '/dev/null' : `a/${c.file}`,
    c.afterText === undefined ? '/dev/null' : `b/${c.file}`,
    c.beforeText ?? '',
    c.afterText ?? '',
    undefined,
    undefined,
    { context: 2 },
  )
    .split('\n')
    .filter((line) => !line.startsWith('====') && !line.startsWith('Index:'))
    .join('\n');
}

/**
 * The pull-request body: the summary table per site first, then what needs the reviewer's eyes
 * (renumberings, removals, rejected entries, validation), then per-site details in collapsible
 * sections, with the raw JSON diffs inside them. Stays under `maxLength` (GitHub's limit by default)
 * by leaving out raw diffs first, then person lines, and says what it left out.
 */
export function renderReviewMarkdown(
  review: Review,
  options: { maxLength?: number; title?: string } = {},
): string {
  const maxLength = Math.min(options.maxLength ?? DEFAULT_MAX_LENGTH, GITHUB_BODY_LIMIT - 1_000);
  const sites = bySite(review.changes);
  const head = [`## ${md(options.title ?? `xivo-sync: ${reviewSummary(review)}`)}`, ''];
  if (review.changes.length > 0) {
    const kinds = CHANGE_KINDS.filter((k) => review.changes.some((c) => c.kind === k));
    const row = (label: string, list: readonly PersonChange[]): string => {
      const counts = countByKind(list);
      return `| ${label} | ${kinds.map((k) => counts[k]).join(' | ')} |`;
    };
    head.push(`| site | ${kinds.join(' | ')} |`, `| --- | ${kinds.map(() => '--:').join(' | ')} |`);
    for (const [site, list] of sites) head.push(row(md(site), list));
    if (sites.size > 1) head.push(row('**all**', review.changes));
  } else {
    head.push('No person changes.');
  }
  const pick = (kind: ChangeKind): string[] =>
    review.changes
      .filter((c) => c.kind === kind)
      .map((c) => `- **${md(c.name)}** (${md(c.site)}): ${c.details.map(md).join('; ')}`);
  head.push(...callout('Renumbered: phones, voicemail and printed directories change', pick('renumbered')));
  head.push(...callout('Removed: their numbers go to quarantine', pick('removed')));
  head.push(...callout('Unreadable state files: `xivo-sync validate` says why', pick('unreadable')));
  const rejected = review.rejected ?? [];
  if (rejected.length > 0) {
    head.push(
      '',
      '### Rejected directory entries',
      '',
      'They keep their previous state; fix them in the directory.',
      '',
    );
    head.push('| entry (DN) | attribute | value | rule | why |', '| --- | --- | --- | --- | --- |');
    for (const r of rejected.slice(0, CALLOUT_LIMIT)) {
      const holder =
        r.holder === undefined || r.message.includes(r.holder.dn) ? '' : ` (held by ${r.holder.dn})`;
      head.push(
        `| ${md(r.dn)} | ${md(r.attribute || '-')} | ${md(r.value)} | ${md(r.rule)} | ${md(r.message + holder)} |`,
      );
    }
    if (rejected.length > CALLOUT_LIMIT)
      head.push('', `… and ${rejected.length - CALLOUT_LIMIT} more: see the output of \`xivo-sync export\`.`);
  }
  if (review.validation !== undefined) {
    const problems = review.validation.problems;
    head.push('', '### Validation', '');
    if (problems.length === 0) head.push('`xivo-sync validate`: no problem.');
    else {
      head.push(`\`xivo-sync validate\`: ${problems.length} problem(s).`, '');
      head.push(...problems.slice(0, CALLOUT_LIMIT).map((p) => `- ${md(p)}`));
      if (problems.length > CALLOUT_LIMIT)
        head.push(`- … and ${problems.length - CALLOUT_LIMIT} more: run \`xivo-sync validate\``);
    }
  }
  return withDetails(head.join('\n'), sites, maxLength);
}

/** Adds the per-site details that fit in what `head` leaves, then says what was left out. */
function withDetails(head: string, sites: Map<string, PersonChange[]>, maxLength: number): string {
  if (sites.size === 0) return `${head}\n`;
  const reserve = 600; // the "left out" note and the closing tags
  let room = maxLength - head.length - reserve;
  // Person lines first, then raw diffs, each kept while it fits: what is cut is counted.
  const keep = (render: (c: PersonChange) => string, overhead: number) => {
    let left = 0;
    const kept = new Map<string, string[]>();
    for (const [site, list] of sites) {
      const texts: string[] = [];
      for (const c of list) {
        const text = render(c);
        if (text.length + overhead > room) left += 1;
        else {
          texts.push(text);
          room -= text.length + 1;
        }
      }
      kept.set(site, texts);
    }
    return { kept, left };
  };
  const { kept: lines, left: leftPeople } = keep(personLine, 1);
  const { kept: diffs, left: leftDiffs } = keep(rawDiff, 80);
  const out = [head, '', '### Details per site'];
  for (const [site, list] of sites) {
    const counts = countByKind(list);
    const summary = CHANGE_KINDS.filter((k) => counts[k] > 0)
      .map((k) => `${counts[k]} ${k}`)
      .join(', ');
    out.push('', `<details><summary><b>${md(site)}</b>: ${summary}</summary>`, '', ...lines.get(site)!);
    const blocks = diffs.get(site)!;
    if (blocks.length > 0)
      out.push(
        '',
        `<details><summary>raw JSON diff (${blocks.length} files)</summary>`,
        '',
        fenced('diff', blocks.join('\n')),
        '',
        '</details>',
      );
    out.push('', '</details>');
  }
  if (leftPeople + leftDiffs > 0) {
    const what = [
      ...(leftPeople > 0 ? [`${leftPeople} person line(s)`] : []),
      ...(leftDiffs > 0 ? [`${leftDiffs} raw JSON diff(s)`] : []),
    ].join(' and ');
    out.push(
      '',
      `_Left out to stay under the size limit: ${what}. Run \`xivo-sync diff --format text\` for everything._`,
    );
  }
  return `${out.join('\n')}\n`;
}
