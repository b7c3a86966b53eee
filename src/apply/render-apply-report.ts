import type { ApplyResult } from './apply-plan.ts';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The apply report for a terminal or CI log: counts, then one block per person, failures first,
 * each failed step with confd's message. Holds no secret: outcomes never carry request bodies.
 */
export function renderApplyReport(result: ApplyResult): string {
  const { counts } = result;
  const skipped = result.skipped.length > 0 ? `; ${result.skipped.length} person(s) skipped in part` : '';
  const out = [
    `Apply: ${counts.ok} ok, ${counts.failed} failed, ${counts.blocked} blocked (of ${counts.total} steps)${skipped}`,
  ];
  // Before the successes: what was not even attempted is what a human must fix.
  for (const person of result.skipped) {
    out.push('', oneLine(`SKIP ${person.name || '(no name)'} [${person.key}] ${person.kind}`));
    for (const problem of person.problems) out.push(oneLine(`    ${problem}`));
  }
  let previousOk = false;
  for (const person of result.people) {
    const ok = person.status === 'ok';
    // Failures get a block each; the (possibly thousands of) successes one line each, together.
    if (!ok || !previousOk) out.push('');
    previousOk = ok;
    out.push(oneLine(`${ok ? 'ok  ' : 'FAIL'} ${person.name || '(no name)'} [${person.key}] ${person.kind}`));
    if (ok) continue;
    for (const o of person.outcomes) {
      const created = o.createdId === undefined ? '' : ` → id ${o.createdId}`;
      const error = o.error === undefined ? '' : `: ${o.error}`;
      out.push(oneLine(`    ${o.status.padEnd(7)} ${o.description}${created}${error}`));
    }
  }
  return `${out.join('\n')}\n`;
}
