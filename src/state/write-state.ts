import { lstatSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, realpath, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { UserState } from './generated/user.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
import { digestText } from '../digest-text.ts';
import { StateError } from './errors.ts';
import { isInside } from './read-file.ts';
import { type StateFileEntry, displayPath } from './read-state.ts';
import { renderQuarantineFile, renderStateFile } from './render-state.ts';
import { validateQuarantineFile, validateUserState } from './validate-user.ts';

export interface StateChanges {
  /** Users to write, by key; each state's `key` must equal its map key. */
  write?: ReadonlyMap<string, UserState>;
  /** Keys whose files are deleted (a missing file is not an error). */
  remove?: readonly string[];
  /** The new quarantine list (default: leave state/numbers/quarantine.json untouched). */
  quarantine?: QuarantineFile;
  /**
   * Every valid state/users file as readStateDir read it, by key. A state that is the very object
   * read from a canonical file is skipped without rendering or reading anything, so a no-op export
   * of 20,000 people costs no file system call; a key absent here is a new file, written without
   * first looking for an old one. Without `current`, each file is read and compared before writing.
   */
  current?: ReadonlyMap<string, Pick<StateFileEntry, 'state' | 'canonical'>>;
  /** Return the digest (digestText) of every users file rendered, written or found equal. (Default: false) */
  digests?: boolean;
}

export interface StateWriteResult {
  /** Files whose bytes changed, relative to the repository (`state/users/<key>.json`), sorted. */
  written: string[];
  /** Files deleted, relative to the repository, sorted. */
  removed: string[];
  /** With `digests`: the digest of each users file's text as rendered here, by key. */
  digests?: Map<string, string>;
}

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Writes state files in canonical form, touching only files whose bytes change, so that an export of
 * an unchanged directory leaves git clean. Every state is schema-checked first: nothing is written
 * when any of them is invalid (StateError listing all issues). Files are replaced atomically
 * (temp file + rename) and never through a symbolic link.
 */
export async function writeStateDir(stateDir: string, changes: StateChanges): Promise<StateWriteResult> {
  const root = path.resolve(stateDir);
  const usersDir = path.join(root, 'users');
  const display = displayPath(root);

  // Rendered only when written: 20,000 rendered files held at once would double the export's memory.
  const pending: { full: string; isNew: boolean; key?: string; render: () => string }[] = [];
  const issues = [];
  for (const [key, state] of changes.write ?? new Map<string, UserState>()) {
    const full = path.join(usersDir, `${checkKey(key)}.json`);
    const read = changes.current?.get(key);
    // The very state readStateDir read, valid, from this file in canonical form: nothing to do.
    if (read?.canonical === true && read.state === state && state.key === key) continue;
    const result = validateUserState(state, display(full));
    if (!result.ok) issues.push(...result.issues);
    else if (state.key !== key) {
      issues.push({
        file: display(full),
        pointer: '/key',
        message: `key '${state.key}' does not match the file name`,
        value: state.key,
        rule: 'file-name-matches-key',
      });
    } else {
      const isNew = changes.current !== undefined && read === undefined;
      pending.push({ full, isNew, key, render: () => renderStateFile(state) });
    }
  }
  if (changes.quarantine) {
    const full = path.join(root, 'numbers', 'quarantine.json');
    const result = validateQuarantineFile(changes.quarantine, display(full));
    if (!result.ok) issues.push(...result.issues);
    else {
      const quarantine = changes.quarantine;
      pending.push({ full, isNew: false, render: () => renderQuarantineFile(quarantine) });
    }
  }
  const removals = (changes.remove ?? []).map((key) => path.join(usersDir, `${checkKey(key)}.json`));
  if (issues.length > 0) {
    throw new StateError(`refusing to write invalid state (${issues.length} problem(s))`, issues);
  }

  const written: string[] = [];
  const digests = changes.digests === true ? new Map<string, string>() : undefined;
  const directories = new Set(pending.map(({ full }) => path.dirname(full)));
  try {
    for (const directory of directories) await mkdir(directory, { recursive: true });
    // Removals go through the same check: unlinking via a symlinked users/ would delete elsewhere.
    const checked = removals.length > 0 ? new Set([...directories, usersDir]) : directories;
    const realRoot = checked.size > 0 ? await realpathIfExists(root) : root;
    for (const directory of checked) {
      const real = await realpathIfExists(directory);
      if (real !== undefined && realRoot !== undefined && !isInside(real, realRoot)) {
        throw new StateError(
          `refusing to write: ${display(directory)} leads outside ${path.basename(root)}/`,
        );
      }
    }
  } catch (error) {
    if (error instanceof StateError) throw error;
    throw new StateError(`cannot create ${[...directories].join(', ')}`, [], { cause: error });
  }
  // Synchronous: thousands of small files are written far faster without a promise per system call.
  for (const { full, isNew, key, render } of pending) {
    const text = render();
    if (digests !== undefined && key !== undefined) digests.set(key, digestText(text));
    if (writeIfChanged(full, text, isNew)) written.push(display(full));
  }
  const removed: string[] = [];
  for (const full of removals) {
    try {
      await unlink(full);
      removed.push(display(full));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new StateError(`cannot remove ${display(full)}`, [], { cause: error });
      }
    }
  }
  return { written: written.sort(), removed: removed.sort(), ...(digests === undefined ? {} : { digests }) };
}

async function realpathIfExists(file: string): Promise<string | undefined> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function checkKey(key: string): string {
  // The key becomes a file name: anything else could write outside state/users/.
  if (!KEY_PATTERN.test(key)) throw new StateError(`invalid state key ${JSON.stringify(key)}`);
  return key;
}

/**
 * Replaces `full` with `text` unless it already holds exactly that. `isNew`: the file did not exist
 * when the state was read, so there is nothing to compare with (a file created since is replaced).
 */
function writeIfChanged(full: string, text: string, isNew: boolean): boolean {
  if (!isNew && readIfFile(full) === text) return false;
  try {
    // Hidden, so an interrupted write leaves nothing readStateDir would take for a state file; the
    // rename makes the new content appear all at once, and replaces a link rather than follow it.
    const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
    writeExclusive(temp, text);
    renameSync(temp, full);
  } catch (error) {
    throw new StateError(`cannot write ${full}`, [], { cause: error });
  }
  return true;
}

/** The text of `full`, or undefined when there is none; anything but a regular file is refused. */
function readIfFile(full: string): string | undefined {
  try {
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (stat === undefined) return undefined;
    if (!stat.isFile()) throw new StateError(`refusing to overwrite ${full}: not a regular file`);
    return readFileSync(full, 'utf8');
  } catch (error) {
    if (error instanceof StateError) throw error;
    throw new StateError(`cannot read ${full}`, [], { cause: error });
  }
}

/** Creates `file` anew (O_EXCL), so a symbolic link planted at the temp name is never followed. */
function writeExclusive(file: string, text: string): void {
  try {
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Left over by an interrupted run with the same pid, or planted: replace it, do not follow it.
    unlinkSync(file);
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  }
}
