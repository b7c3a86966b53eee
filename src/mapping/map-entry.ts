import type { ResolvedConfig } from '../config/index.ts';
import type { UserState } from '../state/generated/user.ts';
import { startDraft } from './entry-draft.ts';
import { matchAttributes } from './entry-matches.ts';
import { keyOf } from './identifier.ts';
import { mapAgent } from './map-agent.ts';
import { mapCallPermissions } from './map-call-permissions.ts';
import { mapContactFields, mapUserFields } from './map-fields.ts';
import { didAssignment, mapDid, mapExtension } from './map-numbers.ts';
import type { MapContext, MapResult, MappableEntry } from './map-result.ts';
import { mapVoicemail } from './map-voicemail.ts';
import { Refusal, rejected } from './refusal.ts';
import { selectSite } from './select-site.ts';

/**
 * Maps one directory entry to the desired state of one person (status `active`: lifecycle is the
 * export's business). Pure: no I/O, no clock. Every failure is a rejection naming DN, attribute,
 * value and rule; the caller keeps the person's previous state file. Each step returns its part of
 * the state or a Refusal; the first refusal rejects the entry.
 */
export function mapEntry(entry: MappableEntry, config: ResolvedConfig, context: MapContext = {}): MapResult {
  const identifier = keyOf(entry, config.source.identifier);
  if (!identifier.ok) {
    return rejected(
      entry.dn,
      new Refusal({
        attribute: config.source.identifier.attribute.toLowerCase(),
        value: identifier.value,
        rule: 'source.identifier',
        message: identifier.message,
      }),
    );
  }
  const siteIndex = selectSite(entry, config.sites);
  if (siteIndex instanceof Refusal) return rejected(entry.dn, siteIndex);
  const draft = startDraft(entry, config, identifier.key, siteIndex, context.provenance !== false);
  const { site } = draft;

  // Numbers first: `{{extension}}` may appear in other templates (agent number, caller id).
  const direct = mapDid(draft);
  if (direct instanceof Refusal) return rejected(entry.dn, direct);
  const lineGranted = site.grants.line;
  const extension = lineGranted ? mapExtension(draft, direct) : undefined;
  if (extension instanceof Refusal) return rejected(entry.dn, extension);
  const did = direct === undefined ? null : didAssignment(direct.e164, site, direct.render);
  if (extension !== undefined) draft.placeholders['extension'] = [extension];

  const user = mapUserFields(draft);
  if (user instanceof Refusal) return rejected(entry.dn, user);
  const voicemail = mapVoicemail(draft, user, extension);
  if (voicemail instanceof Refusal) return rejected(entry.dn, voicemail);
  const agent = mapAgent(draft, extension);
  if (agent instanceof Refusal) return rejected(entry.dn, agent);
  const callPermissions = mapCallPermissions(draft);
  if (callPermissions instanceof Refusal) return rejected(entry.dn, callPermissions);
  const contact = mapContactFields(draft);
  if (contact instanceof Refusal) return rejected(entry.dn, contact);

  const state: UserState = {
    $schema: context.schemaRef ?? '../../schemas/user.schema.json',
    key: identifier.key,
    status: 'active',
    dn: entry.dn,
    site: site.name,
    user,
    line: lineGranted && extension !== undefined ? { context: site.context, extension } : null,
    did,
    voicemail,
    agent,
  };
  if (callPermissions !== undefined) state.callPermissions = callPermissions;
  if (contact !== undefined) state.contact = contact;
  if (draft.keepProvenance)
    draft.provenance['site'] = { attributes: matchAttributes(site.match), rule: draft.rules.site };
  return { ok: true, user: state, provenance: draft.provenance, numberRequests: draft.requests };
}
