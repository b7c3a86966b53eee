import type { ResolvedConfig } from '../config/index.ts';
import type { UserState } from '../state/index.ts';

/** Where one value came from, as the export records it (`src/mapping/map-result.ts`). */
interface ValueSource {
  attributes: readonly string[];
  rule: string;
}

export interface ExplainInput {
  config: ResolvedConfig;
  key: string;
  current: UserState | undefined;
  next: UserState | undefined;
  provenance: Readonly<Record<string, ValueSource>>;
  /** The directory entry read now: its attributes by lower-cased name. */
  entry: { dn: string; attributes: Readonly<Record<string, readonly string[]>> } | undefined;
  rejected: readonly { attribute: string; value: string; rule: string; message: string }[];
}

export type Owner = 'directory' | 'xivo' | 'allocator' | 'lifecycle';

export interface ExplainedField {
  /** Dotted path in the state file: `user.firstname`, `line.extension`, `callPermissions.1`. */
  path: string;
  value: string;
  owner: Owner;
  /** The directory attributes and their raw values, e.g. `givenName = "Amélie"`. */
  attributes: string[];
  /** The mapping rule and what it says: `fields.firstname: {{givenName}}`. */
  rule: string;
  /** The value the next export would write, when it differs from the file. */
  next?: string;
}

/**
 * For one person, each field of their state file with its owner, the directory attributes (with the
 * raw values read now) and the mapping rule behind it. Pure: the caller ran the export computation
 * with provenance kept.
 */
