import { mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.ts';
import { digestText } from '../digest-text.ts';

/**
 * What the no-op export may skip, as recorded by the last export of the same repository under the
 * same tool, schemas, mapping and libphonenumber-js. Hashes only: no directory value, no state.
 */
export interface ExportCache {
  /** Digests of state/users texts known to be valid and in canonical form. */
  canonical: Set<string>;
  /** Directory entry digest → digest of the state file its mapping is worked back from (MappingMemo). */
  mappings: Map<string, string>;
}

/** A cache as read: its records, and the digest of its file's text (undefined: none was read). */
export type ReadCache = ExportCache & { text: string | undefined };

/** Raised with the file format: a cache in an older format is ignored, never misread. */
const FORMAT = 2;

/** `.cache/export/` of the repository; git-ignored by the `.gitignore` it holds. */
export function exportCacheDir(repoDir: string): string {
  return path.join(repoDir, '.cache', 'export');
}

/** The cache of `repoDir` when it was written under `namespace`; an empty one otherwise (missing, stale, unreadable). */
export function readExportCache(repoDir: string, namespace: string): ReadCache {
  const empty: ReadCache = { canonical: new Set(), mappings: new Map(), text: undefined };
  let parsed: unknown;
  let text: string;
  try {
    text = readFileSync(path.join(exportCacheDir(repoDir), 'cache.json'), 'utf8');
    parsed = JSON.parse(text);
  } catch {
    return empty;
  }
  if (!isCacheFile(parsed) || parsed.format !== FORMAT || parsed.namespace !== namespace) return empty;
  // Each file digest is held once, shared by the set and the mappings that name it.
  const { canonical, mappings: flat } = parsed;
  const mappings = new Map<string, string>();
  for (let i = 0; i < flat.length; i += 2) mappings.set(flat[i] as string, canonical[flat[i + 1] as number]!);
  return { canonical: new Set(canonical), mappings, text: digestText(text) };
}

/**
 * Replaces the cache of `repoDir` (temp file + rename: a reader sees the old cache or the new one),
 * unless its text would be the one read (`read`: that text's digest): a no-op export writes nothing.
 * Throws on a file system error; the caller warns, since the export itself is done.
 */
export function writeExportCache(
  repoDir: string,
  namespace: string,
  cache: ExportCache,
  read: string | undefined,
): void {
  // Sorted, so that the same records give the same text.
  const canonical = [...cache.canonical].sort();
  const index = new Map(canonical.map((digest, i) => [digest, i]));
  // Flat: entry digest, then the index of its file's digest in `canonical`.
  const mappings: (string | number)[] = [];
  for (const [entry, file] of [...cache.mappings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const at = index.get(file);
    if (at !== undefined) mappings.push(entry, at);
  }
  const text = JSON.stringify({ format: FORMAT, namespace, canonical, mappings });
  if (read !== undefined && digestText(text) === read) return;
  const dir = exportCacheDir(repoDir);
  mkdirSync(dir, { recursive: true });
  // A repository that does not ignore .cache/ still never commits this folder.
  writeFileSync(path.join(dir, '.gitignore'), '*\n');
  const temp = path.join(dir, `.cache.json.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Left by a run killed with the same pid: replace it, do not write through it.
    unlinkSync(temp);
    writeFileSync(temp, text, { flag: 'wx' });
  }
  renameSync(temp, path.join(dir, 'cache.json'));
}

/**
 * What a cache is valid for: this tool's code and schemas (their bytes, so a change without a new
 * version number counts too), the libphonenumber-js version (its metadata formats the numbers), and
 * the resolved mapping. Anything else changed, the cache is ignored and rebuilt.
 */
export function exportCacheNamespace(config: ResolvedConfig): string {
  return digestText(JSON.stringify([FORMAT, toolDigest(), phoneLibraryVersion(), config]));
}

const PACKAGE_ROOT = path.resolve(import.meta.dirname, '../..');
let toolDigestMemo: string | undefined;

function toolDigest(): string {
  if (toolDigestMemo !== undefined) return toolDigestMemo;
  const parts: string[] = [readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')];
  for (const folder of ['src', 'schemas']) {
    const root = path.join(PACKAGE_ROOT, folder);
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    for (const file of files)
      parts.push(path.relative(PACKAGE_ROOT, file), digestText(readFileSync(file, 'utf8')));
  }
  toolDigestMemo = digestText(parts.join('\0'));
  return toolDigestMemo;
}

function phoneLibraryVersion(): string {
  const file = createRequire(import.meta.url).resolve('libphonenumber-js/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

interface CacheFile {
  format: number;
  namespace: string;
  canonical: string[];
  /** Entry digest, index into `canonical`, entry digest, index, … */
  mappings: (string | number)[];
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<CacheFile>;
  const { canonical, mappings } = file;
  if (!Array.isArray(canonical) || !canonical.every((d) => typeof d === 'string')) return false;
  if (!Array.isArray(mappings) || mappings.length % 2 !== 0) return false;
  for (let i = 0; i < mappings.length; i += 2) {
    const at = mappings[i + 1];
    if (
      typeof mappings[i] !== 'string' ||
      !Number.isInteger(at) ||
      (at as number) < 0 ||
      (at as number) >= canonical.length
    )
      return false;
  }
  return true;
}
