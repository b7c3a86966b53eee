import type { FieldRules } from '../state/generated/mapping.ts';
import type { ResolvedConfig } from '../config/index.ts';
import type { UserState, XivoUserFields } from '../state/generated/user.ts';
import type { Provenance } from './map-result.ts';

/** What export knows of the managed XiVO users, read from the inventory (`export --xivo`). */
export interface XivoOwnedValues {
  /** The scalar confd fields of each managed XiVO user, by key (the inventory's `fields`). */
  byKey: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /**
   * Keys carried by several XiVO users: which one is this person is a human's call (the planner
   * refuses to guess too), so these people keep their previous values.
   */
  ambiguous?: ReadonlySet<string>;
}

/**
 * Where the `owner: xivo` fields of one person come from in this export:
 * - `xivo`: their managed XiVO user exists, and XiVO is authoritative;
 * - `state`: XiVO was not read (or the key is ambiguous there): the previous state file keeps what
 *   an earlier `--xivo` export read, so a run without XiVO access never reverts a change made in XiVO;
 * - `directory`: nobody in XiVO yet (a new hire): the directory template seeds the value.
 */
export type XivoOwnedSource =
  | { from: 'xivo'; fields: Readonly<Record<string, unknown>> }
  | { from: 'state'; state: UserState }
  | { from: 'directory' };

type FieldName = keyof FieldRules & keyof XivoUserFields;

/**
 * The `owner: xivo` fields of the mapping, except the key field (it carries our key, not a
 * person's value).
 */
export function xivoOwnedFields(config: ResolvedConfig): FieldName[] {
  return (Object.keys(config.fields) as FieldName[])
    .filter((field) => config.fields[field]?.owner === 'xivo' && field !== config.identity.xivoField)
    .sort();
}

export function xivoOwnedSource(
  key: string,
  previous: UserState | undefined,
  xivo: XivoOwnedValues | undefined,
): XivoOwnedSource {
  if (xivo !== undefined && !(xivo.ambiguous?.has(key) ?? false)) {
    const fields = xivo.byKey.get(key);
    return fields === undefined ? { from: 'directory' } : { from: 'xivo', fields };
  }
  return previous === undefined ? { from: 'directory' } : { from: 'state', state: previous };
}

/**
 * The mapping to map a person with when their `owner: xivo` fields do not come from the directory:
 * the templates of those fields are dropped, so a value the directory holds but nobody uses (say an
 * unparsable `mobile`) does not reject the person. `firstname` keeps its template: mapping needs one.
 */
export function withoutXivoTemplates(config: ResolvedConfig, fields: readonly FieldName[]): ResolvedConfig {
  const stripped = fields.filter((field) => field !== 'firstname');
  if (stripped.length === 0) return config;
  const rules: ResolvedConfig['fields'] = { ...config.fields };
  for (const field of stripped) rules[field] = { owner: 'xivo' };
  return { ...config, fields: rules };
}

/**
 * Puts XiVO's (or the previous state's) values of the `owner: xivo` fields into a mapped state and
 * records where each came from (`xivo:<field>` or `state:<field>`). A value cleared at the source is
 * absent from the result, except `firstname`, which XiVO and state always hold.
 */
export function applyXivoOwned(
  state: UserState,
  provenance: Record<string, Provenance>,
  fields: readonly FieldName[],
  source: XivoOwnedSource,
  keepProvenance = true,
): { state: UserState; provenance: Record<string, Provenance> } {
  if (source.from === 'directory' || fields.length === 0) return { state, provenance };
  const user: XivoUserFields = { ...state.user };
  // Without provenance, records go to a throw-away object and `provenance` is returned as is.
  const outProvenance = keepProvenance ? { ...provenance } : {};
  for (const field of fields) {
    const value =
      source.from === 'xivo' ? scalarText(source.fields[field]) : scalarText(source.state.user[field]);
    const path = `user.${field}`;
    if (value === undefined) {
      if (field === 'firstname') continue;
      delete user[field];
      delete outProvenance[path];
      continue;
    }
    user[field] = value;
    outProvenance[path] = {
      attributes: [`${source.from}:${field}`],
      rule: `fields.${field} (owner: xivo)`,
    };
  }
  return { state: { ...state, user }, provenance: keepProvenance ? outProvenance : provenance };
}

/** confd returns these fields as strings or null; an empty string is a cleared field too. */
function scalarText(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
  return text === '' ? undefined : text;
}
