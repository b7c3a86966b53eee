import type {
  Condition,
  ContactRules,
  FieldRule,
  FieldRules,
  MappingConfig,
  NumberRange,
  Site,
  SiteMatch,
} from '../state/generated/mapping.ts';
import type { ContactFields, UserState, XivoUserFields } from '../state/generated/user.ts';
import { checkExtension, formatNumber, inRanges, lastDigits, normalizePhone } from '../numbering/index.ts';
import { escapePointer } from '../state/validate-ajv.ts';
import { keyOf } from './identifier.ts';
import { MappingError } from './errors.ts';
import { type Template, TemplateValueError, parseTemplate, renderTemplate } from './template.ts';

/** A directory entry as the mapping reads it: the shape of ldap's DirectoryEntry (lower-cased attribute names). */
export interface MappableEntry {
  dn: string;
  attributes: Record<string, string[]>;
  binary?: Record<string, Buffer[]>;
}

/** Why an entry could not be mapped: enough for the export report and a PR comment. */
export interface Rejection {
  dn: string;
  /** The attribute at fault (lower-cased), or '' when none is (no site matched). */
  attribute: string;
  value: string;
  /** The mapping rule, as a path into mappings/: `fields.email`, `sites[1].did`, `sites`. */
  rule: string;
  message: string;
}

/** Where a produced field came from, for `explain` and the PR. Kept in memory, never in state. */
export interface Provenance {
  /** Directory attributes (lower-cased) the value was computed from. */
  attributes: string[];
  rule: string;
}

/** A number the mapping could not decide alone: the export allocates it from the pool, then calls `completeNumbers`. */
export interface NumberRequest {
  kind: 'did' | 'extension' | 'agent';
  context: string;
  pool: NumberRange[];
  rule: string;
}

/** What is known once the pools have spoken (numbers the person keeps from state, or new ones). */
export interface AllocatedNumbers {
  did?: string;
  extension?: string;
  agent?: string;
}

export type MapResult =
  | {
      ok: true;
      /** Desired state; numbers from pools are missing until `completeNumbers`. */
      user: UserState;
      /** Keyed by the JSON path of the produced field, e.g. `user.email`, `line.extension`. */
      provenance: Record<string, Provenance>;
      numberRequests: NumberRequest[];
    }
  | { ok: false; rejection: Rejection };

export interface MapContext {
  /** `$schema` written into state files (default `../../schemas/user.schema.json`, from state/users/). */
  schemaRef?: string;
}

class Reject extends Error {
  readonly rejection: Omit<Rejection, 'dn'>;
  constructor(rejection: Omit<Rejection, 'dn'>) {
    super(rejection.message);
    this.rejection = rejection;
  }
}

const XIVO_FIELDS = [
  'firstname',
  'lastname',
  'email',
  'username',
  'language',
  'timezone',
  'mobile_phone_number',
  'caller_id',
  'outgoing_caller_id',
  'description',
  'userfield',
  'music_on_hold',
  'preprocess_subroutine',
] as const satisfies readonly (keyof FieldRules)[];

const CONTACT_FIELDS = [
  'title',
  'department',
  'location',
  'manager',
  'company',
  'office',
  'phone',
  'mobile',
  'fax',
  'employeeId',
  'costCenter',
  'division',
  'building',
  'assistant',
] as const satisfies readonly (keyof ContactRules)[];

/**
 * Maps one directory entry to the desired state of one person (status `active`: lifecycle is the
 * export's business). Pure: no I/O, no clock. Every failure is a rejection naming DN, attribute,
 * value and rule; the caller keeps the person's previous state file.
 */
export function mapEntry(entry: MappableEntry, config: MappingConfig, context: MapContext = {}): MapResult {
  try {
    return mapOrThrow(entry, config, context);
  } catch (error) {
    if (error instanceof Reject) return { ok: false, rejection: { dn: entry.dn, ...error.rejection } };
    if (error instanceof MappingError) {
      return {
        ok: false,
        rejection: { dn: entry.dn, attribute: '', value: '', rule: 'mapping', message: error.message },
      };
    }
    throw error;
  }
}

