/**
 * Text that may reach XiVO. XiVO writes names and caller ids into Asterisk configuration files, where
 * a control character (above all a line break) corrupts or injects configuration; a lone surrogate
 * is not text at all. So no value in state may hold a C0 or C1 control character (tab included), DEL,
 * a Unicode line or paragraph separator, or a lone surrogate.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be in state, or undefined when it can. */
function forbiddenCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
      return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    if (code === 0x2028 || code === 0x2029) return 'a line break (U+2028/U+2029)';
  }
  return LONE_SURROGATE.test(text) ? 'a lone surrogate (not valid Unicode)' : undefined;
}

/** `text` with every character forbiddenCharacter names written as an escape, for messages. */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pair) {
      out += text.slice(i, i + 2);
      i++;
    } else if (
      unit < 0x20 ||
      (unit >= 0x7f && unit <= 0x9f) ||
      unit === 0x2028 ||
      unit === 0x2029 ||
      (unit >= 0xd800 && unit <= 0xdfff)
    ) {
      out += `\\u${unit.toString(16).padStart(4, '0')}`;
    } else out += text[i];
  }
  return out;
}

const SUSPECT_JSON =
  /\\u00[01][0-9a-fA-F]|\\[btnfr]|[\u007f-\u009f\u2028\u2029]|\\ud[89a-fA-F][0-9a-fA-F]{2}/;

/** A quick test before the exact one: most values hold nothing suspect. */
// eslint-disable-next-line no-control-regex -- finding control characters is this regex's purpose
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/;

/** Every string of a JSON value holding a forbidden character, with its JSON pointer. */
export function findForbiddenText(value: unknown): { pointer: string; text: string; reason: string }[] {
  const found: { pointer: string; text: string; reason: string }[] = [];
  // JSON text writes C0 characters and lone surrogates as escapes: one native pass rules out almost
  // every file (a backslash in a value can look suspect; the walk below then decides).
  if (!SUSPECT_JSON.test(JSON.stringify(value))) return found;
  // The pointer is built only for what is reported: 20,000 state files are walked on every export.
  const path: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (!SUSPECT.test(item)) return;
      const reason = forbiddenCharacter(item);
      if (reason !== undefined)
        found.push({ pointer: path.map((p) => `/${escape(p)}`).join(''), text: item, reason });
    } else if (typeof item === 'object' && item !== null) {
      for (const key in item) {
        path.push(key);
        walk((item as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}

function escape(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}
