import { normalizePhone } from '../numbering/index.ts';
import { MappingError } from './errors.ts';

/**
 * The template language of mappings/ (schemas/mapping.schema.json `Template`): literal text with
 * `{{name}}` or `{{ name | filter | filter(arg, "arg") }}` placeholders. Single braces are literal
 * text, except that `{name}` or `{name|...}` (the single-brace form of a placeholder) is an error, so
 * a forgotten brace cannot put `{sn}` in every caller ID. A placeholder may also be a quoted literal,
 * `{{"{{"}}`, the way to write `{{` as text. Templates are parsed once into a list of parts and
 * evaluated without eval: the only operations are the filters below.
 */
export interface Template {
  source: string;
  parts: TemplatePart[];
  /** Every attribute or placeholder name the template reads, lower-cased, for the search and provenance. */
  names: string[];
}

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'value'; name: string; filters: FilterCall[] };

export interface FilterCall {
  name: FilterName;
  args: string[];
  /** 0-based offset of the filter in the template, for error messages. */
  position: number;
}

const FILTER_ARITY = {
  lower: [0, 0],
  upper: [0, 0],
  trim: [0, 0],
  ascii: [0, 0],
  initial: [0, 0],
  digits: [0, 0],
  e164: [0, 0],
  first: [0, 0],
  left: [1, 1],
  right: [1, 1],
  replace: [2, 2],
  default: [1, 1],
  join: [1, 1],
} as const satisfies Record<string, readonly [number, number]>;

export type FilterName = keyof typeof FILTER_ARITY;

/** What a template reads: the values of a name (attribute or placeholder), empty when missing. */
export type ValueLookup = (name: string) => readonly string[] | undefined;

export interface RenderOptions {
  /** Country for the `e164` filter (the site's). */
  country?: string | undefined;
  /** A referenced name with no value is an error instead of an empty string (default false). */
  required?: boolean;
}

const cache = new Map<string, Template>();

/** Parses a template (memoised: mappings are parsed once per run). Throws MappingError naming the template and position. */
export function parseTemplate(source: string): Template {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  const fail = (message: string, at: number): never => {
    throw new MappingError(`template ${JSON.stringify(source)}, position ${at + 1}: ${message}`);
  };
  while (i < source.length) {
    const c = source[i]!;
    // In a run of braces the placeholder opens at the last two, so `{{{sn}}}` is `{` + {{sn}} + `}`.
    if (c === '{' && source[i + 1] === '{' && source[i + 2] !== '{') {
      const close = findClose(source, i, fail);
      const part = parsePlaceholder(source, i + 2, close, fail);
      if (part.kind === 'text') text += part.text;
      else {
        if (text !== '') parts.push({ kind: 'text', text });
        text = '';
        parts.push(part);
      }
      i = close + 2;
    } else {
      if (c === '{' && source[i + 1] !== '{') {
        const old = SINGLE_BRACE.exec(source.slice(i + 1));
        if (old !== null) {
          const placeholder = old[2] === '}' ? `{{${old[1]}}}` : `{{${old[1]}|...}}`;
          fail(
            `single braces are literal text: write ${placeholder} for a placeholder, or {{"{"}} for a literal "{" before a name`,
            i,
          );
        }
      }
      text += c;
      i++;
    }
  }
  if (text !== '') parts.push({ kind: 'text', text });
  const names = [...new Set(parts.flatMap((p) => (p.kind === 'value' ? [p.name] : [])))];
  const template = { source, parts, names };
  cache.set(source, template);
  return template;
}

const NAME = /^[A-Za-z][\w.;-]*$/;
/** What follows `{` in the single-brace placeholder syntax: a name, then `}` or a filter. */
const SINGLE_BRACE = /^\s*([A-Za-z][\w.;-]*)\s*([|}])/;

/**
 * Index of the `}}` closing the placeholder opened at `open`, skipping quoted strings. Fails when the
 * template ends (or another `{{` starts) first, naming the unclosed quote or placeholder.
 */
function findClose(source: string, open: number, fail: (message: string, at: number) => never): number {
  let quote = -1;
  for (let i = open + 2; i < source.length; i++) {
    const c = source[i];
    if (quote !== -1) {
      if (c === '\\') i++;
      else if (c === '"') quote = -1;
    } else if (c === '"') quote = i;
    else if (c === '}' && source[i + 1] === '}') return i;
    else if (c === '{' && source[i + 1] === '{') break;
  }
  if (quote !== -1) fail('unclosed quote (a quoted string ends with ")', quote);
  return fail('unclosed "{{" (a placeholder ends with "}}")', open);
}