function mapOrThrow(entry: MappableEntry, config: MappingConfig, context: MapContext): MapResult {
  const identifier = keyOf(entry, config.source.identifier);
  if (!identifier.ok) {
    throw new Reject({
      attribute: config.source.identifier.attribute.toLowerCase(),
      value: identifier.value,
      rule: 'source.identifier',
      message: identifier.message,
    });
  }
  const key = identifier.key;
  const { site, index: siteIndex } = selectSite(entry, config.sites);
  const rules = siteRules(siteIndex);
  const siteRule = rules.site;
  const provenance: Record<string, Provenance> = {};
  const placeholders: Record<string, string[]> = { key: [key], site: [site.name] };
  const lookup = (name: string): string[] | undefined =>
    Object.hasOwn(placeholders, name)
      ? placeholders[name]
      : Object.hasOwn(entry.attributes, name)
        ? entry.attributes[name]
        : undefined;

  const render = (template: string, rule: string, path: string | undefined, required = false): string => {
    const parsed = parseTemplate(template);
    try {
      const value = renderTemplate(parsed, lookup, { country: site.country, required });
      if (path !== undefined && value !== '') provenance[path] = provenanceOf(parsed, rule, placeholders);
      return value;
    } catch (error) {
      if (error instanceof TemplateValueError)
        throw new Reject({ attribute: error.attribute, value: error.value, rule, message: error.message });
      throw error;
    }
  };

  // Numbers first: `{{extension}}` may appear in other templates (agent number, caller id).
  const requests: NumberRequest[] = [];
  const grants = site.grants ?? {};
  let did: UserState['did'] = null;
  let didE164: string | undefined;
  if (grants.did !== false && site.did !== undefined && site.did.source !== 'none') {
    const rule = rules.did;
    if (site.did.source === 'attribute') {
      const attribute = (site.did.attribute ?? 'telephoneNumber').toLowerCase();
      const raw = entry.attributes[attribute]?.[0];
      if (raw !== undefined && raw.trim() !== '') {
        const parsed = normalizePhone(raw, site.country);
        if (!parsed.ok) throw new Reject({ attribute, value: raw, rule, message: parsed.message });
        if (site.did.ranges !== undefined && !inRanges(parsed.e164, site.did.ranges)) {
          throw new Reject({
            attribute,
            value: raw,
            rule,
            message: `DID ${parsed.e164} is outside the site's DID ranges ${describeRanges(site.did.ranges)}`,
          });
        }
        didE164 = parsed.e164;
        provenance['did.number'] = { attributes: [attribute], rule };
      }
    } else {
      requests.push({
        kind: 'did',
        context: site.incallContext ?? 'from-extern',
        pool: [...(site.did.ranges ?? [])],
        rule,
      });
    }
  }

  let extension: string | undefined;
  const lineGranted = grants.line !== false;
  if (lineGranted) {
    const rule = rules.extension;
    const source = site.extension.source;
    if (source === 'attribute') {
      const attribute = (site.extension.attribute ?? 'telephoneNumber').toLowerCase();
      const raw = entry.attributes[attribute]?.[0];
      if (raw === undefined || raw.trim() === '')
        throw new Reject({
          attribute,
          value: '',
          rule,
          message: `${attribute} is missing: the extension is taken from it`,
        });
      const digits = raw.replace(/\D/g, '');
      extension =
        site.extension.digits === undefined
          ? digits
          : safeLastDigits(digits, site.extension.digits, { attribute, value: raw, rule });
      checkExtensionOrReject(extension, site.extension.ranges, { attribute, value: raw, rule });
      provenance['line.extension'] = { attributes: [attribute], rule };
    } else if (source === 'did-suffix') {
      if (didE164 !== undefined) {
        const attribute = provenance['did.number']?.attributes[0] ?? '';
        extension = safeLastDigits(didE164, site.extension.digits ?? 4, { attribute, value: didE164, rule });
        checkExtensionOrReject(extension, site.extension.ranges, { attribute, value: didE164, rule });
        provenance['line.extension'] = { attributes: [attribute], rule };
      } else if (!requests.some((r) => r.kind === 'did')) {
        throw new Reject({
          attribute: site.did?.attribute?.toLowerCase() ?? '',
          value: '',
          rule,
          message: 'the extension is the end of the DID, but this person has no DID',
        });
      }
    } else {
      requests.push({ kind: 'extension', context: site.context, pool: [...site.extension.ranges], rule });
    }
  }

  if (didE164 !== undefined) did = didAssignment(didE164, site);
  if (extension !== undefined) placeholders['extension'] = [extension];

  const user: XivoUserFields = { firstname: '' };
  for (const field of XIVO_FIELDS) {
    const fieldRule = config.fields[field];
    if (fieldRule?.template === undefined || fieldRule.owner === 'allocator') continue;
    const value = render(fieldRule.template, `fields.${field}`, `user.${field}`).trim();
    if (value !== '') user[field] = value;
  }
  if (user.firstname === '') {
    const attribute = parseTemplate(config.fields.firstname.template ?? '').names[0] ?? '';
    throw new Reject({
      attribute,
      value: '',
      rule: 'fields.firstname',
      message: 'firstname is empty (XiVO requires it)',
    });
  }
  if (user.language === undefined && site.language !== undefined) user.language = site.language;
  if (user.timezone === undefined && site.timezone !== undefined) user.timezone = site.timezone;

  const state: UserState = {
    $schema: context.schemaRef ?? '../../schemas/user.schema.json',
    key,
    status: 'active',
    dn: entry.dn,
    site: site.name,
    user,
    line: lineGranted && extension !== undefined ? { context: site.context, extension } : null,
    did,
    voicemail: null,
    agent: null,
  };

  if (
    config.voicemail !== undefined &&
    grants.voicemail !== false &&
    lineGranted &&
    holdsAny(config.voicemail.when, entry, site)
  ) {
    const name =
      render(config.voicemail.name ?? DEFAULT_VOICEMAIL_NAME, 'voicemail.name', 'voicemail.name').trim() ||
      `${user.firstname} ${user.lastname ?? ''}`.trim();
    const voicemail: NonNullable<UserState['voicemail']> = {
      number: extension ?? '',
      context: site.context,
      name,
    };
    if (config.voicemail.email !== undefined) {
      const email = render(config.voicemail.email, 'voicemail.email', 'voicemail.email').trim();
      if (email !== '') voicemail.email = email;
    }
    if (user.language !== undefined && user.language !== null) voicemail.language = user.language;
    if (config.voicemail.timezone !== undefined) voicemail.timezone = config.voicemail.timezone;
    state.voicemail = voicemail;
  }

  if (config.agent !== undefined && grants.agent !== false && holdsAny(config.agent.when, entry, site)) {
    if (config.agent.number !== undefined) {
      if (extension !== undefined || !parseTemplate(config.agent.number).names.includes('extension')) {
        const number = render(config.agent.number, 'agent.number', 'agent.number');
        if (!/^\d+$/.test(number))
          throw new Reject({
            attribute: '',
            value: number,
            rule: 'agent.number',
            message: `agent number ${JSON.stringify(number)} must be digits`,
          });
        state.agent = { number, context: site.context };
      } else {
        // Rendered by completeNumbers once the extension is allocated.
        state.agent = { number: '', context: site.context };
      }
    } else {
      state.agent = { number: '', context: site.context };
      requests.push({
        kind: 'agent',
        context: site.context,
        pool: [...(config.agent.ranges ?? [])],
        rule: 'agent.ranges',
      });
    }
  }

  if (grants.callPermissions !== false) {
    const names = (config.callPermissions ?? []).flatMap((rule, index) => {
      if (!holdsAny(rule.when, entry, site)) return [];
      provenance[`callPermissions.${rule.name}`] = {
        attributes: conditionAttributes(rule.when),
        rule: `callPermissions[${index}]`,
      };
      return [rule.name];
    });
    if (names.length > 0) state.callPermissions = names;
  }

  if (config.contact !== undefined) {
    const contact: ContactFields = {};
    for (const field of CONTACT_FIELDS) {
      const template = config.contact[field];
      if (template === undefined) continue;
      const value = render(template, `contact.${field}`, `contact.${field}`).trim();
      if (value !== '') contact[field] = value;
    }
    if (Object.keys(contact).length > 0) state.contact = contact;
  }

  provenance['site'] = { attributes: matchAttributes(site.match), rule: siteRule };
  return { ok: true, user: state, provenance, numberRequests: requests };
}

