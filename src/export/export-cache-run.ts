import type { ResolvedConfig } from '../config/index.ts';
import type { MappingMemo } from '../mapping/index.ts';
import type { StateDir, UserState } from '../state/index.ts';
import {
  type ReadCache,
  exportCacheDir,
  exportCacheNamespace,
  readExportCache,
  writeExportCache,
} from './export-cache.ts';

type OpenedCache = ReadCache & { namespace: string };

/** The cache's records for the state read: what the entry preparer recognises entries by. */
export function startCacheRun(opened: OpenedCache, state: StateDir): CacheRun {
  return {
    namespace: opened.namespace,
    memo: { known: opened.mappings, files: state.users, hits: 0 },
    read: opened.text,
    fileHits: [...state.users.values()].filter(
      (f) => f.canonical && f.digest !== undefined && opened.canonical.has(f.digest),
    ).length,
  };
}

/** One export's use of the cache: what it recognised, and what it saves for the next. */
export interface CacheRun {
  namespace: string;
  memo: MappingMemo;
  /** The digest of the cache file's text as read: the same text again is not written. */
  read: string | undefined;
  /** State files read as known canonical, not checked again. */
  fileHits: number;
}

/**
 * The cache for the next export: the digests of the files now in state/ (as read or as rendered),
 * and for each recallable entry the digest of the file its mapping is worked back from.
 */
export function saveExportCache(
  repoDir: string,
  cache: CacheRun,
  done: {
    write: ReadonlyMap<string, UserState>;
    state: StateDir;
    /** writeStateDir's digests of the files it rendered. */
    rendered: ReadonlyMap<string, string> | undefined;
    /** recallableMappings: entry digest → key. */
    recallable: ReadonlyMap<string, string>;
    onWarning?: ((message: string) => void) | undefined;
  },
): void {
  const files = new Map<string, string>();
  for (const key of done.write.keys()) {
    const read = done.state.users.get(key);
    const digest = done.rendered?.get(key) ?? (read?.canonical === true ? read.digest : undefined);
    if (digest !== undefined) files.set(key, digest);
  }
  const mappings = new Map<string, string>();
  for (const [entry, key] of done.recallable) {
    const file = files.get(key);
    if (file !== undefined) mappings.set(entry, file);
  }
  try {
    writeExportCache(repoDir, cache.namespace, { canonical: new Set(files.values()), mappings }, cache.read);
  } catch (error) {
    // The export is written: a cache that cannot be saved costs the next run time, nothing else.
    done.onWarning?.(
      `cannot write the export cache in ${exportCacheDir(repoDir)} (${error instanceof Error ? error.message : String(error)}); the next export does the full work`,
    );
  }
}

/** The cache's namespace and records, or undefined (off, or the tool's files cannot be read). */
export function openExportCache(
  repoDir: string,
  config: ResolvedConfig,
  onWarning: ((message: string) => void) | undefined,
): OpenedCache | undefined {
  let namespace: string;
  try {
    namespace = exportCacheNamespace(config);
  } catch (error) {
    onWarning?.(`export cache off: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  return { namespace, ...readExportCache(repoDir, namespace) };
}
