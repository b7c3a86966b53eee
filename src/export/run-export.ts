import path from 'node:path';
import {
  ConfigError,
  type Env,
  type ResolvedConfig,
  readMappings,
  resolveLdapConnection,
} from '../config/index.ts';
import { SafetyError } from '../errors.ts';
import {
  type DirectoryEntry,
  type DirectorySource,
  filterAttributes,
  isAdDisabled,
  matchesFilter,
  openDirectory,
  openLdifSource,
  parseFilter,
} from '../ldap/index.ts';
import {
  type ExportResult,
  type PreparedEntry,
  type Provenance,
  type Rejection,
  attributesNeeded,
  computeExport,
  entryPreparer,
  recallableMappings,
} from '../mapping/index.ts';
import {
  type StateDir,
  StateError,
  type UserState,
  escapeText,
  readStateDir,
  truncate,
  validateUserState,
  writeStateDir,
} from '../state/index.ts';
import { compareText } from '../compare-text.ts';
import { type CacheRun, openExportCache, saveExportCache, startCacheRun } from './export-cache-run.ts';
import { normalizeDn } from '../normalize-dn.ts';

export interface RunExportOptions {
  /** Repository holding `mappings/` and `state/`. */
  repoDir: string;
  env: Env;
  /** Working directory, against which relative paths given in the environment are read. */
  cwd: string;
  /** Told of a connection that `insecure: true` lets through in clear text, on every run. */
  onWarning?: (message: string) => void;
  now: Date;
  /**
   * `ldif:<path>` (relative to the repository) to read an LDIF file instead of the directory, or an
   * ldap(s):// URL overriding source.url. (Default: the directory of mappings/)
   */
  source?: string;
  /** Write even when the directory returns far fewer people than state holds. (Default: false) */
  allowDrop?: boolean;
  /** Also read XiVO (read-only): allocation skips the numbers it uses; `owner: xivo` fields take its values. (Default: false) */
  readXivo?: boolean;
  /** Told the number of entries read so far, as they arrive. */
  onEntries?: (count: number) => void;
  /**
   * Use and update the cache in `.cache/export/` of the repository (hashes of known-valid state
   * files and of unchanged directory entries), so that a no-op export skips their schema checks and
   * mappings. The result is the same without it. (Default: true)
   */
  cache?: boolean;
}

export interface ExportReport {
  entries: number;
  created: number;
  updated: number;
  disabled: number;
  removed: number;
  rejected: Rejection[];
  written: string[];
  removedFiles: string[];
  /** What the cache saved: state files not checked again, entries not mapped again (absent: cache off). */
  cache?: { files: number; entries: number };
}

/**
 * The export stage: state read, directory read (or LDIF), optional XiVO read, mapping and allocation
 * (computeExport), the count-drop gate, then the state write (only files whose bytes change).
 * Throws ConfigError (invalid mappings/) or StateError (an unreadable state file) before reading the
 * directory, and SafetyError when the directory returns fewer than `safety.minExportRatio` of the
 * people in state, unless `allowDrop`.
 */
