import type { ResolvedConfig, ResolvedDidRule, ResolvedSite } from '../config/index.ts';
import { formatNumber, inRanges, type NumberRange } from '../numbering/index.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
import type { UserState } from './generated/user.ts';
import { escapePointer, type Issue } from './validate-ajv.ts';
import { compareText } from '../compare-text.ts';
import { escapeText, findForbiddenText } from './control-characters.ts';

/** Long values are cut in messages: the reader needs to recognise the value, not read 10,000 characters. */
export function truncate(text: string, max = 80): string {
  // Cutting twice would report the cut length: a value already cut stays as it is.
  if (text.length <= max || TRUNCATED.test(text)) return text;
  return `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)`;
}

const TRUNCATED = /… \([\d,]+ characters\)$/;

/** What the cross-file checks need of a state file. */
export interface StateFileRef {
  file: string;
  state: UserState;
}

/**
 * Rules no schema can express because they span files, or tie state to mappings/:
 * - file-name-matches-key, unique-key (also case-insensitively: checkouts on macOS/Windows),
 * - unique-extension (per context), unique-did (number, and incall exten per context),
 *   unique-voicemail (number + context), unique-agent, unique-email, unique-username,
 * - did-needs-line, no-control-characters (any string: see control-characters.ts),
 * - with a mapping: known-site, site-context, extension-in-range, did-in-range, did-exten-format,
 *   site-grants, agent-in-range, known-call-permission, identity-field,
 * - with a quarantine list: quarantined-number-in-use.
 * Pure: takes the parsed files, returns every issue found, sorted by file then pointer.
 *
 * `only` limits the rules of a single file (all but the uniqueness rules) to those keys: the export
 * checks what it changed, and the 20,000 files it did not change were checked when they were written.
 */
export function checkStateConsistency(
  users: ReadonlyMap<string, StateFileRef>,
  mapping?: ResolvedConfig,
  quarantine?: QuarantineFile,
  only?: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  const entries = [...users.entries()].sort(([, a], [, b]) => compareText(a.file, b.file));
  const single = only === undefined ? entries : entries.filter(([key]) => only.has(key));

  for (const [key, { file, state }] of single) {
    if (state.key !== key) {
      issues.push({
        file,
        pointer: '/key',
        message: `key '${state.key}' does not match the file name '${key}.json'`,
        value: state.key,
        rule: 'file-name-matches-key',
      });
    }
    for (const found of findForbiddenText(state)) {
      issues.push({
        file,
        pointer: found.pointer,
        message: `holds ${found.reason}: "${escapeText(truncate(found.text))}"`,
        value: escapeText(truncate(found.text)),
        rule: 'no-control-characters',
      });
    }
    if (state.did && !state.line) {
      issues.push({
        file,
        pointer: '/did',
        message: 'a DID is routed to the user, so the user needs a line',
        value: state.did.number,
        rule: 'did-needs-line',
      });
    }
  }

  const unique = (
    rule: string,
    pointer: string,
    what: string,
    pick: (state: UserState) => string | null | undefined,
    display: (id: string) => string = (id) => id,
  ): void => {
    const first = new Map<string, string>();
    for (const [, { file, state }] of entries) {
      const id = pick(state);
      if (id === undefined || id === null) continue;
      const owner = first.get(id);
      if (owner === undefined) first.set(id, file);
      else {
        issues.push({
          file,
          pointer,
          message: `${what} ${display(id)} is also used by ${owner}`,
          value: display(id),
          rule,
          holder: owner,
        });
      }
    }
  };
  unique('unique-key', '/key', 'key', (s) => s.key.toLowerCase());
  unique(
    'unique-extension',
    '/line/extension',
    'extension',
    (s) => s.line && `${s.line.extension}@${s.line.context}`,
  );
  unique('unique-did', '/did/number', 'DID', (s) => s.did?.number);
  unique('unique-did', '/did/exten', 'incall extension', (s) => s.did && `${s.did.exten}@${s.did.context}`);
  unique(
    'unique-voicemail',
    '/voicemail/number',
    'voicemail',
    (s) => s.voicemail && `${s.voicemail.number}@${s.voicemail.context}`,
  );
  unique('unique-agent', '/agent/number', 'agent number', (s) => s.agent?.number);
  unique('unique-email', '/user/email', 'e-mail', (s) => s.user.email?.toLowerCase() ?? undefined);
  unique('unique-username', '/user/username', 'username', (s) => s.user.username ?? undefined);

  if (mapping) {
    for (const [, ref] of single) issues.push(...checkAgainstMapping(ref, mapping));
  }
  if (quarantine) issues.push(...checkQuarantine(single, quarantine));
  return issues.sort((a, b) => compareText(a.file, b.file) || compareText(a.pointer, b.pointer));
}

