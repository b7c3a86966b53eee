import type { UserState } from '../state/generated/user.ts';
import type { EntryDraft } from './entry-draft.ts';
import { holdsAny } from './entry-matches.ts';
import { type Step, Refusal } from './refusal.ts';
import { renderField, templateOf } from './render-field.ts';

/**
 * The person's agent when the mapping gives one (`agent.when`) and the site grants it; null
 * otherwise. Its number is '' until known: from the pool (requested in the draft), or from a
 * template reading `{{extension}}` once a pool gives the extension (completeNumbers).
 */
export function mapAgent(draft: EntryDraft, extension: string | undefined): Step<UserState['agent']> {
  const { config, site, entry } = draft;
  if (config.agent === undefined || !site.grants.agent) return null;
  const holds = holdsAny(config.agent.when, entry, site);
  if (holds !== true) return holds === false ? null : holds;
  if (config.agent.number === undefined) {
    draft.requests.push({
      kind: 'agent',
      context: site.context,
      pool: [...(config.agent.ranges ?? [])],
      rule: 'agent.ranges',
    });
    return { number: '', context: site.context };
  }
  if (extension === undefined) {
    const template = templateOf(config.agent.number);
    if (template instanceof Refusal) return template;
    if (template.names.includes('extension')) return { number: '', context: site.context };
  }
  const rendered = renderField(draft, config.agent.number, 'agent.number', 'agent.number');
  if (rendered instanceof Refusal) return rendered;
  const number = agentNumber(rendered);
  if (number instanceof Refusal) return number;
  return { number, context: site.context };
}

/** A rendered agent number, refused unless it is digits. */
export function agentNumber(number: string): Step<string> {
  if (/^\d+$/.test(number)) return number;
  return new Refusal({
    attribute: '',
    value: number,
    rule: 'agent.number',
    message: `agent number ${JSON.stringify(number)} must be digits`,
  });
}
