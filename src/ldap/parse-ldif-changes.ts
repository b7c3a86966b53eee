import type { DirectoryEntry } from './entry.ts';
import { LdapError } from './errors.ts';
import { decodeLdifValue, ldifText, parseLdifLine, splitLdifRecords } from './ldif-records.ts';
import { entryOf } from './parse-ldif.ts';

/** One part of a `changetype: modify` record: `delete` without values removes the attribute. */
export interface LdifModification {
  operation: 'add' | 'replace' | 'delete';
  /** Lower-cased, options kept (`cn;lang-fr`). */
  attribute: string;
  /** Text, or bytes for a base64 value that is not UTF-8 (as parseLdif reads it). */
  values: (string | Buffer)[];
  /** File line of the `add:`/`replace:`/`delete:` line, for errors. */
  line: number;
}

interface ChangeBase {
  dn: string;
  /** 1-based position of the record in the file, and the file line of its `dn:`, for errors. */
  record: number;
  line: number;
}

/** One RFC 2849 change record. */
export type LdifChange =
  | (ChangeBase & { changetype: 'add'; entry: DirectoryEntry })
  | (ChangeBase & { changetype: 'delete' })
  | (ChangeBase & { changetype: 'modify'; modifications: LdifModification[] });

const OPERATIONS = new Set(['add', 'replace', 'delete']);

/**
 * Parses an RFC 2849 change file (what `ldapmodify -f` reads): `changetype: add` (the attributes of
 * the new entry), `delete`, and `modify` with `add:`/`replace:`/`delete:` parts each closed by `-`
 * (the last `-` of a record may be left out, as ldapmodify allows). Line folding, comments,
 * `version:` and base64 values are read as parseLdif reads them. `moddn`/`modrdn`, `control:` lines
 * and content records (no `changetype`) are refused: an unsupported change must not be skipped
 * silently. Errors name `name:line`. Pure: the text in, the changes out.
 */
export function parseLdifChanges(text: string, name = 'ldif'): LdifChange[] {
  return splitLdifRecords(text, name).map((record, index) => {
    const [first, second, ...rest] = record.lines;
    const at = (line: number): string => `${name}:${line}`;
    const [dnName, dnValue] = parseLdifLine(first!.text, at(first!.line));
    if (dnName !== 'dn') throw new LdapError('read-ldif', at(first!.line), 'a record must start with "dn:"');
    const base: ChangeBase = { dn: ldifText(dnValue, at(first!.line)), record: index + 1, line: record.line };
    const [typeName, typeValue] =
      second === undefined ? ['', ''] : parseLdifLine(second.text, at(second.line));
    const where = at(second?.line ?? first!.line);
    if (typeName === 'control')
      throw new LdapError('read-ldif', where, `controls are not supported (${base.dn})`);
    if (typeName !== 'changetype')
      throw new LdapError(
        'read-ldif',
        where,
        `${base.dn}: expected "changetype:" after the DN: a change file holds change records only`,
      );
    const changetype = ldifText(typeValue, where, 'the changetype').trim().toLowerCase();
    switch (changetype) {
      case 'add':
        return {
          ...base,
          changetype,
          entry: entryOf(base.dn, record, rest, name, 'a second "changetype:" in the record'),
        };
      case 'delete':
        if (rest.length > 0)
          throw new LdapError(
            'read-ldif',
            at(rest[0]!.line),
            `${base.dn}: a "changetype: delete" record holds nothing after the changetype`,
          );
        return { ...base, changetype };
      case 'modify':
        return { ...base, changetype, modifications: parseModifications(rest, base, name) };
      case 'moddn':
      case 'modrdn':
        throw new LdapError(
          'read-ldif',
          where,
          `${base.dn}: "changetype: ${changetype}" (rename or move) is not supported; only add, delete and modify`,
        );
      default:
        throw new LdapError(
          'read-ldif',
          where,
          `${base.dn}: unknown changetype ${JSON.stringify(changetype)} (add, delete, modify, moddn or modrdn)`,
        );
    }
  });
}

/** The `add:`/`replace:`/`delete:` parts of a modify record, each closed by a `-` line. */
function parseModifications(
  lines: { line: number; text: string }[],
  { dn, line: recordLine }: ChangeBase,
  name: string,
): LdifModification[] {
  const out: LdifModification[] = [];
  let part: LdifModification | undefined;
  for (const { line, text } of lines) {
    const where = `${name}:${line}`;
    if (text.trim() === '-') {
      if (part === undefined)
        throw new LdapError('read-ldif', where, `${dn}: "-" closes no "add:", "replace:" or "delete:" part`);
      out.push(part);
      part = undefined;
      continue;
    }
    const [attribute, value] = parseLdifLine(text, where);
    if (part === undefined) {
      if (!OPERATIONS.has(attribute))
        throw new LdapError(
          'read-ldif',
          where,
          `${dn}: expected "add:", "replace:" or "delete:" to start a modification, got "${attribute}:"`,
        );
      const target = ldifText(value, where, 'the attribute name').trim().toLowerCase();
      if (!/^[a-z0-9][a-z0-9;.-]*$/.test(target))
        throw new LdapError('read-ldif', where, `${dn}: bad attribute name ${JSON.stringify(target)}`);
      part = { operation: attribute as LdifModification['operation'], attribute: target, values: [], line };
      continue;
    }
    if (attribute !== part.attribute)
      throw new LdapError(
        'read-ldif',
        where,
        `${dn}: a value of "${attribute}" inside the "${part.operation}: ${part.attribute}" part (a "-" line missing?)`,
      );
    part.values.push(decodeLdifValue(value));
  }
  if (part !== undefined) out.push(part);
  if (out.length === 0)
    throw new LdapError(
      'read-ldif',
      `${name}:${recordLine}`,
      `${dn}: a "changetype: modify" record with no modification`,
    );
  return out;
}
