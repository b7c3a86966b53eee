import type { Issue } from '../state/index.ts';

/** `file#/pointer: message (line …, value: …, rule: …)`, on exactly one line whatever the input holds. */
export function formatIssue(issue: Issue): string {
  const line = issue.line === undefined ? '' : `line ${issue.line}, `;
  const value =
    'value' in issue ? `value: ${truncate(JSON.stringify(issue.value) ?? 'undefined', 80)}, ` : '';
  return oneLine(`${issue.file}#${issue.pointer}: ${issue.message} (${line}${value}rule: ${issue.rule})`);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

// File names and unknown field names come from the pull request; a newline or terminal escape in
// them must not forge extra output lines or recolour the CI log.
function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