/**
 * Fills in numbers allocated from pools (or kept from state): the DID and its incall exten, the
 * extension (or the one derived from the DID), the voicemail number, and an agent number whose
 * template reads `{{extension}}`. Pure; returns a rejection when a derived number breaks a rule.
 */
export function completeNumbers(
  mapped: Extract<MapResult, { ok: true }>,
  numbers: AllocatedNumbers,
  config: MappingConfig,
): MapResult {
  // Shallow: only top-level fields are replaced below, never mutated in place.
  const state = { ...mapped.user };
  const provenance = { ...mapped.provenance };
  const site = config.sites.find((s) => s.name === state.site);
  if (site === undefined) throw new MappingError(`site ${state.site} is not in the mapping`);
  const siteIndex = config.sites.indexOf(site);
  const fail = (rejection: Omit<Rejection, 'dn'>): MapResult => ({
    ok: false,
    rejection: { dn: state.dn, ...rejection },
  });
  try {
    if (numbers.did !== undefined) {
      state.did = didAssignment(numbers.did, site);
      provenance['did.number'] = { attributes: [], rule: siteRules(siteIndex).did };
    }
    let extension = state.line?.extension;
    if (numbers.extension !== undefined) extension = numbers.extension;
    else if (
      site.extension.source === 'did-suffix' &&
      extension === undefined &&
      state.did !== null &&
      state.did !== undefined
    ) {
      const rule = siteRules(siteIndex).extension;
      extension = safeLastDigits(state.did.number, site.extension.digits ?? 4, {
        attribute: '',
        value: state.did.number,
        rule,
      });
      checkExtensionOrReject(extension, site.extension.ranges, {
        attribute: '',
        value: state.did.number,
        rule,
      });
    }
    if (extension !== undefined && site.grants?.line !== false) {
      state.line = { context: site.context, extension };
      provenance['line.extension'] ??= { attributes: [], rule: siteRules(siteIndex).extension };
    }
    if (state.voicemail !== null && state.voicemail !== undefined) {
      if (extension === undefined)
        return fail({
          attribute: '',
          value: '',
          rule: 'voicemail',
          message: 'a voicemail needs an extension, and none was allocated',
        });
      state.voicemail = { ...state.voicemail, number: extension };
    }
    if (state.agent !== null && state.agent !== undefined && state.agent.number === '') {
      if (numbers.agent !== undefined) state.agent = { ...state.agent, number: numbers.agent };
      else if (config.agent?.number !== undefined && extension !== undefined) {
        const number = renderTemplate(parseTemplate(config.agent.number), (name) =>
          name === 'extension'
            ? [extension]
            : name === 'key'
              ? [state.key]
              : name === 'site'
                ? [state.site]
                : undefined,
        );
        if (!/^\d+$/.test(number))
          return fail({
            attribute: '',
            value: number,
            rule: 'agent.number',
            message: `agent number ${JSON.stringify(number)} must be digits`,
          });
        state.agent = { ...state.agent, number };
      } else
        return fail({ attribute: '', value: '', rule: 'agent', message: 'no agent number could be given' });
    }
  } catch (error) {
    if (error instanceof Reject) return fail(error.rejection);
    throw error;
  }
  return { ok: true, user: state, provenance, numberRequests: [] };
}

