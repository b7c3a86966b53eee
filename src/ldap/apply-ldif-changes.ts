import type { DirectoryEntry } from './entry.ts';
import { LdapError } from './errors.ts';
import type { LdifChange, LdifModification } from './parse-ldif-changes.ts';
import { normalizeDn } from '../normalize-dn.ts';

/**
 * The entries after the changes of a change file, as a directory would hold them after
 * `ldapmodify -f`: changes apply in order, DNs compare as the directory adapter compares them
 * (normalizeDn). Kept entries keep their order and added ones come last. What the server would refuse
 * is refused, naming `name:line`, the record number, the DN and why: an add of a DN that exists, a
 * delete or modify of one that does not, an `add:` of a value already there, a `delete:` of a value
 * or attribute that is not. Values compare exactly (a server may compare some attributes
 * case-insensitively: an exact match is the stricter reading). Pure: the inputs are not changed.
 */
export function applyLdifChanges(
  entries: readonly DirectoryEntry[],
  changes: readonly LdifChange[],
  name = 'ldif',
): DirectoryEntry[] {
  const byDn = new Map<string, DirectoryEntry>();
  for (const entry of entries) {
    const key = normalizeDn(entry.dn);
    // Which of two entries a change meant cannot be told: refused rather than guessed.
    if (byDn.has(key))
      throw new LdapError('apply-ldif', name, `the entries to change hold ${entry.dn} twice`);
    byDn.set(key, entry);
  }
  for (const change of changes) {
    const key = normalizeDn(change.dn);
    const current = byDn.get(key);
    const fail = (why: string, line = change.line): LdapError =>
      new LdapError(
        'apply-ldif',
        `${name}:${line}`,
        `record ${change.record} (${change.changetype} ${change.dn}): ${why}`,
      );
    switch (change.changetype) {
      case 'add':
        if (current !== undefined) throw fail(`the entry already exists (as ${current.dn})`);
        byDn.set(key, copyEntry(change.entry));
        break;
      case 'delete':
        if (current === undefined) throw fail('no entry with this DN');
        byDn.delete(key);
        break;
      case 'modify': {
        if (current === undefined) throw fail('no entry with this DN');
        const changed = copyEntry(current);
        for (const modification of change.modifications) {
          const why = modify(changed, modification);
          if (why !== undefined)
            throw fail(`${modification.operation}: ${modification.attribute}: ${why}`, modification.line);
        }
        byDn.set(key, changed);
        break;
      }
    }
  }
  return [...byDn.values()];
}

/** Applies one modification to `entry` in place; the reason when the server would refuse it. */
function modify(
  entry: DirectoryEntry,
  { operation, attribute, values }: LdifModification,
): string | undefined {
  const present = (value: string | Buffer): boolean =>
    typeof value === 'string'
      ? (entry.attributes[attribute] ?? []).includes(value)
      : (entry.binary?.[attribute] ?? []).some((held) => held.equals(value));
  switch (operation) {
    case 'add':
      if (values.length === 0) return 'an "add:" part needs at least one value';
      for (const value of values) {
        if (present(value)) return `the value ${show(value)} is already present`;
        addValue(entry, attribute, value);
      }
      return undefined;
    case 'delete':
      if (values.length === 0) {
        if (entry.attributes[attribute] === undefined && entry.binary?.[attribute] === undefined)
          return 'the entry has no such attribute';
        removeAttribute(entry, attribute);
        return undefined;
      }
      for (const value of values) {
        if (!present(value)) return `the value ${show(value)} is not present`;
        removeValue(entry, attribute, value);
      }
      return undefined;
    case 'replace':
      removeAttribute(entry, attribute);
      for (const value of values) if (!present(value)) addValue(entry, attribute, value);
      return undefined;
  }
}

function addValue(entry: DirectoryEntry, attribute: string, value: string | Buffer): void {
  if (typeof value === 'string') (entry.attributes[attribute] ??= []).push(value);
  else ((entry.binary ??= {})[attribute] ??= []).push(value);
}

function removeValue(entry: DirectoryEntry, attribute: string, value: string | Buffer): void {
  if (typeof value === 'string') {
    const left = (entry.attributes[attribute] ?? []).filter((held) => held !== value);
    if (left.length > 0) entry.attributes[attribute] = left;
    else delete entry.attributes[attribute];
    return;
  }
  const left = (entry.binary?.[attribute] ?? []).filter((held) => !held.equals(value));
  if (left.length > 0) (entry.binary ??= {})[attribute] = left;
  else removeBinary(entry, attribute);
}

function removeAttribute(entry: DirectoryEntry, attribute: string): void {
  delete entry.attributes[attribute];
  removeBinary(entry, attribute);
}

function removeBinary(entry: DirectoryEntry, attribute: string): void {
  if (entry.binary === undefined) return;
  delete entry.binary[attribute];
  if (Object.keys(entry.binary).length === 0) delete entry.binary;
}

function copyEntry(entry: DirectoryEntry): DirectoryEntry {
  const copy: DirectoryEntry = {
    dn: entry.dn,
    attributes: Object.fromEntries(Object.entries(entry.attributes).map(([k, v]) => [k, [...v]])),
  };
  if (entry.binary !== undefined)
    copy.binary = Object.fromEntries(Object.entries(entry.binary).map(([k, v]) => [k, [...v]]));
  return copy;
}

function show(value: string | Buffer): string {
  return typeof value === 'string' ? JSON.stringify(value) : `of ${value.length} bytes`;
}
