import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { UserState } from './generated/user.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
import { digestText } from '../digest-text.ts';
import { isInside, readBoundedFile, readRegularFileSync } from './read-file.ts';
import type { Issue } from './validate-ajv.ts';
import { renderStateFile } from './render-state.ts';
import { findDuplicateKey, parseJsonText } from './validate-json.ts';
import { validateQuarantineFile, validateUserState } from './validate-user.ts';

/** One valid state file as read from disk. */
export interface StateFileEntry {
  /** Path relative to the repository (the parent of the state directory), e.g. `state/users/x.json`. */
  file: string;
  state: UserState;
  /**
   * Whether the text on disk is exactly renderStateFile(state): writing this same state object back
   * would change no byte, so writeStateDir skips it without rendering it or reading the file.
   */
  canonical: boolean;
  /** The SHA-256 of the file's text (digestText), when readStateDir was given `knownCanonical`. */
  digest?: string;
}

export interface ReadStateOptions {
  /**
   * Digests (digestText) of texts known to be valid state files in canonical form: the export cache's
   * record of the files it read or wrote. A file whose text has one of these digests is parsed but
   * neither schema-checked nor rendered again. Given, every file's digest is returned with it.
   */
  knownCanonical?: ReadonlySet<string>;
}

export interface StateDir {
  /** Valid user files, by key taken from the FILE NAME (checkStateConsistency checks it equals `key`). */
  users: Map<string, StateFileEntry>;
  /** state/numbers/quarantine.json, or an empty list when the file is absent or invalid. */
  quarantine: QuarantineFile;
  /** Every problem found; files with problems are left out of `users`. */
  issues: Issue[];
  /** Number of `*.json` files found under state/users/, valid or not. */
  fileCount: number;
}

const QUARANTINE_FILE = path.join('numbers', 'quarantine.json');

/**
 * Reads and schema-checks state/users/*.json and state/numbers/quarantine.json. Never throws for bad
 * content: every problem (unreadable, too large, symlink escaping state/, invalid JSON with line and
 * column, schema violations) becomes an issue and the other files are still read.
 */
export async function readStateDir(stateDir: string, options: ReadStateOptions = {}): Promise<StateDir> {
  const { knownCanonical } = options;
  const root = path.resolve(stateDir);
  const display = displayPath(root);
  const issues: Issue[] = [];
  const users = new Map<string, StateFileEntry>();
  const usersDir = path.join(root, 'users');

  const names = await listDir(usersDir);
  if (names === 'error') {
    issues.push({ file: display(usersDir), pointer: '', message: 'cannot be listed', rule: 'unreadable' });
  }
  const jsonNames: string[] = [];
  for (const name of names === 'error' ? [] : names) {
    if (name.startsWith('.')) continue;
    if (name.endsWith('.json')) jsonNames.push(name);
    else {
      issues.push({
        file: display(path.join(usersDir, name)),
        pointer: '',
        message: 'unexpected file in state/users/ (only <key>.json files belong there)',
        rule: 'state-layout',
      });
    }
  }

  // The folder is resolved once; then each file is read synchronously without following links,
  // and only a symbolic link takes the slow path that resolves and checks it.
  const usersInside = await isInsideRoot(usersDir, root);
  for (const name of jsonNames) {
    const full = path.join(usersDir, name);
    const file = display(full);
    const fast = usersInside ? readRegularFileSync(full, file) : 'symlink';
    const read = fast === 'symlink' ? await readBoundedFile(root, full, file) : fast;
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const parsed = parseJsonText(read.text, file, { checkDuplicateKeys: false });
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const key = name.slice(0, -'.json'.length);
    const digest = knownCanonical === undefined ? undefined : digestText(read.text);
    if (digest !== undefined && !read.bom && knownCanonical?.has(digest) === true) {
      const state = deepFreeze(parsed.json as UserState);
      users.set(key, { file, state, canonical: true, digest });
      continue;
    }
    const valid = validateUserState(parsed.json, file);
    // Only a valid state is rendered (the schema bounds its depth, so rendering cannot overflow the
    // stack). A text that is the rendering of what was parsed cannot repeat a key: the scan for
    // duplicate keys is for the other texts.
    const canonical = valid.ok && !read.bom && renderStateFile(valid.state) === read.text;
    const duplicate = canonical ? undefined : findDuplicateKey(read.text, file);
    if (duplicate !== undefined) issues.push(duplicate);
    else if (!valid.ok) issues.push(...valid.issues);
    // Frozen: writeStateDir skips this very object unrendered when it comes back unchanged, so a
    // change made to it in place would never reach the file. Now it throws instead.
    else
      users.set(key, {
        file,
        state: deepFreeze(valid.state),
        canonical,
        ...(digest === undefined ? {} : { digest }),
      });
  }

  const quarantine = await readQuarantine(root, display, issues);
  return { users, quarantine, issues, fileCount: jsonNames.length };
}

async function readQuarantine(
  root: string,
  display: (full: string) => string,
  issues: Issue[],
): Promise<QuarantineFile> {
  const full = path.join(root, QUARANTINE_FILE);
  const file = display(full);
  const entries = await listDir(path.dirname(full));
  if (entries === 'error' || !entries.includes('quarantine.json')) return { numbers: [] };
  const read = await readBoundedFile(root, full, file);
  if (!read.ok) {
    issues.push(read.issue);
    return { numbers: [] };
  }
  const parsed = parseJsonText(read.text, file);
  if (!parsed.ok) {
    issues.push(parsed.issue);
    return { numbers: [] };
  }
  const valid = validateQuarantineFile(parsed.json, file);
  if (!valid.ok) {
    issues.push(...valid.issues);
    return { numbers: [] };
  }
  return valid.state;
}

async function isInsideRoot(dir: string, root: string): Promise<boolean> {
  try {
    const [real, realRoot] = await Promise.all([realpath(dir), realpath(root)]);
    return isInside(real, realRoot);
  } catch {
    return false;
  }
}

/** Sorted directory entries; [] when the directory does not exist (an empty state is valid). */
async function listDir(dir: string): Promise<string[] | 'error'> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : 'error';
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * `state/users/x.json` for a file under the state directory `root`: the path relative to the
 * repository, with `/`. Files directly in a known folder are joined as text, since path.relative on
 * each of 20,000 files is a visible share of a run.
 */
export function displayPath(root: string): (full: string) => string {
  const base = path.dirname(root);
  const slow = (full: string): string => path.relative(base, full).split(path.sep).join('/');
  const folders = new Map<string, string>();
  return (full) => {
    const folder = path.dirname(full);
    let shown = folders.get(folder);
    if (shown === undefined) {
      shown = slow(folder);
      folders.set(folder, shown);
    }
    const name = full.slice(folder.length + 1);
    if (name.includes(path.sep) || name === '' || shown === '') return slow(full);
    return `${shown}/${name}`;
  };
}
