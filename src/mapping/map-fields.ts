import type { ContactRules, FieldRules } from '../state/generated/mapping.ts';
import type { ContactFields, XivoUserFields } from '../state/generated/user.ts';
import type { EntryDraft } from './entry-draft.ts';
import { type Step, Refusal } from './refusal.ts';
import { renderField, templateOf } from './render-field.ts';

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
 * The XiVO user fields from their templates (`fields.*`), the site's language and timezone as
 * defaults. Fields the allocator owns are left out; an empty firstname is refused (XiVO requires it).
 */
export function mapUserFields(draft: EntryDraft): Step<XivoUserFields> {
  const { config, site } = draft;
  const user: XivoUserFields = { firstname: '' };
  for (const field of XIVO_FIELDS) {
    const fieldRule = config.fields[field];
    if (fieldRule?.template === undefined || fieldRule.owner === 'allocator') continue;
    const value = renderField(draft, fieldRule.template, `fields.${field}`, `user.${field}`);
    if (value instanceof Refusal) return value;
    const trimmed = value.trim();
    if (trimmed !== '') user[field] = trimmed;
  }
  if (user.firstname === '') {
    const template = templateOf(config.fields.firstname.template ?? '');
    if (template instanceof Refusal) return template;
    return new Refusal({
      attribute: template.names[0] ?? '',
      value: '',
      rule: 'fields.firstname',
      message: 'firstname is empty (XiVO requires it)',
    });
  }
  if (user.language === undefined && site.language !== undefined) user.language = site.language;
  if (user.timezone === undefined && site.timezone !== undefined) user.timezone = site.timezone;
  return user;
}

/** The contact fields (`contact.*`) with a value; undefined when the mapping has none or all are empty. */
export function mapContactFields(draft: EntryDraft): Step<ContactFields | undefined> {
  const rules = draft.config.contact;
  if (rules === undefined) return undefined;
  const contact: ContactFields = {};
  for (const field of CONTACT_FIELDS) {
    const template = rules[field];
    if (template === undefined) continue;
    const value = renderField(draft, template, `contact.${field}`, `contact.${field}`);
    if (value instanceof Refusal) return value;
    const trimmed = value.trim();
    if (trimmed !== '') contact[field] = trimmed;
  }
  return Object.keys(contact).length > 0 ? contact : undefined;
}
