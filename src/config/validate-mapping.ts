import { MappingError, mappingTemplates, parseTemplate } from '../mapping/index.ts';
import type { MappingConfig, NumberRange } from '../state/generated/mapping.ts';
// Compiled by `npm run generate:types` (ajv standalone code), not at every start.
import { validateMapping as validateSchema } from '../state/generated/validate-mapping.js';
import { collectSchemaIssues, type Issue } from '../state/index.ts';
import { type ResolvedConfig, resolveConfig } from './resolve-config.ts';

export type MappingValidation = { ok: true; config: ResolvedConfig } | { ok: false; issues: Issue[] };

/** Values under these names are secrets (or literal secrets pasted by mistake): never echo them. */
const SECRET_POINTER = /(password|secret|token)[^/]*$/i;

/**
 * Checks merged mapping content against schemas/mapping.schema.json and the rules a schema cannot
 * express (unique site names, range order and overlap, references to declared sites, regex and
 * template syntax, the identity field not also mapped). `file` names the issues; `fileOf` attributes an issue to the
 * file that provided its top-level key when several files were merged. Pure; the input is not
 * modified. A valid configuration comes back resolved: every default filled in (resolveConfig).
 */
export function validateMapping(
  json: unknown,
  file: string,
  fileOf: (topLevelKey: string) => string = () => file,
): MappingValidation {
  const schemaIssues = collectSchemaIssues(validateSchema, json, file);
  // No issue means the schema held, so the content is a MappingConfig.
  const config = schemaIssues.length > 0 ? undefined : resolveConfig(json as MappingConfig);
  const issues = config === undefined ? schemaIssues : checkRules(config, file);
  if (config === undefined || issues.length > 0) {
    return { ok: false, issues: issues.map((issue) => attribute(redact(issue), fileOf)) };
  }
  return { ok: true, config };
}

function redact(issue: Issue): Issue {
  if (!('value' in issue) || !SECRET_POINTER.test(issue.pointer)) return issue;
  const { value: _secret, ...rest } = issue;
  return { ...rest, message: `${rest.message} (value hidden)` };
}

function attribute(issue: Issue, fileOf: (key: string) => string): Issue {
  const top = /^\/([^/]+)/.exec(issue.pointer)?.[1];
  return top === undefined
    ? issue
    : { ...issue, file: fileOf(top.replaceAll('~1', '/').replaceAll('~0', '~')) };
}

