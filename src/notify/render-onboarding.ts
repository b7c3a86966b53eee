/** What one onboarding e-mail says: the person's numbers and freshly set credentials. */
export interface OnboardingData {
  firstname: string;
  lastname: string;
  /** The XiVO login (username). */
  login: string;
  password: string;
  extension: string | null;
  /** The DID in national and international form. */
  didNational: string | null;
  didInternational: string | null;
  /** The voicemail number and its PIN, when the person has a voicemail. */
  voicemail: string | null;
  pin: string | null;
  agent: string | null;
  /** The site's onboarding text (mappings/ `sites[].onboardingText`). */
  siteText: string;
}

/** The templates of one language: `onboarding.<lang>.txt` (its first line `Subject: …`) and `.html`. */
export interface OnboardingTemplates {
  subject: string;
  text: string;
  html: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Splits a text template into its `Subject:` line and its body. */
export function parseTextTemplate(source: string, file: string): { subject: string; text: string } {
  const match = /^Subject: *(.*)\r?\n(?:\r?\n)?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: the first line must be "Subject: …"`);
  return { subject: match[1] ?? '', text: match[2] ?? '' };
}

/**
 * Renders the e-mail. Pure. Placeholders: `{{name}}`; sections `{{#name}}…{{/name}}` appear only when
 * the value is not empty. Values are HTML-escaped in the HTML part; names and numbers come from the
 * directory and must not become markup.
 */
export function renderOnboarding(templates: OnboardingTemplates, data: OnboardingData): RenderedMail {
  const values: Record<string, string> = {
    firstname: data.firstname,
    lastname: data.lastname,
    name: [data.firstname, data.lastname].filter(Boolean).join(' '),
    login: data.login,
    password: data.password,
    extension: data.extension ?? '',
    did_national: data.didNational ?? '',
    did_international: data.didInternational ?? '',
    voicemail: data.voicemail ?? '',
    pin: data.pin ?? '',
    agent: data.agent ?? '',
    site_text: data.siteText,
  };
  return {
    subject: fill(templates.subject, values, (v) => v.replace(/[\r\n]+/g, ' ')),
    text: fill(templates.text, values, (v) => v),
    html: fill(templates.html, values, escapeHtml),
  };
}

const SECTION = /\{\{#([a-z_]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g;
const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;

function fill(template: string, values: Record<string, string>, escape: (v: string) => string): string {
  const unknown = (name: string): never => {
    throw new Error(
      `onboarding template: unknown placeholder {{${name}}} (known: ${Object.keys(values).join(', ')})`,
    );
  };
  return template
    .replace(SECTION, (_all, name: string, body: string) => {
      const value = values[name] ?? unknown(name);
      return value === '' ? '' : body;
    })
    .replace(PLACEHOLDER, (_all, name: string) => escape(values[name] ?? unknown(name)));
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
