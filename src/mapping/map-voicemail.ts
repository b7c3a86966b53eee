import type { UserState, XivoUserFields } from '../state/generated/user.ts';
import type { EntryDraft } from './entry-draft.ts';
import { holdsAny } from './entry-matches.ts';
import { type Step, Refusal } from './refusal.ts';
import { renderField } from './render-field.ts';

/**
 * The person's voicemail when the mapping gives one (`voicemail.when`) and the site grants it and a
 * line; null otherwise. Its number is the extension, or '' until a pool gives one (completeNumbers).
 */
export function mapVoicemail(
  draft: EntryDraft,
  user: XivoUserFields,
  extension: string | undefined,
): Step<UserState['voicemail']> {
  const { config, site, entry } = draft;
  if (config.voicemail === undefined || !site.grants.voicemail || !site.grants.line) return null;
  const holds = holdsAny(config.voicemail.when, entry, site);
  if (holds !== true) return holds === false ? null : holds;
  const name = renderField(draft, config.voicemail.name, 'voicemail.name', 'voicemail.name');
  if (name instanceof Refusal) return name;
  const voicemail: NonNullable<UserState['voicemail']> = {
    number: extension ?? '',
    context: site.context,
    name: name.trim() || `${user.firstname} ${user.lastname ?? ''}`.trim(),
  };
  if (config.voicemail.email !== undefined) {
    const email = renderField(draft, config.voicemail.email, 'voicemail.email', 'voicemail.email');
    if (email instanceof Refusal) return email;
    const trimmed = email.trim();
    if (trimmed !== '') voicemail.email = trimmed;
  }
  if (user.language !== undefined && user.language !== null) voicemail.language = user.language;
  if (config.voicemail.timezone !== undefined) voicemail.timezone = config.voicemail.timezone;
  return voicemail;
}
