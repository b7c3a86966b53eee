import type { Issue } from './validate-ajv.ts';

export type ParseResult = { ok: true; json: unknown } | { ok: false; issue: Issue };

/** JSON.parse that reports where the text is broken (line and column) instead of throwing. */
export function parseJsonText(text: string, file: string): ParseResult {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // V8 gives a position for some errors only; the scanner below finds it for the others.
    const given = /position (\d+)/.exec(detail)?.[1];
    const position = given === undefined ? locateJsonError(text) : Number(given);
    const where = position === undefined ? '' : ` at ${lineColumn(text, position)}`;
    // V8 messages quote a slice of the input; keep only the reason, the location says where.
    const reason = detail
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/ (in JSON )?at position \d+.*$/, '')
      .replace(/, \.\.\..*$|, ".*" is not valid JSON$/s, '');
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

/**
 * Offset of the first syntax error of a JSON text that JSON.parse rejected, found with a small
 * scanner. Iterative (explicit stack), so hostile, deeply nested input cannot overflow the call stack.
 */
function locateJsonError(text: string): number | undefined {
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scanString = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scanScalar = (): boolean => {
    const rest = text.slice(i, i + 400);
    const match = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(rest);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  // Each stack entry is the closing bracket of an open container.
  const stack: string[] = [];
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{') {
        i++;
        skipSpace();
        if (text[i] === '}') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('}');
        if (text[i] !== '"' || !scanString()) return i;
        skipSpace();
        if (text[i] !== ':') return i;
        i++;
        continue;
      }
      if (c === '[') {
        i++;
        skipSpace();
        if (text[i] === ']') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(']');
        continue;
      }
      if (c === '"' ? !scanString() : !scanScalar()) return i;
      expectValue = false;
      continue;
    }
    const close = stack.at(-1);
    if (close === undefined) return i < text.length ? i : undefined;
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') return i;
    i++;
    expectValue = true;
    if (close === '}') {
      skipSpace();
      if (text[i] !== '"' || !scanString()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
    }
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
