import { lstat, mkdir, readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserState } from './generated/user.ts';
import type { QuarantineFile } from './generated/quarantine.ts';
import { StateError } from './errors.ts';
import { isInside } from './read-file.ts';
import { renderQuarantineFile, renderStateFile } from './render-state.ts';
import { validateQuarantineFile, validateUserState } from './validate-user.ts';

export interface StateChanges {
  /** Users to write, by key; each state's `key` must equal its map key. */
  write?: ReadonlyMap<string, UserState>;
  /** Keys whose files are deleted (a missing file is not an error). */
  remove?: readonly string[];
  /** The new quarantine list (default: leave state/numbers/quarantine.json untouched). */
  quarantine?: QuarantineFile;
}

export interface StateWriteResult {
  /** Files whose bytes changed, relative to the repository (`state/users/<key>.json`), sorted. */
  written: string[];
  /** Files deleted, relative to the repository, sorted. */
  removed: string[];
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
  const display = (full: string): string => path.relative(path.dirname(root), full).split(path.sep).join('/');

  const pending: { full: string; text: string }[] = [];
  const issues = [];
  for (const [key, state] of changes.write ?? new Map<string, UserState>()) {
    const full = path.join(usersDir, `${checkKey(key)}.json`);
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
    } else pending.push({ full, text: renderStateFile(state) });
  }
  if (changes.quarantine) {
    const full = path.join(root, 'numbers', 'quarantine.json');
    const result = validateQuarantineFile(changes.quarantine, display(full));
    if (!result.ok) issues.push(...result.issues);
    else pending.push({ full, text: renderQuarantineFile(changes.quarantine) });
  }
  const removals = (changes.remove ?? []).map((key) => path.join(usersDir, `${checkKey(key)}.json`));
  if (issues.length > 0) {
    throw new StateError(`refusing to write invalid state (${issues.length} problem(s))`, issues);
  }

  const written: string[] = [];
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
  // Bounded parallelism: an export may touch thousands of files.
  for (let i = 0; i < pending.length; i += 32) {
    const batch = pending.slice(i, i + 32);
    const changed = await Promise.all(batch.map(({ full, text }) => writeIfChanged(full, text)));
    batch.forEach(({ full }, j) => {
      if (changed[j]) written.push(display(full));
    });
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
  return { written: written.sort(), removed: removed.sort() };
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

async function writeIfChanged(full: string, text: string): Promise<boolean> {
  let current: string | undefined;
  try {
    const stat = await lstat(full);
    if (!stat.isFile()) throw new StateError(`refusing to overwrite ${full}: not a regular file`);
    current = await readFile(full, 'utf8');
  } catch (error) {
    if (error instanceof StateError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StateError(`cannot read ${full}`, [], { cause: error });
    }
  }
  if (current === text) return false;
  try {
    // Hidden, so an interrupted write leaves nothing readStateDir would take for a state file.
    const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
    await writeFile(temp, text, 'utf8');
    await rename(temp, full);
  } catch (error) {
    throw new StateError(`cannot write ${full}`, [], { cause: error });
  }
  return true;
}