function checkAgainstMapping({ file, state }: StateFileRef, mapping: ResolvedConfig): Issue[] {
  const issues: Issue[] = [];
  const site = mapping.sites.find((s) => s.name === state.site);
  if (!site) {
    const names = mapping.sites.map((s) => s.name).join(', ');
    return [
      {
        file,
        pointer: '/site',
        message: `unknown site (mappings/ defines: ${names})`,
        value: state.site,
        rule: 'known-site',
      },
    ];
  }
  const grants = site.grants;
  const notGranted = (pointer: string, what: string): void => {
    issues.push({
      file,
      pointer,
      message: `site '${site.name}' does not grant ${what}`,
      rule: 'site-grants',
    });
  };

  if (state.line) {
    if (!grants.line) notGranted('/line', 'lines');
    checkContext(issues, file, '/line/context', state.line.context, site.context, site);
    if (!inRanges(state.line.extension, site.extension.ranges)) {
      issues.push({
        file,
        pointer: '/line/extension',
        message: `extension is outside site '${site.name}' extension ranges (${formatRanges(site.extension.ranges)})`,
        value: state.line.extension,
        rule: 'extension-in-range',
      });
    }
  }
  if (state.did) {
    const didRule = site.did;
    if (!grants.did || didRule.source === 'none') notGranted('/did', 'DIDs');
    checkContext(issues, file, '/did/context', state.did.context, site.incallContext, site);
    if (didRule.ranges && !inRanges(state.did.number, didRule.ranges)) {
      issues.push({
        file,
        pointer: '/did/number',
        message: `DID is outside site '${site.name}' DID ranges (${formatRanges(didRule.ranges)})`,
        value: state.did.number,
        rule: 'did-in-range',
      });
    }
    const expected = incallExten(state.did.number, didRule);
    if (expected !== undefined && expected !== state.did.exten) {
      issues.push({
        file,
        pointer: '/did/exten',
        message: `incall extension should be ${expected} (incallFormat ${didRule.incallFormat} of ${state.did.number})`,
        value: state.did.exten,
        rule: 'did-exten-format',
      });
    }
  }
  if (state.voicemail) {
    if (!grants.voicemail || !mapping.voicemail) notGranted('/voicemail', 'voicemails');
    checkContext(issues, file, '/voicemail/context', state.voicemail.context, site.context, site);
  }
  if (state.agent) {
    if (!grants.agent || !mapping.agent) notGranted('/agent', 'agents');
    checkContext(issues, file, '/agent/context', state.agent.context, site.context, site);
    const ranges = mapping.agent?.ranges;
    if (ranges && !inRanges(state.agent.number, ranges)) {
      issues.push({
        file,
        pointer: '/agent/number',
        message: `agent number is outside the agent ranges (${formatRanges(ranges)})`,
        value: state.agent.number,
        rule: 'agent-in-range',
      });
    }
  }
  const permissions = state.callPermissions ?? [];
  if (permissions.length > 0 && !grants.callPermissions) notGranted('/callPermissions', 'call permissions');
  const declared = new Set((mapping.callPermissions ?? []).map((p) => p.name));
  permissions.forEach((name, index) => {
    if (!declared.has(name)) {
      issues.push({
        file,
        pointer: `/callPermissions/${index}`,
        message: 'call permission is not declared in mappings/ callPermissions',
        value: name,
        rule: 'known-call-permission',
      });
    }
  });
  const identityField = mapping.identity.xivoField;
  const identityValue = state.user[identityField];
  if (identityValue !== undefined && identityValue !== null) {
    issues.push({
      file,
      pointer: `/user/${escapePointer(identityField)}`,
      message: `'${identityField}' holds the key of managed users (mappings/ identity.xivoField) and must not be set`,
      value: identityValue,
      rule: 'identity-field',
    });
  }
  return issues;
}

function checkContext(
  issues: Issue[],
  file: string,
  pointer: string,
  actual: string,
  expected: string,
  site: ResolvedSite,
): void {
  if (actual !== expected) {
    issues.push({
      file,
      pointer,
      message: `site '${site.name}' uses context '${expected}'`,
      value: actual,
      rule: 'site-context',
    });
  }
}

function checkQuarantine(entries: readonly [string, StateFileRef][], quarantine: QuarantineFile): Issue[] {
  const issues: Issue[] = [];
  const held = new Map(quarantine.numbers.map((n) => [`${n.kind}:${n.number}@${n.context ?? ''}`, n]));
  for (const [key, { file, state }] of entries) {
    const used: [string, string, string | undefined, string][] = [];
    if (state.line) used.push(['extension', state.line.extension, state.line.context, '/line/extension']);
    if (state.did) used.push(['did', state.did.number, undefined, '/did/number']);
    if (state.voicemail)
      used.push(['voicemail', state.voicemail.number, state.voicemail.context, '/voicemail/number']);
    if (state.agent) used.push(['agent', state.agent.number, state.agent.context, '/agent/number']);
    for (const [kind, number, context, pointer] of used) {
      const entry = held.get(`${kind}:${number}@${context ?? ''}`) ?? held.get(`${kind}:${number}@`);
      if (entry && entry.previousKey !== key) {
        issues.push({
          file,
          pointer,
          message: `${kind} ${number} is in quarantine (released by ${entry.previousKey} on ${entry.releasedOn})`,
          value: number,
          rule: 'quarantined-number-in-use',
        });
      }
    }
  }
  return issues;
}

function formatRanges(ranges: readonly NumberRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(', ');
}

/**
 * The incall extension the trunk delivers for an E.164 DID, rendered as export renders it, or undefined
 * when it cannot be derived (the schema check reports such a number).
 */
function incallExten(e164: string, rule: ResolvedDidRule): string | undefined {
  try {
    return formatNumber(
      e164,
      rule.incallFormat,
      rule.didLength === undefined ? {} : { digits: rule.didLength },
    );
  } catch {
    return undefined;
  }
}