/** The inside of `{{ }}`: a name and its filters, or a quoted literal (returned as text). */
function parsePlaceholder(
  source: string,
  start: number,
  end: number,
  fail: (message: string, at: number) => never,
): TemplatePart {
  const segments = splitTop(source, start, end, '|');
  const head = segments[0]!;
  const headText = source.slice(head.start, head.end);
  const at = head.start + (headText.length - headText.trimStart().length);
  const name = headText.trim();
  if (name.startsWith('"')) {
    let literal = '';
    let j = 1;
    while (j < name.length && name[j] !== '"') {
      if (name[j] === '\\') j++;
      literal += name[j] ?? '';
      j++;
    }
    const after = name.slice(j + 1);
    if (after !== '') {
      const extra = after.trimStart();
      fail(
        `unexpected text ${JSON.stringify(extra)} after the quoted literal`,
        at + name.length - extra.length,
      );
    }
    if (segments.length > 1) fail('a quoted literal takes no filters', segments[1]!.start);
    return { kind: 'text', text: literal };
  }
  if (!NAME.test(name)) fail(`${JSON.stringify(name)} is not an attribute name`, at);
  const filters: FilterCall[] = [];
  for (const segment of segments.slice(1)) {
    const raw = source.slice(segment.start, segment.end);
    const position = segment.start + (raw.length - raw.trimStart().length);
    const match = /^\s*([A-Za-z0-9]+)\s*(?:\((.*)\))?\s*$/s.exec(raw);
    if (match === null) fail(`bad filter ${JSON.stringify(raw.trim())}`, position);
    const filterName = match[1]!;
    if (!Object.hasOwn(FILTER_ARITY, filterName)) {
      fail(
        `unknown filter ${JSON.stringify(filterName)} (known: ${Object.keys(FILTER_ARITY).join(', ')})`,
        position,
      );
    }
    const args = match[2] === undefined ? [] : parseArgs(match[2], position, fail);
    const [min, max] = FILTER_ARITY[filterName as FilterName];
    if (args.length < min || args.length > max) {
      fail(
        `filter ${filterName} takes ${min === max ? min : `${min}-${max}`} argument(s), got ${args.length}`,
        position,
      );
    }
    if ((filterName === 'left' || filterName === 'right') && !/^\d+$/.test(args[0]!)) {
      fail(`filter ${filterName} needs a whole number, got ${JSON.stringify(args[0])}`, position);
    }
    filters.push({ name: filterName as FilterName, args, position });
  }
  return { kind: 'value', name: name.toLowerCase(), filters };
}

function splitTop(
  source: string,
  start: number,
  end: number,
  separator: string,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let quoted = false;
  let segmentStart = start;
  for (let i = start; i < end; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      out.push({ start: segmentStart, end: i });
      segmentStart = i + 1;
    }
  }
  out.push({ start: segmentStart, end });
  return out;
}

/** Arguments: `"quoted, with \" escapes"` or bare words (trimmed). An empty list `()` has no argument. */
function parseArgs(raw: string, position: number, fail: (message: string, at: number) => never): string[] {
  if (raw.trim() === '') return [];
  const args: string[] = [];
  let i = 0;
  while (i <= raw.length) {
    while (raw[i] === ' ') i++;
    let value = '';
    if (raw[i] === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < raw.length) i++;
        value += raw[i];
        i++;
      }
      if (raw[i] !== '"') fail('unclosed quote in filter arguments', position);
      i++;
      while (raw[i] === ' ') i++;
    } else {
      while (i < raw.length && raw[i] !== ',') value += raw[i++];
      value = value.trim();
    }
    args.push(value);
    if (i >= raw.length) break;
    if (raw[i] !== ',') fail('expected "," between filter arguments', position);
    i++;
  }
  return args;
}

export class TemplateValueError extends MappingError {
  /** Lower-cased attribute or placeholder name whose value failed. */
  readonly attribute: string;
  readonly value: string;

  constructor(message: string, attribute: string, value: string) {
    super(message);
    this.attribute = attribute;
    this.value = value;
  }
}

/**
 * Evaluates a parsed template. Each placeholder works on the list of values of its name (filters
 * apply to every value; `first` keeps one; `join(sep)` merges them) and contributes its first value.
 */
export function renderTemplate(template: Template, lookup: ValueLookup, options: RenderOptions = {}): string {
  let out = '';
  for (const part of template.parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    const found = lookup(part.name);
    // A lookup backed by a plain object could hand back Object.prototype members ({constructor}).
    let values = Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
    const missing = values.length === 0;
    for (const filter of part.filters) values = applyFilter(filter, values, part.name, template, options);
    if (missing && values.length === 0 && options.required === true) {
      throw new TemplateValueError(
        `template ${JSON.stringify(template.source)}: ${part.name} has no value`,
        part.name,
        '',
      );
    }
    out += values[0] ?? '';
  }
  return out;
}

function applyFilter(
  filter: FilterCall,
  values: string[],
  name: string,
  template: Template,
  options: RenderOptions,
): string[] {
  const a = filter.args;
  switch (filter.name) {
    case 'lower':
      return values.map((v) => v.toLowerCase());
    case 'upper':
      return values.map((v) => v.toUpperCase());
    case 'trim':
      return values.map((v) => v.trim());
    case 'ascii':
      return values.map(toAscii);
    case 'initial':
      return values.map((v) => [...v][0] ?? '');
    case 'digits':
      return values.map((v) => v.replace(/\D/g, ''));
    case 'first':
      return values.slice(0, 1);
    case 'left':
      return values.map((v) => [...v].slice(0, Number(a[0])).join(''));
    case 'right':
      return values.map((v) => {
        const n = Number(a[0]);
        return n === 0 ? '' : [...v].slice(-n).join('');
      });
    case 'replace':
      return values.map((v) => v.split(a[0]!).join(a[1]));
    case 'default':
      return values.length === 0 || values.every((v) => v === '') ? [a[0]!] : values;
    case 'join':
      return values.length === 0 ? [] : [values.join(a[0])];
    case 'e164':
      return values.map((v) => {
        if (options.country === undefined) {
          throw new TemplateValueError(
            `template ${JSON.stringify(template.source)}: e164 needs a site country`,
            name,
            v,
          );
        }
        const parsed = normalizePhone(v, options.country);
        if (!parsed.ok)
          throw new TemplateValueError(
            `template ${JSON.stringify(template.source)}: ${parsed.message}`,
            name,
            v,
          );
        return parsed.e164;
      });
  }
}

const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
};

/** Strips diacritics (é → e, Ç → C) and spells out ligatures (œ → oe), keeping other characters. */
export function toAscii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒæÆßøØđĐłŁ]/g, (c) => LIGATURES[c] ?? c);
}