function didAssignment(e164: string, site: Site): NonNullable<UserState['did']> {
  const format = site.did?.incallFormat ?? 'e164';
  const exten = formatNumber(
    e164,
    format,
    site.did?.didLength === undefined ? {} : { digits: site.did.didLength },
  );
  return { number: e164, exten, context: site.incallContext ?? 'from-extern' };
}

function safeLastDigits(number: string, digits: number, where: Omit<Rejection, 'dn' | 'message'>): string {
  try {
    return lastDigits(number, digits);
  } catch (error) {
    throw new Reject({ ...where, message: error instanceof Error ? error.message : String(error) });
  }
}

function checkExtensionOrReject(
  extension: string,
  ranges: NumberRange[],
  where: Omit<Rejection, 'dn' | 'message'>,
): void {
  const problem = checkExtension(extension, ranges);
  if (problem !== undefined) throw new Reject({ ...where, message: problem });
}

function describeRanges(ranges: readonly NumberRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(', ');
}

/** The first site whose match holds; none → a rejection listing what was tried. */
export function selectSite(entry: MappableEntry, sites: readonly Site[]): { site: Site; index: number } {
  const index = sites.findIndex((site) => matches(site.match, entry));
  if (index === -1) {
    throw new Reject({
      attribute: '',
      value: '',
      rule: 'sites',
      message: `no site matches this entry (tried ${sites.map((s) => s.name).join(', ')})`,
    });
  }
  return { site: sites[index]!, index };
}

