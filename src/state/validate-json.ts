import type { Issue } from './validate-ajv.ts';

export type ParseResult = { ok: true; json: unknown } | { ok: false; issue: Issue };

/** JSON.parse that reports where the text is broken (line and column) instead of throwing. */
export function parseJsonText(text: string, file: string): ParseResult {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    const where = position === undefined ? '' : ` at ${lineColumn(text, Number(position))}`;
    // V8 messages quote a slice of the input; keep only the reason, the location says where.
    const reason = detail
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/ (in JSON )?at position \d+.*$/, '');
    return {
      ok: false,
      issue: {
        file,
        pointer: '',
        message: `invalid JSON${where}: ${truncate(reason, 120)}`,
        rule: 'json-syntax',
      },
    };
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