function checkRules(config: ResolvedConfig, file: string): Issue[] {
  const issues: Issue[] = [];
  const add = (pointer: string, message: string, rule: string, value?: unknown): void => {
    issues.push(
      value === undefined ? { file, pointer, message, rule } : { file, pointer, message, rule, value },
    );
  };

  const siteNames = new Set<string>();
  config.sites.forEach((site, index) => {
    if (siteNames.has(site.name))
      add(`/sites/${index}/name`, 'site name is used twice', 'unique-site', site.name);
    siteNames.add(site.name);
    if (site.match.regex !== undefined) checkRegex(add, `/sites/${index}/match/regex`, site.match.regex);
    checkRanges(add, `/sites/${index}/extension/ranges`, site.extension.ranges, 'digits');
    const digits = site.extension.digits;
    site.extension.ranges.forEach((range, r) => {
      if (range.start.length !== digits || range.end.length !== digits) {
        add(
          `/sites/${index}/extension/ranges/${r}`,
          `extension range does not have extension.digits (${digits}) digits`,
          'range-digits',
          `${range.start}-${range.end}`,
        );
      }
    });
    if (site.extension.source === 'did-suffix' && site.did.source === 'none') {
      add(
        `/sites/${index}/extension/source`,
        'did-suffix needs a site with DIDs (did.source)',
        'did-suffix-needs-did',
        'did-suffix',
      );
    }
    if (site.did?.ranges) checkRanges(add, `/sites/${index}/did/ranges`, site.did.ranges, 'e164');
    if (
      site.did?.source === 'pool' &&
      site.did.incallFormat === 'digits' &&
      site.did.didLength !== undefined
    ) {
      const shortest = Math.min(...site.did.ranges!.map((r) => r.start.length - 1));
      if (site.did.didLength > shortest) {
        add(
          `/sites/${index}/did/didLength`,
          'didLength is longer than the DID numbers',
          'did-length',
          site.did.didLength,
        );
      }
    }
  });

  // Two sites allocating from overlapping ranges in one context would hand out the same extension.
  config.sites.forEach((site, i) => {
    config.sites.slice(0, i).forEach((other) => {
      if (other.context !== site.context) return;
      const clash = site.extension.ranges.find((r) => other.extension.ranges.some((o) => overlaps(r, o)));
      if (clash) {
        add(
          `/sites/${i}/extension/ranges`,
          `range ${clash.start}-${clash.end} overlaps site '${other.name}' in context '${site.context}'`,
          'overlapping-ranges',
        );
      }
    });
  });

  const rules: [string, { when: { sites?: string[]; regex?: string }[] } | undefined][] = [
    ['/voicemail', config.voicemail],
    ['/agent', config.agent],
    ...(config.callPermissions ?? []).map((rule, i): [string, typeof rule] => [
      `/callPermissions/${i}`,
      rule,
    ]),
  ];
  for (const [pointer, rule] of rules) {
    rule?.when.forEach((condition, c) => {
      if (condition.regex !== undefined) checkRegex(add, `${pointer}/when/${c}/regex`, condition.regex);
      condition.sites?.forEach((name, s) => {
        if (!siteNames.has(name)) {
          add(`${pointer}/when/${c}/sites/${s}`, 'no site has this name', 'known-site', name);
        }
      });
    });
  }
  if (config.agent?.ranges) checkRanges(add, '/agent/ranges', config.agent.ranges, 'digits');

  const permissionNames = new Set<string>();
  (config.callPermissions ?? []).forEach((rule, i) => {
    if (permissionNames.has(rule.name)) {
      add(
        `/callPermissions/${i}/name`,
        'call permission is declared twice',
        'unique-call-permission',
        rule.name,
      );
    }
    permissionNames.add(rule.name);
  });

  checkTemplates(add, config);

  const identityField = config.identity.xivoField;
  if (config.fields[identityField] !== undefined) {
    add(
      `/fields/${identityField}`,
      `'${identityField}' holds the key of managed users (identity.xivoField); it cannot also be mapped`,
      'identity-field',
    );
  }
  return issues;
}

type Add = (pointer: string, message: string, rule: string, value?: unknown) => void;

function checkRegex(add: Add, pointer: string, source: string): void {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    add(pointer, `invalid regular expression: ${(error as Error).message}`, 'regex-syntax', source);
  }
}

// A syntax error found here names the mapping file, instead of rejecting every person at export time.
function checkTemplates(add: Add, config: ResolvedConfig): void {
  for (const { pointer, template } of mappingTemplates(config)) {
    try {
      parseTemplate(template);
    } catch (error) {
      if (!(error instanceof MappingError)) throw error;
      add(pointer, error.message, 'template', template);
    }
  }
}

function checkRanges(
  add: Add,
  pointer: string,
  ranges: readonly NumberRange[],
  kind: 'digits' | 'e164',
): void {
  ranges.forEach((range, i) => {
    const at = `${pointer}/${i}`;
    const isE164 = range.start.startsWith('+') && range.end.startsWith('+');
    const isDigits = !range.start.startsWith('+') && !range.end.startsWith('+');
    if (kind === 'e164' && !isE164)
      add(at, 'DID ranges are E.164 numbers starting with +', 'range-format', range);
    else if (kind === 'digits' && !isDigits)
      add(at, 'extension ranges are plain digits', 'range-format', range);
    else if (range.start.length !== range.end.length) {
      add(
        at,
        'start and end must have the same number of digits',
        'range-order',
        `${range.start}-${range.end}`,
      );
    } else if (range.start > range.end) {
      // Same format and length by now, so the strings compare as the numbers do.
      add(at, 'start is greater than end', 'range-order', `${range.start}-${range.end}`);
    }
  });
}

function overlaps(a: NumberRange, b: NumberRange): boolean {
  if (a.start.length !== b.start.length) return false;
  return BigInt(a.start) <= BigInt(b.end) && BigInt(b.start) <= BigInt(a.end);
}