export function explainFields(input: ExplainInput): ExplainedField[] {
  const shown = input.current ?? input.next;
  if (shown === undefined) return [];
  const nextLeaves = input.next === undefined ? new Map<string, string>() : new Map(leaves(input.next));
  const out: ExplainedField[] = [];
  for (const [path, value] of leaves(shown)) {
    const source = sourceOf(input, path, shown);
    const attributes = source.attributes.map((name) => {
      // `xivo:field` or `state:field`: an `owner: xivo` value taken from XiVO, or kept from the file.
      const taken = /^(xivo|state):(.+)$/.exec(name);
      if (taken !== null) return taken[1] === 'xivo' ? `XiVO's ${taken[2]!}` : `kept from the state file`;
      const values = input.entry?.attributes[name.toLowerCase()];
      return values === undefined
        ? `${name} (absent)`
        : `${name} = ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    });
    const next = input.current === undefined ? undefined : nextLeaves.get(path);
    const field: ExplainedField = {
      path,
      value,
      owner: ownerOf(input.config, path, source.rule),
      attributes,
      rule: ruleDetail(input.config, source.rule),
    };
    if (input.next !== undefined && next !== value) field.next = next ?? '(none)';
    out.push(field);
  }
  return out;
}

/** `[path, value]` for every scalar of the state file, in file order; arrays by value (`callPermissions.national`). */
function leaves(state: UserState): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) out.push([`${path}.${String(item)}`, String(item)]);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        if (k !== '$schema') walk(v, path === '' ? k : `${path}.${k}`);
    } else {
      out.push([path, value === null ? 'null' : scalar(value)]);
    }
  };
  walk(state, '');
  return out;
}

/** The recorded provenance, else what the mapping says about a field it derives (contexts, the incall exten). */
function sourceOf(input: ExplainInput, path: string, state: UserState): ValueSource {
  const recorded = input.provenance[path];
  if (recorded !== undefined) return recorded;
  const site = `sites[${input.config.sites.findIndex((s) => s.name === state.site)}]`;
  const derived: Record<string, ValueSource> = {
    key: { attributes: [input.config.source.identifier.attribute], rule: 'source.identifier' },
    dn: { attributes: [], rule: 'the entry’s DN' },
    status: { attributes: [], rule: 'lifecycle (source.disabled, or gone from the directory)' },
    since: { attributes: [], rule: 'lifecycle: the day the person was first seen disabled or gone' },
    'line.context': { attributes: [], rule: `${site}.context` },
    'did.exten': {
      attributes: input.provenance['did.number']?.attributes ?? [],
      rule: `${site}.did.incallFormat`,
    },
    'did.context': { attributes: [], rule: `${site}.incallContext` },
    'voicemail.number': { attributes: [], rule: 'the extension' },
    'voicemail.context': { attributes: [], rule: `${site}.context` },
    'agent.context': { attributes: [], rule: `${site}.context` },
  };
  const section = path.split('.')[0]!;
  return (
    derived[path] ?? {
      attributes: [],
      rule: section === 'user' || section === 'voicemail' ? `${site}` : section,
    }
  );
}

function ownerOf(config: ResolvedConfig, path: string, rule: string): Owner {
  if (path === 'status' || path === 'since') return 'lifecycle';
  if (path.startsWith('user.')) {
    const rules: Readonly<Record<string, { owner: Owner } | undefined>> = config.fields;
    return rules[path.slice('user.'.length)]?.owner ?? 'directory';
  }
  const numbered = /^sites\[(\d+)\]\.(did|extension)$/.exec(rule);
  if (numbered !== undefined && numbered !== null) {
    const site = config.sites[Number(numbered[1])];
    const numbers = numbered[2] === 'did' ? site?.did : site?.extension;
    if (numbers?.source === 'pool') return 'allocator';
  }
  return 'directory';
}

/** The rule's name and what the mapping says there, short: a template, a pool, a site's condition. */
function ruleDetail(config: ResolvedConfig, rule: string): string {
  const name = rule.replace(/ \(owner: xivo\)$/, '');
  const steps = /^[A-Za-z_]+(\.[A-Za-z_]+|\[\d+\])*$/.test(name)
    ? [...name.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)]
    : [];
  let value: unknown = steps.length === 0 ? undefined : config;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return rule;
    value = (value as Record<string, unknown>)[step[1] ?? step[2]!];
  }
  const detail = describe(value);
  return detail === '' ? rule : `${rule}: ${detail}`;
}

/** A JSON scalar as text; anything else as JSON. */
function scalar(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === undefined ? '' : scalar(value);
  const o = value as Record<string, unknown>;
  if (typeof o['template'] === 'string') return o['template'];
  if (typeof o['source'] === 'string') {
    const ranges = Array.isArray(o['ranges'])
      ? (o['ranges'] as { start: string; end: string }[]).map((r) => `${r.start}–${r.end}`).join(', ')
      : '';
    const how =
      o['source'] === 'pool'
        ? 'allocator: pool'
        : o['source'] === 'did-suffix'
          ? `the last ${scalar(o['digits'] ?? '')} digits of the DID`
          : `attribute ${scalar(o['attribute'] ?? 'telephoneNumber')}`;
    return [how, ranges].filter((s) => s !== '').join(' ');
  }
  if (typeof o['name'] === 'string' && 'match' in o)
    return `site ${o['name']} where ${JSON.stringify(o['match'])}`;
  const json = JSON.stringify(value);
  return json.length > 100 ? `${json.slice(0, 99)}…` : json;
}

/** The fields as aligned text lines: `line.extension = 6742 ← allocator: …`. */
export function renderExplainText(input: ExplainInput, fields: readonly ExplainedField[]): string {
  const state = input.current ?? input.next;
  const lines: string[] = [];
  if (state === undefined) {
    lines.push(`${input.key}: no state file, and the export would write none`);
  } else {
    const name = [state.user.firstname, state.user.lastname ?? ''].join(' ').trim();
    lines.push(
      `${name} (key ${state.key}, state/users/${state.key}.json): ${state.status}, site ${state.site}`,
    );
  }
  lines.push(
    input.entry === undefined
      ? 'directory entry: not found now (gone, disabled out of the filter, or another source)'
      : `directory entry: ${input.entry.dn}`,
  );
  if (input.current === undefined && input.next !== undefined)
    lines.push('no state file yet: the next export creates it');
  if (input.current !== undefined && input.next === undefined)
    lines.push('the next export removes the state file');
  for (const r of input.rejected)
    lines.push(
      `rejected by the export: ${r.message} (attribute: ${r.attribute || '-'}, value: ${JSON.stringify(r.value)}, rule: ${r.rule})`,
    );
  lines.push('');
  const width = Math.min(32, Math.max(0, ...fields.map((f) => f.path.length)));
  for (const f of fields) {
    const raw = f.attributes.length === 0 ? '' : ` (${f.attributes.join('; ')})`;
    lines.push(`${f.path.padEnd(width)} = ${f.value}  [${f.owner}] ← ${f.rule}${raw}`);
    if (f.next !== undefined) lines.push(`${' '.repeat(width)}   next export: ${f.next}`);
  }
  return `${lines.join('\n')}\n`;
}
