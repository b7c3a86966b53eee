import type { ResolvedConfig, ResolvedSite } from '../config/index.ts';
import type { UserState } from '../state/generated/user.ts';
import { MappingError } from './errors.ts';
import { agentNumber } from './map-agent.ts';
import { didAssignment, extensionSuffix } from './map-numbers.ts';
import type { AllocatedNumbers, MapResult } from './map-result.ts';
import { type Step, Refusal, rejected } from './refusal.ts';
import { type SiteRuleNames, siteRules } from './select-site.ts';
import { TemplateValueError, parseTemplate, renderTemplate } from './template.ts';

/**
 * Fills in numbers allocated from pools (or kept from state): the DID and its incall exten, the
 * extension (or the one derived from the DID), the voicemail number, and an agent number whose
 * template reads `{{extension}}`. Pure; returns a rejection when a derived number breaks a rule.
 */
export function completeNumbers(
  mapped: Extract<MapResult, { ok: true }>,
  numbers: AllocatedNumbers,
  config: ResolvedConfig,
  keepProvenance = true,
): MapResult {
  // Shallow: only top-level fields are replaced below, never mutated in place.
  const state = { ...mapped.user };
  // Without provenance, the records below go to a throw-away object, and the result keeps the
  // mapping's (empty) one.
  const provenance = keepProvenance ? { ...mapped.provenance } : {};
  const site = config.sites.find((s) => s.name === state.site);
  if (site === undefined) throw new MappingError(`site ${state.site} is not in the mapping`);
  const rules = siteRules(config.sites.indexOf(site));
  if (numbers.did !== undefined) {
    state.did = didAssignment(numbers.did, site);
    provenance['did.number'] = { attributes: [], rule: rules.did };
  }
  const extension = completedExtension(state, numbers, site, rules);
  if (extension instanceof Refusal) return rejected(state.dn, extension);
  if (extension !== undefined && site.grants.line) {
    state.line = { context: site.context, extension };
    provenance['line.extension'] ??= { attributes: [], rule: rules.extension };
  }
  if (state.voicemail !== null && state.voicemail !== undefined) {
    if (extension === undefined) {
      return rejected(
        state.dn,
        new Refusal({
          attribute: '',
          value: '',
          rule: 'voicemail',
          message: 'a voicemail needs an extension, and none was allocated',
        }),
      );
    }
    state.voicemail = { ...state.voicemail, number: extension };
  }
  if (state.agent !== null && state.agent !== undefined && state.agent.number === '') {
    const number = completedAgentNumber(state, numbers, config, site, extension);
    if (number instanceof Refusal) return rejected(state.dn, number);
    state.agent = { ...state.agent, number };
  }
  return {
    ok: true,
    user: state,
    provenance: keepProvenance ? provenance : mapped.provenance,
    numberRequests: [],
  };
}

/** The allocated extension, else the one the state holds, else the end of a DID just allocated. */
function completedExtension(
  state: UserState,
  numbers: AllocatedNumbers,
  site: ResolvedSite,
  rules: SiteRuleNames,
): Step<string | undefined> {
  if (numbers.extension !== undefined) return numbers.extension;
  const extension = state.line?.extension;
  if (
    site.extension.source !== 'did-suffix' ||
    extension !== undefined ||
    state.did === null ||
    state.did === undefined
  )
    return extension;
  return extensionSuffix(state.did.number, site.extension.digits, site.extension.ranges, {
    attribute: '',
    value: state.did.number,
    rule: rules.extension,
  });
}

/** The pool's agent number, else the agent template rendered with the extension now known. */
function completedAgentNumber(
  state: UserState,
  numbers: AllocatedNumbers,
  config: ResolvedConfig,
  site: ResolvedSite,
  extension: string | undefined,
): Step<string> {
  if (numbers.agent !== undefined) return numbers.agent;
  if (config.agent?.number === undefined || extension === undefined)
    return new Refusal({
      attribute: '',
      value: '',
      rule: 'agent',
      message: 'no agent number could be given',
    });
  // mapEntry parsed this template already (a bad one rejected the entry there).
  const template = parseTemplate(config.agent.number);
  const lookup = (name: string): string[] | undefined =>
    name === 'extension'
      ? [extension]
      : name === 'key'
        ? [state.key]
        : name === 'site'
          ? [state.site]
          : undefined;
  let number: string;
  try {
    number = renderTemplate(template, lookup, { country: site.country });
  } catch (error) {
    // As when mapEntry renders it: a value a filter cannot take rejects this person, not the export.
    if (!(error instanceof TemplateValueError)) throw error;
    return new Refusal({
      attribute: error.attribute,
      value: error.value,
      rule: 'agent.number',
      message: error.message,
    });
  }
  return agentNumber(number);
}