export async function runExport(options: RunExportOptions): Promise<ExportReport> {
  const { config, state, previous, prepared, result, cache } = await computeFromSource(options, {
    cache: options.cache !== false,
  });
  const entryCount = prepared.length;
  // People already disabled in state are not expected back: counting them would make every export of
  // a grace period need --allow-drop after a single departure.
  const held = [...previous.values()].filter((s) => s.status === 'active').length;
  const ratio = config.safety.minExportRatio;
  if (held > 0 && entryCount < ratio * held && options.allowDrop !== true) {
    const disabled = previous.size - held;
    throw new SafetyError(
      `directory returned ${count(entryCount)} entries under ${config.source.baseDns.join('; ')}; state holds ${count(held)} active people` +
        `${disabled > 0 ? ` (and ${count(disabled)} disabled, not counted)` : ''}: below ${Math.round(ratio * 100)} %, nothing written. ` +
        'Check the base DN and filter, or pass --allow-drop.',
    );
  }
  // Which mappings the next export can take from the files: decided before the mappings go.
  const recallable = cache === undefined ? undefined : recallableMappings(prepared, result.write, config);
  // The mappings are no longer needed: let them go before thousands of files are rendered.
  prepared.length = 0;
  const written = await writeStateDir(path.join(options.repoDir, 'state'), {
    write: result.write,
    remove: result.remove,
    quarantine: { ...state.quarantine, numbers: result.quarantine },
    current: state.users,
    digests: cache !== undefined,
  });
  if (cache !== undefined && recallable !== undefined)
    saveExportCache(options.repoDir, cache, {
      write: result.write,
      state,
      rendered: written.digests,
      recallable,
      onWarning: options.onWarning,
    });
  const userFiles = written.written.filter((f) => f.startsWith('state/users/'));
  const keyOfFile = (f: string): string => path.basename(f, '.json');
  return {
    entries: entryCount,
    created: userFiles.filter((f) => !previous.has(keyOfFile(f))).length,
    updated: userFiles.filter((f) => previous.has(keyOfFile(f))).length,
    disabled: result.disabled.length,
    removed: result.remove.length,
    // A value is shown escaped and cut: the report may be a pull-request comment.
    rejected: result.rejected
      .map((r) => ({ ...r, value: escapeText(truncate(r.value)) }))
      .sort((a, b) => compareText(a.rule, b.rule) || compareText(a.dn, b.dn)),
    written: written.written,
    removedFiles: written.removed,
    ...(cache === undefined ? {} : { cache: { files: cache.fileHits, entries: cache.memo.hits } }),
  };
}

/**
 * Everything before the write: mappings and state read, the directory (or LDIF) read and mapped,
 * `computeExport`. `keep.provenance` keeps where each value came from, and `keep.entryOf` the
 * directory entry of one key: what `explain` shows.
 */
async function computeFromSource(
  options: RunExportOptions,
  keep: { provenance?: boolean; entryOf?: string; cache?: boolean },
): Promise<{
  config: ResolvedConfig;
  state: StateDir;
  previous: Map<string, UserState>;
  prepared: PreparedEntry[];
  result: ExportResult;
  kept: DirectoryEntry | undefined;
  cache: CacheRun | undefined;
}> {
  const { repoDir } = options;
  const mappings = await readMappings(path.join(repoDir, 'mappings'));
  if (mappings.config === undefined) {
    const files = new Set(mappings.issues.map((i) => i.file)).size;
    throw new ConfigError(
      `mappings/ has ${mappings.issues.length} problem(s) in ${files} file(s), listed above: nothing read or written`,
      { issues: mappings.issues },
    );
  }
  const config = mappings.config;
  const stateDir = path.join(repoDir, 'state');
  // Explaining one person (provenance kept) neither uses the cache nor updates it.
  const { state, cache } = await readStateWithCache(
    options,
    config,
    stateDir,
    keep.cache === true && keep.provenance !== true,
  );
  if (state.issues.length > 0) {
    // A person whose file cannot be read would be exported afresh: new numbers, and theirs free
    // for someone else. Nothing is written until the files are fixed.
    const files = new Set(state.issues.map((i) => i.file)).size;
    throw new StateError(
      `state/ holds ${files} invalid file(s), listed above: nothing written (fix them, then run again; xivo-sync validate checks them)`,
      state.issues,
    );
  }
  const previous = new Map([...state.users].map(([key, file]) => [key, file.state]));
  // XiVO first: what it holds decides how each entry is mapped (owner: xivo fields).
  const xivo =
    options.readXivo === true
      ? await (await import('./fetch-xivo-inputs.ts')).fetchXivoInputs(config, options)
      : undefined;

  // Each entry is mapped as it arrives and dropped: memory holds mappings, not directory entries.
  // Provenance is for `explain`: the export does not show it, so it is not kept for 20,000 people.
  const prepare = entryPreparer({
    config,
    previous,
    ...xivo,
    provenance: keep.provenance === true,
    ...(cache === undefined ? {} : { memo: cache.memo }),
  });
  const prepared: PreparedEntry[] = [];
  let kept: DirectoryEntry | undefined;
  const source = await openEntrySource(config, options);
  try {
    // The disabled-account filter is evaluated on the entries read, not by a second search: its
    // attributes are requested with them (an operational one such as pwdAccountLockedTime is only
    // returned when named).
    const disabledFilter =
      config.source.disabled?.filter === undefined ? undefined : parseFilter(config.source.disabled.filter);
    const attributes = new Set(attributesNeeded(config));
    for (const name of disabledFilter === undefined ? [] : filterAttributes(disabledFilter))
      attributes.add(name);
    const request = {
      baseDns: config.source.baseDns,
      filter: parseFilter(config.source.filter),
      scope: config.source.scope,
      attributes: [...attributes].sort(),
      pageSize: config.source.pageSize,
    } as const;
    const ad = config.source.disabled?.adUserAccountControl === true;
    for await (const entry of source.searchEntries(request)) {
      const disabled =
        (disabledFilter !== undefined && matchesFilter(entry, disabledFilter)) || (ad && isAdDisabled(entry));
      const mapped = prepare(entry, disabled);
      if (keep.entryOf !== undefined && mapped.key === keep.entryOf) kept = entry;
      prepared.push(mapped);
      options.onEntries?.(prepared.length);
    }
  } finally {
    await source.close();
  }
  // The records read are no longer needed: let them go before computeExport, the export's peak.
  if (cache !== undefined) cache.memo.known = new Map();
  const result = computeExport({
    prepared,
    config,
    previous,
    ...xivo,
    quarantine: state.quarantine.numbers,
    validate: (user) => {
      const checked = validateUserState(user, `state/users/${user.key}.json`);
      return checked.ok ? [] : checked.issues.map((i) => ({ pointer: i.pointer, message: i.message }));
    },
    now: options.now,
    provenance: keep.provenance === true,
  });
  return { config, state, previous, prepared, result, kept, cache };
}

