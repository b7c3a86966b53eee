import type { EntryDraft } from './entry-draft.ts';
import { MappingError } from './errors.ts';
import type { Provenance } from './map-result.ts';
import { type Step, Refusal, mappingRefusal } from './refusal.ts';
import { type Template, TemplateValueError, parseTemplate, renderTemplate } from './template.ts';

/**
 * Renders one template of the mapping for the entry being mapped, and records the provenance of a
 * non-empty value under `path`. A value a filter cannot take (`e164` of a bad number) is refused under
 * `rule`; a template that does not parse, under `mapping`.
 */
export function renderField(draft: EntryDraft, source: string, rule: string, path: string): Step<string> {
  const template = templateOf(source);
  if (template instanceof Refusal) return template;
  let value: string;
  try {
    value = renderTemplate(template, draft.lookup, { country: draft.site.country });
  } catch (error) {
    if (error instanceof TemplateValueError)
      return new Refusal({ attribute: error.attribute, value: error.value, rule, message: error.message });
    throw error;
  }
  if (value !== '' && draft.keepProvenance)
    draft.provenance[path] = provenanceOf(template, rule, draft.placeholders);
  return value;
}

/** The parsed template (parseTemplate memoises it: once per run, not per entry), or why it does not parse. */
export function templateOf(source: string): Step<Template> {
  try {
    return parseTemplate(source);
  } catch (error) {
    if (error instanceof MappingError) return mappingRefusal(error.message);
    throw error;
  }
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
