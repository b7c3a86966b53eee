import type { ResolvedConfig } from '../config/index.ts';
import type { UserState, XivoUserFields } from '../state/generated/user.ts';
import { jsonEqual } from '../state/index.ts';
import type { PreparedEntry } from './export-input.ts';
import type { MapResult, NumberRequest } from './map-result.ts';
import { parseTemplate } from './template.ts';
import { siteRules } from './select-site.ts';
import { xivoOwnedFields } from './xivo-owned.ts';

type Mapped = Extract<MapResult, { ok: true }>;

/** What mapEntry gives, worked back from a state: see mappedFromState. */
export type StateMapper = (state: UserState, owned: boolean) => Mapped | undefined;

/**
 * What `mapEntry` gave for a person whose export produced `state`, worked back from the state: the
 * numbers pools gave (and what was derived from them) taken out again, the number requests put back,
 * the lifecycle's status undone, and the `owner: xivo` fields that the previous state supplies left
 * out. `owned` tells whether the person was mapped without those fields' templates. What each site
 * asks of the pools is worked out once, here.
 *
 * For the export cache, which uses it only where recallableMappings found it right: a wrong guess
 * costs a mapping, never a wrong state. Undefined when the state's site is not in the mapping. Pure.
 */
export function mappedFromState(config: ResolvedConfig): StateMapper {
  const owned = xivoOwnedFields(config).filter((field) => field !== 'firstname');
  const agentRule = config.agent;
  const sites = new Map(
    config.sites.map((site, index) => {
      const rules = siteRules(index);
      const requests: NumberRequest[] = [];
      // The order mapEntry asks in: the DID, the extension, then the agent number.
      const didPooled = site.grants.did && site.did.source !== 'none' && site.did.source !== 'attribute';
      if (didPooled)
        requests.push({
          kind: 'did',
          context: site.incallContext,
          pool: [...(site.did.ranges ?? [])],
          rule: rules.did,
        });
      const source = site.extension.source;
      const extensionPooled = site.grants.line && source !== 'attribute' && source !== 'did-suffix';
      if (extensionPooled)
        requests.push({
          kind: 'extension',
          context: site.context,
          pool: [...site.extension.ranges],
          rule: rules.extension,
        });
      const extensionLater = extensionPooled || (site.grants.line && source === 'did-suffix' && didPooled);
      const agentPooled = agentRule !== undefined && agentRule.number === undefined;
      const agentRequest: NumberRequest | undefined = agentPooled
        ? { kind: 'agent', context: site.context, pool: [...(agentRule.ranges ?? [])], rule: 'agent.ranges' }
        : undefined;
      // An agent number rendered from `{{extension}}` is '' in the mapping until the pool speaks.
      const agentLater =
        agentPooled ||
        (extensionLater &&
          agentRule?.number !== undefined &&
          parseTemplate(agentRule.number).names.includes('extension'));
      return [site.name, { didPooled, extensionLater, requests, agentRequest, agentLater }] as const;
    }),
  );
  return (state, withoutOwned) => {
    const site = sites.get(state.site);
    if (site === undefined) return undefined;
    const hasAgent = state.agent !== null && state.agent !== undefined && agentRule !== undefined;
    const requests =
      hasAgent && site.agentRequest !== undefined
        ? [...site.requests, site.agentRequest]
        : [...site.requests];
    const { since: _since, ...rest } = state;
    const user: UserState = {
      ...rest,
      status: 'active',
      user: withoutOwned && owned.length > 0 ? withoutFields(state.user, owned) : state.user,
      did: site.didPooled ? null : state.did,
      line: site.extensionLater ? null : state.line,
      voicemail:
        site.extensionLater && state.voicemail !== null && state.voicemail !== undefined
          ? { ...state.voicemail, number: '' }
          : state.voicemail,
      agent: hasAgent && site.agentLater ? { ...state.agent!, number: '' } : state.agent,
    };
    return { ok: true, user, provenance: {}, numberRequests: requests };
  };
}

/**
 * The entries (by entryDigest) whose mapping is what mappedFromState works back from the state the
 * export leaves for their key, with that key: while the entry and that state file stay the same, the
 * next export can take the mapping from the file. The comparison is structural (jsonEqual, which
 * takes an undefined member for a difference), so it holds for the file as parsed again. Pure.
 */
export function recallableMappings(
  prepared: readonly PreparedEntry[],
  write: ReadonlyMap<string, UserState>,
  config: ResolvedConfig,
): Map<string, string> {
  const recallable = new Map<string, string>();
  const workBack = mappedFromState(config);
  for (const { key, mapped, recall } of prepared) {
    if (recall === undefined || key === undefined || !mapped.ok) continue;
    const state = write.get(key);
    // Worked back from this very state: the same again, no need to compare.
    if (state !== undefined && state === recall.from) {
      recallable.set(recall.digest, key);
      continue;
    }
    const guess = state === undefined ? undefined : workBack(state, recall.owned);
    if (
      guess !== undefined &&
      jsonEqual(guess.user, mapped.user) &&
      jsonEqual(guess.numberRequests, mapped.numberRequests)
    )
      recallable.set(recall.digest, key);
  }
  return recallable;
}

/** The person's fields but `fields`: those of `owner: xivo` rules, which give no template then. */
function withoutFields(fields: XivoUserFields, names: readonly (keyof XivoUserFields)[]): XivoUserFields {
  const user: XivoUserFields = { ...fields };
  for (const name of names) delete user[name];
  return user;
}