/**
 * state/ as read, with the export cache's help when `useCache`. Apart, so that the records read (the
 * known file digests) are let go once the state is read.
 */
async function readStateWithCache(
  options: RunExportOptions,
  config: ResolvedConfig,
  stateDir: string,
  useCache: boolean,
): Promise<{ state: StateDir; cache: CacheRun | undefined }> {
  const opened = useCache ? openExportCache(options.repoDir, config, options.onWarning) : undefined;
  const state = await readStateDir(
    stateDir,
    opened === undefined ? {} : { knownCanonical: opened.canonical },
  );
  return { state, cache: opened === undefined ? undefined : startCacheRun(opened, state) };
}

/** The directory of mappings/ (connection settings per the environment policy), or an LDIF file. */
async function openEntrySource(config: ResolvedConfig, options: RunExportOptions): Promise<DirectorySource> {
  const spec = options.source;
  if (spec?.startsWith('ldif:'))
    return openLdifSource(path.resolve(options.repoDir, spec.slice('ldif:'.length)));
  return openDirectory(
    resolveLdapConnection(
      config,
      options,
      spec === undefined ? undefined : { url: spec, setting: '--source' },
    ),
  );
}

/** 4210 → "4,210": counts in messages are read by people. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** What `explain` shows of one person: their state now, what an export would make of them, and why. */
export interface ExplainedExport {
  config: ResolvedConfig;
  /** The state file as it is (undefined: none). */
  current: UserState | undefined;
  /** What an export would write for the key now (undefined: it would remove the file, or has no such person). */
  next: UserState | undefined;
  /** Where each value of `next` came from, by dotted path (`user.firstname`, `line.extension`). */
  provenance: Record<string, Provenance>;
  /** The person's directory entry as read now (undefined: not in the directory, or not matched by the filter). */
  entry: DirectoryEntry | undefined;
  /** Why the export refuses the entry, when it does. */
  rejected: Rejection[];
}

/** The export computed for one key with provenance kept; nothing is written. */
export async function explainExport(options: RunExportOptions, key: string): Promise<ExplainedExport> {
  const { config, state, result, kept } = await computeFromSource(options, {
    provenance: true,
    entryOf: key,
  });
  const dn = kept === undefined ? state.users.get(key)?.state.dn : kept.dn;
  return {
    config,
    current: state.users.get(key)?.state,
    next: result.remove.includes(key) ? undefined : result.write.get(key),
    provenance: result.provenance.get(key) ?? {},
    entry: kept,
    rejected: dn === undefined ? [] : result.rejected.filter((r) => normalizeDn(r.dn) === normalizeDn(dn)),
  };
}
