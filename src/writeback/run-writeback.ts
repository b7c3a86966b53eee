import path from 'node:path';
import {
  ConfigError,
  type Env,
  type ResolvedConfig,
  readMappings,
  resolveWriteBackConnection,
  resolveXivoConnection,
} from '../config/index.ts';
import { type Directory, type DirectorySource, openDirectory, openLdifSource } from '../ldap/index.ts';
import { keyOf } from '../mapping/index.ts';
import type { LiveInventory } from '../plan/index.ts';
import { readLiveInventory } from '../prepare/index.ts';
import { readStateDir } from '../state/index.ts';
import { createXivoClient, type XivoClient } from '../xivo/index.ts';
import {
  type DirectoryRecord,
  type EntryChange,
  type WriteBackProblem,
  computeWriteBack,
  outcomesFrom,
  targetAttributes,
} from './compute-writeback.ts';
import { renderLdifChanges } from './render-ldif-changes.ts';

export interface RunWriteBackOptions {
  /** Repository holding `mappings/` and `state/`. */
  repoDir: string;
  /** State directory. (Default: `<repoDir>/state`) */
  stateDir?: string;
  env: Env;
  cwd: string;
  /** Told of a connection that `insecure: true` lets through in clear text, on every run. */
  onWarning?: (message: string) => void;
  /**
   * `ldif:<path>` (relative to the repository): read the entries from an LDIF file and write nothing
   * to any directory (the LDIF change file is the output). (Default: the directory of mappings/)
   */
  source?: string;
  /** Compute the modifications and write nothing. (Default: false) */
  dryRun?: boolean;
  /** A XiVO client to read the inventory with (closed by the caller). (Default: from mappings + env) */
  port?: XivoClient;
}

export interface WriteBackFailure {
  key: string;
  dn: string;
  message: string;
}

export interface WriteBackResult {
  /** Every modification computed, by entry. */
  changes: EntryChange[];
  /** The same as an LDIF change file (`ldapmodify -f`). */
  ldif: string;
  /** Entries modified (none on a dry run or from an LDIF source). */
  written: EntryChange[];
  /** Entries a modify failed on: the others were written. */
  failures: WriteBackFailure[];
  /** People in XiVO whose directory entry was not found by key. */
  vanished: string[];
  problems: WriteBackProblem[];
}

/**
 * The write-back stage: reads what XiVO holds for each person of state, finds each person's directory
 * entry by key (the identifier attribute, as export reads it: a moved or renamed entry is found, the
 * DN stored in state is not trusted), and writes the attributes that differ, one modify per entry. A
 * failed entry is reported and the others proceed. Nothing is written without `writeBack:` targets.
 */
export async function runWriteBack(options: RunWriteBackOptions): Promise<WriteBackResult> {
  const mappings = await readMappings(path.join(options.repoDir, 'mappings'));
  if (!mappings.config)
    throw new ConfigError('mappings/ is invalid (run xivo-sync validate)', { issues: mappings.issues });
  const config = mappings.config;
  const empty: WriteBackResult = {
    changes: [],
    ldif: '',
    written: [],
    failures: [],
    vanished: [],
    problems: [],
  };
  if (targetAttributes(config).length === 0) return empty;

  const state = await readStateDir(options.stateDir ?? path.join(options.repoDir, 'state'));
  const states = [...state.users.values()].map((u) => u.state);
  const inventory = await readInventory(config, options);
  const xivoFields = Object.keys(config.writeBack?.fields ?? {});
  const { outcomes, problems } = outcomesFrom(states, inventory, config.identity.xivoField, xivoFields);

  const fromLdif = options.source?.startsWith('ldif:') === true;
  const directory = fromLdif
    ? await openLdifSource(path.resolve(options.repoDir, (options.source as string).slice('ldif:'.length)))
    : await openDirectory(
        resolveWriteBackConnection(
          config,
          options,
          options.source === undefined ? undefined : { url: options.source, setting: '--source' },
        ),
      );
  try {
    const entries = await readEntries(directory, config, new Set(states.map((s) => s.key)));
    const plan = computeWriteBack(outcomes, entries, config);
    const result: WriteBackResult = {
      ...empty,
      changes: plan.changes,
      ldif: renderLdifChanges(plan.changes),
      vanished: plan.vanished,
      problems,
    };
    if (fromLdif || options.dryRun === true) return result;
    for (const change of plan.changes) {
      try {
        await (directory as Directory).modify(change.dn, change.changes);
        result.written.push(change);
      } catch (error) {
        result.failures.push({
          key: change.key,
          dn: change.dn,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return result;
  } finally {
    await directory.close();
  }
}

async function readInventory(config: ResolvedConfig, options: RunWriteBackOptions): Promise<LiveInventory> {
  if (options.port) return readLiveInventory(options.port, config.identity.xivoField);
  const client = createXivoClient(resolveXivoConnection(config, options));
  try {
    return await readLiveInventory(client, config.identity.xivoField);
  } finally {
    client.close();
  }
}

/** The entries of people in state, by key, with the target attributes' values. */
async function readEntries(
  directory: DirectorySource,
  config: ResolvedConfig,
  keys: ReadonlySet<string>,
): Promise<Map<string, DirectoryRecord>> {
  const attributes = targetAttributes(config);
  const entries = new Map<string, DirectoryRecord>();
  const search = directory.searchEntries({
    baseDns: config.source.baseDns,
    filter: config.source.filter,
    scope: config.source.scope,
    pageSize: config.source.pageSize,
    attributes: [config.source.identifier.attribute, ...attributes],
  });
  for await (const entry of search) {
    const key = keyOf(entry, config.source.identifier);
    if (!key.ok || !keys.has(key.key)) continue;
    const values: Record<string, string[]> = {};
    for (const attribute of attributes) {
      const name = attribute.toLowerCase();
      values[name] = [...(entry.attributes[name] ?? [])];
    }
    entries.set(key.key, { dn: entry.dn, values });
  }
  return entries;
}