function matches(match: SiteMatch | Condition, entry: MappableEntry): boolean {
  if ('dnSuffix' in match && match.dnSuffix !== undefined && !dnEndsWith(entry.dn, match.dnSuffix))
    return false;
  if (match.memberOf !== undefined) {
    const wanted = normalizedConfigDn(match.memberOf);
    if (!(entry.attributes['memberof'] ?? []).some((g) => normalizeDn(g) === wanted)) return false;
  }
  if (match.attribute !== undefined) {
    const values = entry.attributes[match.attribute.toLowerCase()] ?? [];
    // Directory attributes compare case-insensitively (caseIgnoreMatch): "paris" is "Paris".
    if (match.equals !== undefined && !values.some((v) => v.toLowerCase() === match.equals!.toLowerCase()))
      return false;
    if (match.regex !== undefined && !compileRegex(match.regex).test(values[0] ?? '')) return false;
  }
  return true;
}

function holdsAny(conditions: readonly Condition[], entry: MappableEntry, site: Site): boolean {
  return conditions.some((condition) => {
    if (condition.sites !== undefined && !condition.sites.includes(site.name)) return false;
    if (condition.always === true) return true;
    const tested = condition.memberOf !== undefined || condition.attribute !== undefined;
    return tested ? matches(condition, entry) : condition.sites !== undefined;
  });
}

function conditionAttributes(conditions: readonly Condition[]): string[] {
  return [
    ...new Set(
      conditions.flatMap((c) => [
        ...(c.memberOf !== undefined ? ['memberof'] : []),
        ...(c.attribute !== undefined ? [c.attribute.toLowerCase()] : []),
      ]),
    ),
  ];
}

function matchAttributes(match: SiteMatch): string[] {
  if (match.attribute !== undefined) return [match.attribute.toLowerCase()];
  if (match.memberOf !== undefined) return ['memberof'];
  return [];
}

const regexCache = new Map<string, RegExp>();
function compileRegex(source: string): RegExp {
  let regex = regexCache.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source, 'u');
    } catch (error) {
      throw new MappingError(`invalid regex ${JSON.stringify(source)}`, { cause: error });
    }
    regexCache.set(source, regex);
  }
  return regex;
}

// One record per template and rule, shared by every person: 20,000 people × 15 fields would
// otherwise hold 300,000 identical objects. Frozen, since they are shared. The extension is a
// placeholder once numbers are known, and an attribute name before, hence two caches.
type ProvenanceCache = WeakMap<Template, Map<string, Provenance>>;
const provenanceCache: readonly [ProvenanceCache, ProvenanceCache] = [new WeakMap(), new WeakMap()];
function provenanceOf(parsed: Template, rule: string, placeholders: Record<string, string[]>): Provenance {
  const cache = provenanceCache[Object.hasOwn(placeholders, 'extension') ? 1 : 0];
  let byRule = cache.get(parsed);
  if (byRule === undefined) {
    byRule = new Map<string, Provenance>();
    cache.set(parsed, byRule);
  }
  let record = byRule.get(rule);
  if (record === undefined) {
    const attributes = parsed.names.filter((n) => !Object.hasOwn(placeholders, n));
    record = Object.freeze({ attributes: Object.freeze(attributes) as string[], rule });
    byRule.set(rule, record);
  }
  return record;
}

