import {
  AndFilter,
  ApproximateFilter,
  EqualityFilter,
  type Filter,
  GreaterThanEqualsFilter,
  LessThanEqualsFilter,
  NotFilter,
  OrFilter,
  PresenceFilter,
  SubstringFilter,
} from 'ldapts';
import { type DirectoryEntry, valuesOf } from './entry.ts';
import { LdapError } from './errors.ts';

/**
 * An RFC 4515 search filter, parsed. Assertion values are bytes: `\xx` escapes are decoded here, so
 * `(sn=M\c3\bcller)` means Müller and `(objectGUID=\00\07…)` a binary value, which ldapts' own
 * string parser gets wrong. Values from data must never be spliced into filter text: build nodes
 * with `equals()` instead.
 */
export type FilterNode =
  | { type: 'and' | 'or'; filters: FilterNode[] }
  | { type: 'not'; filter: FilterNode }
  | { type: 'present'; attribute: string }
  | { type: 'equal' | 'ge' | 'le' | 'approx'; attribute: string; value: Buffer }
  | { type: 'substring'; attribute: string; initial?: Buffer; any: Buffer[]; final?: Buffer };

/** Parses a filter (from mappings/ or the command line). Throws LdapError naming the filter and position. */
export function parseFilter(text: string): FilterNode {
  let i = 0;
  const fail = (message: string): never => {
    throw new LdapError('parse-filter', JSON.stringify(text), `${message} at position ${i + 1}`);
  };
  const source = text.trim();
  const parseOne = (): FilterNode => {
    if (source[i] !== '(') fail('expected "("');
    i++;
    const c = source[i];
    let node: FilterNode;
    if (c === '&' || c === '|') {
      i++;
      const filters: FilterNode[] = [];
      while (source[i] === '(') filters.push(parseOne());
      if (filters.length === 0) fail(`"${c}" needs at least one filter`);
      node = { type: c === '&' ? 'and' : 'or', filters };
    } else if (c === '!') {
      i++;
      node = { type: 'not', filter: parseOne() };
    } else {
      node = parseItem();
    }
    if (source[i] !== ')') fail('expected ")"');
    i++;
    return node;
  };
  const parseItem = (): FilterNode => {
    const start = i;
    while (i < source.length && /[A-Za-z0-9;.-]/.test(source[i]!)) i++;
    const attribute = source.slice(start, i);
    if (attribute === '') fail('expected an attribute name');
    let type: 'equal' | 'ge' | 'le' | 'approx' = 'equal';
    if (source.startsWith('>=', i)) type = 'ge';
    else if (source.startsWith('<=', i)) type = 'le';
    else if (source.startsWith('~=', i)) type = 'approx';
    else if (source[i] === ':') fail('extensible match filters are not supported');
    else if (source[i] !== '=') fail('expected "=", ">=", "<=" or "~="');
    i += type === 'equal' ? 1 : 2;
    const chunks: Buffer[] = [];
    let current: number[] = [];
    let stars = 0;
    while (i < source.length && source[i] !== ')') {
      const ch = source[i]!;
      if (ch === '(') fail('unescaped "(" in a value (write \\28)');
      if (ch === '*') {
        chunks.push(Buffer.from(current));
        current = [];
        stars++;
        i++;
      } else if (ch === '\\') {
        const hex = source.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail('"\\" must be followed by two hex digits');
        current.push(parseInt(hex, 16));
        i += 3;
      } else {
        const code = source.codePointAt(i)!;
        current.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
        i += code > 0xffff ? 2 : 1;
      }
    }
    chunks.push(Buffer.from(current));
    const name = attribute.toLowerCase();
    if (stars === 0) return { type, attribute: name, value: chunks[0]! };
    if (type !== 'equal') fail('"*" is only allowed with "="');
    if (stars === 1 && chunks[0]!.length === 0 && chunks[1]!.length === 0)
      return { type: 'present', attribute: name };
    const first = chunks[0]!;
    const last = chunks[chunks.length - 1]!;
    const node: FilterNode = {
      type: 'substring',
      attribute: name,
      any: chunks.slice(1, -1).filter((b) => b.length > 0),
    };
    if (first.length > 0) node.initial = first;
    if (last.length > 0) node.final = last;
    return node;
  };
  const node = parseOne();
  if (i !== source.length) fail('unexpected text after the filter');
  return node;
}

/** An equality node for a value taken from data or config: no escaping can go wrong, there is no text. */
export function equals(attribute: string, value: string | Buffer): FilterNode {
  return {
    type: 'equal',
    attribute: attribute.toLowerCase(),
    value: typeof value === 'string' ? Buffer.from(value, 'utf8') : value,
  };
}

