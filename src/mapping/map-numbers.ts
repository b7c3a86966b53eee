import type { NumberRange } from '../state/generated/mapping.ts';
import type { ResolvedSite } from '../config/index.ts';
import type { UserState } from '../state/generated/user.ts';
import {
  type ParsedPhone,
  checkExtension,
  formatNumber,
  inRanges,
  lastDigits,
  parsePhoneNumber,
} from '../numbering/index.ts';
import type { EntryDraft } from './entry-draft.ts';
import type { Rejection } from './map-result.ts';
import { type Step, Refusal } from './refusal.ts';

/**
 * The person's DID, as E.164, when the site reads it from an attribute; undefined when the site
 * gives none, the attribute is empty, or the DID comes from the pool (then requested in the draft).
 */
export function mapDid(draft: EntryDraft): Step<DirectDid | undefined> {
  const { entry, site, rules, provenance } = draft;
  if (!site.grants.did || site.did.source === 'none') return undefined;
  const rule = rules.did;
  if (site.did.source !== 'attribute') {
    draft.requests.push({
      kind: 'did',
      context: site.incallContext,
      pool: [...(site.did.ranges ?? [])],
      rule,
    });
    return undefined;
  }
  const attribute = (site.did.attribute ?? 'telephoneNumber').toLowerCase();
  const raw = entry.attributes[attribute]?.[0];
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = parsePhoneNumber(raw, site.country);
  if (!parsed.ok) return new Refusal({ attribute, value: raw, rule, message: parsed.message });
  if (site.did.ranges !== undefined && !inRanges(parsed.e164, site.did.ranges)) {
    return new Refusal({
      attribute,
      value: raw,
      rule,
      message: `DID ${parsed.e164} is outside the site's DID ranges ${describeRanges(site.did.ranges)}`,
    });
  }
  if (draft.keepProvenance) provenance['did.number'] = { attributes: [attribute], rule };
  return { e164: parsed.e164, attribute, render: parsed.render };
}

/** A DID read from an attribute: its E.164 number, the attribute, and its other formats from the same parse. */
export type DirectDid = { e164: string; attribute: string } & Pick<
  Extract<ParsedPhone, { ok: true }>,
  'render'
>;

/**
 * The person's extension when the mapping decides it: from an attribute, or the end of the DID
 * (`didE164`, from mapDid). Undefined when it comes from a pool (requested in the draft), or is the
 * end of a DID the pool has yet to give. Only called when the site grants a line.
 */
export function mapExtension(draft: EntryDraft, did: DirectDid | undefined): Step<string | undefined> {
  const { entry, site, rules, provenance } = draft;
  const rule = rules.extension;
  const source = site.extension.source;
  if (source === 'attribute') {
    const attribute = (site.extension.attribute ?? 'telephoneNumber').toLowerCase();
    const raw = entry.attributes[attribute]?.[0];
    if (raw === undefined || raw.trim() === '')
      return new Refusal({
        attribute,
        value: '',
        rule,
        message: `${attribute} is missing: the extension is taken from it`,
      });
    const digits = raw.replace(/\D/g, '');
    const extension =
      site.extension.digits === undefined
        ? checkedExtension(digits, site.extension.ranges, { attribute, value: raw, rule })
        : extensionSuffix(digits, site.extension.digits, site.extension.ranges, {
            attribute,
            value: raw,
            rule,
          });
    if (extension instanceof Refusal) return extension;
    if (draft.keepProvenance) provenance['line.extension'] = { attributes: [attribute], rule };
    return extension;
  }
  if (source === 'did-suffix') {
    if (did !== undefined) {
      const { attribute } = did;
      const extension = extensionSuffix(did.e164, site.extension.digits, site.extension.ranges, {
        attribute,
        value: did.e164,
        rule,
      });
      if (extension instanceof Refusal) return extension;
      if (draft.keepProvenance) provenance['line.extension'] = { attributes: [attribute], rule };
      return extension;
    }
    if (!draft.requests.some((r) => r.kind === 'did')) {
      return new Refusal({
        attribute: site.did.attribute?.toLowerCase() ?? '',
        value: '',
        rule,
        message: 'the extension is the end of the DID, but this person has no DID',
      });
    }
    return undefined;
  }
  draft.requests.push({ kind: 'extension', context: site.context, pool: [...site.extension.ranges], rule });
  return undefined;
}

/** The last `digits` digits of `number` as an extension, checked against the context's ranges. */
export function extensionSuffix(
  number: string,
  digits: number,
  ranges: NumberRange[],
  where: Omit<Rejection, 'dn' | 'message'>,
): Step<string> {
  let extension: string;
  try {
    extension = lastDigits(number, digits);
  } catch (error) {
    return new Refusal({ ...where, message: error instanceof Error ? error.message : String(error) });
  }
  return checkedExtension(extension, ranges, where);
}

function checkedExtension(
  extension: string,
  ranges: NumberRange[],
  where: Omit<Rejection, 'dn' | 'message'>,
): Step<string> {
  const problem = checkExtension(extension, ranges);
  return problem === undefined ? extension : new Refusal({ ...where, message: problem });
}

/**
 * The DID of a person on a site: the number, the incall exten dialled in, and its context. `render`
 * formats the number (default formatNumber; mapDid's, from the parse it has made already).
 */
export function didAssignment(
  e164: string,
  site: ResolvedSite,
  render: DirectDid['render'] = (format, options) => formatNumber(e164, format, options),
): NonNullable<UserState['did']> {
  const format = site.did.incallFormat;
  const exten = render(format, site.did?.didLength === undefined ? {} : { digits: site.did.didLength });
  return { number: e164, exten, context: site.incallContext };
}

function describeRanges(ranges: readonly NumberRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(', ');
}