// The rule names of site n, built once: every person's number requests hold them, and 20,000 copies
// of "sites[0].did" built per person would be so many strings kept until the export ends.
const siteRuleNames: { site: string; did: string; extension: string }[] = [];
function siteRules(index: number): { site: string; did: string; extension: string } {
  return (siteRuleNames[index] ??= {
    site: `sites[${index}]`,
    did: `sites[${index}].did`,
    extension: `sites[${index}].extension`,
  });
}

const normalizedDns = new Map<string, string>();
/** normalizeDn of a DN from the mapping (site suffixes, groups): computed once, not per entry. */
function normalizedConfigDn(dn: string): string {
  let normalized = normalizedDns.get(dn);
  if (normalized === undefined) {
    normalized = normalizeDn(dn);
    normalizedDns.set(dn, normalized);
  }
  return normalized;
}

function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*([=,])\s*/g, '$1')
    .toLowerCase();
}

function dnEndsWith(dn: string, suffix: string): boolean {
  const d = normalizeDn(dn);
  const s = normalizedConfigDn(suffix);
  return d === s || d.endsWith(`,${s}`);
}

/** Every attribute (lower-cased) the mapping reads: what the directory search must request. */
const DEFAULT_VOICEMAIL_NAME = '{{givenName}} {{sn}}';

/**
 * Every template the mapping renders, with its JSON pointer in the mapping (defaults included:
 * the voicemail name), for the attribute list of the search and for `validate`'s syntax check.
 */
export function mappingTemplates(config: MappingConfig): { pointer: string; template: string }[] {
  const out: { pointer: string; template: string }[] = [];
  const add = (pointer: string, template: string | undefined): void => {
    if (template !== undefined) out.push({ pointer, template });
  };
  for (const [field, rule] of Object.entries(config.fields) as [string, FieldRule | undefined][])
    add(`/fields/${escapePointer(field)}/template`, rule?.template);
  for (const [field, template] of Object.entries(config.contact ?? {}) as [string, string | undefined][])
    add(`/contact/${escapePointer(field)}`, template);
  add('/voicemail/name', config.voicemail?.name ?? DEFAULT_VOICEMAIL_NAME);
  add('/voicemail/email', config.voicemail?.email);
  add('/agent/number', config.agent?.number);
  return out;
}

export function attributesNeeded(config: MappingConfig): string[] {
  const names = new Set<string>([config.source.identifier.attribute.toLowerCase(), 'memberof']);
  for (const { template } of mappingTemplates(config))
    for (const name of parseTemplate(template).names)
      if (!['key', 'site', 'extension'].includes(name)) names.add(name);
  for (const site of config.sites) {
    if (site.match.attribute !== undefined) names.add(site.match.attribute.toLowerCase());
    if (site.extension.attribute !== undefined) names.add(site.extension.attribute.toLowerCase());
    if (site.did?.attribute !== undefined) names.add(site.did.attribute.toLowerCase());
    if (site.extension.source === 'attribute' && site.extension.attribute === undefined)
      names.add('telephonenumber');
    if (site.did?.source === 'attribute' && site.did.attribute === undefined) names.add('telephonenumber');
  }
  const conditions = [
    ...(config.voicemail?.when ?? []),
    ...(config.agent?.when ?? []),
    ...(config.callPermissions ?? []).flatMap((r) => r.when),
  ];
  for (const attribute of conditionAttributes(conditions)) names.add(attribute);
  if (config.source.disabled?.adUserAccountControl === true) names.add('useraccountcontrol');
  return [...names].sort();
}
