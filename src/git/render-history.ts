import type { ApplyRecord } from './apply-record.ts';

export interface AppliedCommit {
  commit: string;
  date: string;
  subject: string;
  records: ApplyRecord[];
}

/** Every apply, oldest commit first: the commit, then one line per apply of it. */
export function renderApplyHistory(applied: readonly AppliedCommit[]): string {
  if (applied.length === 0) return 'No apply recorded (refs/notes/xivo-sync is empty).\n';
  const lines: string[] = [];
  for (const { commit, date, subject, records } of applied) {
    lines.push(`${commit.slice(0, 12)} ${date} ${subject}`);
    for (const record of records) lines.push(`  ${record.at} ${describe(record)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One person's timeline: the commits that changed their state file (what was reviewed) and the applies
 * that acted on them or skipped them (what XiVO got), in time order.
 */
export function renderPersonHistory(
  key: string,
  changes: readonly { commit: string; date: string; subject: string }[],
  applied: readonly AppliedCommit[],
): string {
  const events: Array<{ at: string; line: string }> = changes.map((c) => ({
    at: c.date,
    line: `${c.commit.slice(0, 12)} state changed: ${c.subject}`,
  }));
  for (const { commit, records } of applied) {
    for (const record of records) {
      const person = record.people?.find((p) => p.key === key);
      if (!person) continue;
      const details = [...(person.failures ?? []), ...(person.problems ?? [])];
      events.push({
        at: record.at,
        line: `${commit.slice(0, 12)} applied: ${person.kind} ${person.status}${details.length > 0 ? ` (${details.join('; ')})` : ''}`,
      });
    }
  }
  if (events.length === 0) return `No history for ${key}: no commit changed state/users/${key}.json.\n`;
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return `${[`History of ${key}`, ...events.map((e) => `  ${e.at} ${e.line}`)].join('\n')}\n`;
}

function describe(record: ApplyRecord): string {
  if (record.message !== undefined) return `${record.status}: ${record.message}`;
  const steps = record.steps;
  const counts =
    steps === undefined
      ? ''
      : `: ${steps.ok} ok, ${steps.failed} failed, ${steps.blocked} blocked of ${steps.total} steps`;
  const skipped = record.people?.filter((p) => (p.problems ?? []).length > 0).length ?? 0;
  const wb = record.writeBack;
  const writeBack =
    wb === undefined
      ? ''
      : `; write-back ${wb.written} written, ${wb.failed.length} failed, ${wb.notFound.length} not found`;
  return `${record.status}${counts}${skipped > 0 ? `; ${skipped} skipped` : ''}${writeBack}`;
}
