import { escapePointer, type Issue } from './validate-ajv.ts';

export type ParseResult = { ok: true; json: unknown } | { ok: false; issue: Issue };

/**
 * JSON.parse that reports where the text is broken (line and column) instead of throwing, and that
 * rejects duplicate keys: JSON.parse silently keeps the last one, so a pull request could show a
 * reviewer `"did": {…}` while the tool reads a later `"did": null`.
 */
export function parseJsonText(
  text: string,
  file: string,
  options: {
    /**
     * False leaves the scan for duplicate keys to the caller (findDuplicateKey), e.g. to skip it
     * for a text known to have none.
     */
    checkDuplicateKeys?: boolean;
  } = {},
): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // V8 gives a position for some errors only; the scanner finds it for the others.
    const given = /position (\d+)/.exec(detail)?.[1];
    const scanned = scanJson(text);
    const position = given !== undefined ? Number(given) : scanned.kind === 'error' ? scanned.at : undefined;
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
  const duplicate = options.checkDuplicateKeys === false ? undefined : findDuplicateKey(text, file);
  return duplicate === undefined ? { ok: true, json } : { ok: false, issue: duplicate };
}

/** The first repeated object key in `text` (which JSON.parse accepted), with where it is; or undefined. */
export function findDuplicateKey(text: string, file: string): Issue | undefined {
  // The quick check first: the positional scan below is far slower, and only needed to say where.
  if (!hasDuplicateKey(text)) return undefined;
  const scanned = scanJson(text);
  if (scanned.kind !== 'duplicate') return undefined;
  return {
    file,
    pointer: scanned.pointer,
    message: `duplicate key at ${lineColumn(text, scanned.at)} (JSON readers keep only one of them)`,
    rule: 'json-duplicate-key',
  };
}

/**
 * Whether any object in `text` (which JSON.parse accepted) repeats a key. One pass over char codes,
 * a Set per open object, and no string built except the keys: thousands of state files are checked
 * on every run.
 */
function hasDuplicateKey(text: string): boolean {
  // One entry per open container: the keys of an object, or null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i++;
        } else if (d === QUOTE) break;
      }
      const keys = stack.at(-1);
      if (expectKey && keys) {
        // "\u0061" and "a" are the same key: compare the decoded text.
        const key = escaped ? (JSON.parse(text.slice(start - 1, i + 1)) as string) : text.slice(start, i);
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
    } else if (c === OPEN_BRACE) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === OPEN_BRACKET) stack.push(null);
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) stack.pop();
    else if (c === COMMA) expectKey = stack.at(-1) != null;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

type ScanResult =
  { kind: 'ok' } | { kind: 'error'; at: number } | { kind: 'duplicate'; at: number; pointer: string };

interface OpenContainer {
  close: '}' | ']';
  /** JSON pointer of the container. */
  pointer: string;
  /** Keys seen so far (objects) or the index of the next item (arrays). */
  keys: Set<string>;
  index: number;
  /** Pointer of the value being read inside this container. */
  child: string;
}

/**
 * A small JSON scanner: finds the offset of the first syntax error (JSON.parse does not always say
 * where) and the first duplicate object key. Iterative, with an explicit stack, so hostile, deeply
 * nested input cannot overflow the call stack.
 */
function scanJson(text: string): ScanResult {
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
        } else if (e !== '' && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scanScalar = (): boolean => {
    const match = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const stack: OpenContainer[] = [];
  /** Reads `"key":` inside the object on top of the stack; returns a result to stop with, if any. */
  const scanKey = (): ScanResult | undefined => {
    const top = stack.at(-1)!;
    const start = i;
    if (text[i] !== '"' || !scanString()) return { kind: 'error', at: i };
    const key = JSON.parse(text.slice(start, i)) as string;
    top.child = `${top.pointer}/${escapePointer(key)}`;
    if (top.keys.has(key)) return { kind: 'duplicate', at: start, pointer: top.child };
    top.keys.add(key);
    skipSpace();
    if (text[i] !== ':') return { kind: 'error', at: i };
    i++;
    return undefined;
  };
  let pointer = '';
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push({
          close: c === '{' ? '}' : ']',
          pointer,
          keys: new Set(),
          index: 0,
          child: `${pointer}/0`,
        });
        if (c === '{') {
          const stop = scanKey();
          if (stop) return stop;
        }
        pointer = stack.at(-1)!.child;
        continue;
      }
      if (c === '"' ? !scanString() : !scanScalar()) return { kind: 'error', at: i };
      expectValue = false;
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < text.length ? { kind: 'error', at: i } : { kind: 'ok' };
    if (text[i] === top.close) {
      stack.pop();
      pointer = top.pointer;
      i++;
      continue;
    }
    if (text[i] !== ',') return { kind: 'error', at: i };
    i++;
    expectValue = true;
    skipSpace();
    if (top.close === '}') {
      const stop = scanKey();
      if (stop) return stop;
    } else {
      top.index++;
      top.child = `${top.pointer}/${top.index}`;
    }
    pointer = top.child;
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