/** `(&a b)`, flattening when one side is absent. */
export function andFilters(...nodes: (FilterNode | undefined)[]): FilterNode {
  const present = nodes.filter((n): n is FilterNode => n !== undefined);
  if (present.length === 0) return { type: 'present', attribute: 'objectclass' };
  return present.length === 1 ? present[0]! : { type: 'and', filters: present };
}

/** Every attribute a filter reads (lower-cased), to request them with the entries it is evaluated on. */
export function filterAttributes(node: FilterNode): string[] {
  const names = new Set<string>();
  const visit = (n: FilterNode): void => {
    if ('filters' in n) n.filters.forEach(visit);
    else if ('filter' in n) visit(n.filter);
    else names.add(n.attribute);
  };
  visit(node);
  return [...names].sort();
}

function asValue(bytes: Buffer): string | Buffer {
  const text = bytes.toString('utf8');
  // A value that is not valid UTF-8 (objectGUID bytes) goes out as bytes, untouched.
  return Buffer.from(text, 'utf8').equals(bytes) ? text : bytes;
}

/** The ldapts Filter object for a node: sent as BER, never re-parsed from text. */
export function toLdaptsFilter(node: FilterNode): Filter {
  switch (node.type) {
    case 'and':
      return new AndFilter({ filters: node.filters.map(toLdaptsFilter) });
    case 'or':
      return new OrFilter({ filters: node.filters.map(toLdaptsFilter) });
    case 'not':
      return new NotFilter({ filter: toLdaptsFilter(node.filter) });
    case 'present':
      return new PresenceFilter({ attribute: node.attribute });
    case 'equal':
      return new EqualityFilter({ attribute: node.attribute, value: asValue(node.value) });
    case 'ge':
      return new GreaterThanEqualsFilter({ attribute: node.attribute, value: node.value.toString('utf8') });
    case 'le':
      return new LessThanEqualsFilter({ attribute: node.attribute, value: node.value.toString('utf8') });
    case 'approx':
      return new ApproximateFilter({ attribute: node.attribute, value: node.value.toString('utf8') });
    case 'substring':
      return new SubstringFilter({
        attribute: node.attribute,
        initial: node.initial?.toString('utf8') ?? '',
        any: node.any.map((b) => b.toString('utf8')),
        final: node.final?.toString('utf8') ?? '',
      });
  }
}

/**
 * Evaluates a filter on an entry, for the LDIF source, the way a directory does for the usual
 * attributes: text compares case-insensitively (caseIgnoreMatch, also right for objectClass and
 * DN-valued attributes), binary values byte for byte, `>=`/`<=` numerically when both sides are
 * integers. `~=` is treated as a case-insensitive equality.
 */
export function matchesFilter(entry: DirectoryEntry, node: FilterNode): boolean {
  switch (node.type) {
    case 'and':
      return node.filters.every((f) => matchesFilter(entry, f));
    case 'or':
      return node.filters.some((f) => matchesFilter(entry, f));
    case 'not':
      return !matchesFilter(entry, node.filter);
    case 'present':
      return (
        node.attribute === 'objectclass' ||
        valuesOf(entry, node.attribute).length > 0 ||
        binaryOf(entry, node.attribute).length > 0
      );
    case 'equal':
    case 'approx': {
      const wanted = node.value.toString('utf8').toLowerCase();
      return (
        valuesOf(entry, node.attribute).some((v) => v.toLowerCase() === wanted) ||
        binaryOf(entry, node.attribute).some((b) => b.equals(node.value))
      );
    }
    case 'ge':
    case 'le': {
      const bound = node.value.toString('utf8');
      return valuesOf(entry, node.attribute).some((v) => {
        const cmp =
          /^-?\d+$/.test(v) && /^-?\d+$/.test(bound)
            ? Math.sign(Number(BigInt(v) - BigInt(bound)))
            : v.toLowerCase().localeCompare(bound.toLowerCase(), 'en');
        return node.type === 'ge' ? cmp >= 0 : cmp <= 0;
      });
    }
    case 'substring':
      return valuesOf(entry, node.attribute).some((v) => matchesSubstring(v.toLowerCase(), node));
  }
}

function matchesSubstring(value: string, node: Extract<FilterNode, { type: 'substring' }>): boolean {
  let position = 0;
  const initial = node.initial?.toString('utf8').toLowerCase();
  const final = node.final?.toString('utf8').toLowerCase();
  if (initial !== undefined) {
    if (!value.startsWith(initial)) return false;
    position = initial.length;
  }
  for (const part of node.any) {
    const text = part.toString('utf8').toLowerCase();
    const found = value.indexOf(text, position);
    if (found === -1) return false;
    position = found + text.length;
  }
  if (final !== undefined) return value.length - final.length >= position && value.endsWith(final);
  return true;
}

function binaryOf(entry: DirectoryEntry, attribute: string): Buffer[] {
  return entry.binary?.[attribute.toLowerCase()] ?? [];
}
