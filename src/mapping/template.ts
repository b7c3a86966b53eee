import { normalizePhone } from '../numbering/index.ts';
import { MappingError } from './errors.ts';

/**
 * The template language of mappings/ (schemas/mapping.schema.json `Template`): literal text with
 * `{name}` or `{name|filter|filter(arg, "arg")}` placeholders, `{{` and `}}` for literal braces.
 * Templates are parsed once into a list of parts and evaluated without eval: the only operations are
 * the filters below.
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
    if (c === '{' && source[i + 1] === '{') {
      text += '{';
      i += 2;
    } else if (c === '}' && source[i + 1] === '}') {
      text += '}';
      i += 2;
    } else if (c === '}') {
      fail('unmatched "}" (write "}}" for a literal brace)', i);
    } else if (c === '{') {
      const close = findClose(source, i + 1);
      if (close === -1) fail('unclosed "{"', i);
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      parts.push(parsePlaceholder(source, i + 1, close, fail));
      i = close + 1;
    } else {
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

/** Index of the `}` closing a placeholder, skipping quoted filter arguments. */
function findClose(source: string, from: number): number {
  let quoted = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '}') return i;
    else if (c === '{') return -1;
  }
  return -1;
}

function parsePlaceholder(
  source: string,
  start: number,
  end: number,
  fail: (message: string, at: number) => never,
): TemplatePart {
  const segments = splitTop(source, start, end, '|');
  const head = segments[0]!;
  const name = source.slice(head.start, head.end).trim();
  if (!/^[A-Za-z][\w.;-]*$/.test(name)) fail(`${JSON.stringify(name)} is not an attribute name`, head.start);
  const filters: FilterCall[] = [];
  for (const segment of segments.slice(1)) {
    const raw = source.slice(segment.start, segment.end);
    const match = /^\s*([A-Za-z0-9]+)\s*(?:\((.*)\))?\s*$/s.exec(raw);
    if (match === null) fail(`bad filter ${JSON.stringify(raw.trim())}`, segment.start);
    const filterName = match[1]!;
    if (!Object.hasOwn(FILTER_ARITY, filterName)) {
      fail(
        `unknown filter ${JSON.stringify(filterName)} (known: ${Object.keys(FILTER_ARITY).join(', ')})`,
        segment.start,
      );
    }
    const args = match[2] === undefined ? [] : parseArgs(match[2], segment.start, fail);
    const [min, max] = FILTER_ARITY[filterName as FilterName];
    if (args.length < min || args.length > max) {
      fail(
        `filter ${filterName} takes ${min === max ? min : `${min}-${max}`} argument(s), got ${args.length}`,
        segment.start,
      );
    }
    if ((filterName === 'left' || filterName === 'right') && !/^\d+$/.test(args[0]!)) {
      fail(`filter ${filterName} needs a whole number, got ${JSON.stringify(args[0])}`, segment.start);
    }
    filters.push({ name: filterName as FilterName, args, position: segment.start });
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
