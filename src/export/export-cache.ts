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

/** Raised with the file format: a cache in an older format is ignored, never misread. */
const FORMAT = 1;

/** `.cache/export/` of the repository; git-ignored by the `.gitignore` it holds. */
export function exportCacheDir(repoDir: string): string {
  return path.join(repoDir, '.cache', 'export');
}

/** The cache of `repoDir` when it was written under `namespace`; an empty one otherwise (missing, stale, unreadable). */
export function readExportCache(repoDir: string, namespace: string): ExportCache {
  const empty: ExportCache = { canonical: new Set(), mappings: new Map() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(exportCacheDir(repoDir), 'cache.json'), 'utf8'));
  } catch {
    return empty;
  }
  if (!isCacheFile(parsed) || parsed.format !== FORMAT || parsed.namespace !== namespace) return empty;
  return { canonical: new Set(parsed.canonical), mappings: new Map(parsed.mappings) };
}

/**
 * Replaces the cache of `repoDir` (temp file + rename: a reader sees the old cache or the new one).
 * Throws on a file system error; the caller warns, since the export itself is done.
 */
export function writeExportCache(repoDir: string, namespace: string, cache: ExportCache): void {
  const dir = exportCacheDir(repoDir);
  mkdirSync(dir, { recursive: true });
  // A repository that does not ignore .cache/ still never commits this folder.
  writeFileSync(path.join(dir, '.gitignore'), '*\n');
  const text = JSON.stringify({
    format: FORMAT,
    namespace,
    canonical: [...cache.canonical],
    mappings: [...cache.mappings],
  });
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
  mappings: [string, string][];
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<CacheFile>;
  return (
    Array.isArray(file.canonical) &&
    file.canonical.every((d) => typeof d === 'string') &&
    Array.isArray(file.mappings) &&
    file.mappings.every(
      (m) => Array.isArray(m) && m.length === 2 && typeof m[0] === 'string' && typeof m[1] === 'string',
    )
  );
}
