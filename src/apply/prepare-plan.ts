import path from 'node:path';
import { ConfigError } from '../errors.ts';
import { readMappings, resolveEnvRef, type MappingConfig } from '../config/index.ts';
import { computePlan, type LiveInventory, type Plan } from '../plan/index.ts';
import {
  StateError,
  checkStateConsistency,
  readStateDir,
  type Issue,
  type UserState,
} from '../state/index.ts';
import { createXivoClient, fetchInventory, type KeyField, type XivoClient } from '../xivo/index.ts';
import { liveInventoryFrom } from './live-inventory-from.ts';

/**
 * Rows per list request of the inventory read. confd has no maximum; large pages keep a
 * 20,000-user XiVO to a few requests per resource type.
 */
const INVENTORY_PAGE_SIZE = 5000;

export interface PrepareOptions {
  /** Repository holding `mappings/` and `state/`. */
  repoDir: string;
  /** State directory. (Default: `<repoDir>/state`) */
  stateDir?: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** `--allow-deletions N`. (Default: null) */
  allowDeletions?: number | null;
  /** State directory of the last applied commit, for drift detection. (Default: none) */
  baselineDir?: string;
  /**
   * Use this XiVO client instead of connecting as the mapping says, e.g. the `port` of an earlier
   * PreparedPlan, so that a plan and its apply share one connection. (Default: from mappings + env)
   */
  port?: XivoClient;
}

export interface PreparedPlan {
  plan: Plan;
  port: XivoClient;
  config: MappingConfig;
  inventory: LiveInventory;
  /** The desired state, by key (for write-back and notification of what was applied). */
  states: ReadonlyMap<string, UserState>;
}

/**
 * Reads mappings/ and state/, fetches the live inventory read-only and computes the plan: everything
 * `plan` and `apply` share. Refuses to plan from invalid state: a file that does not validate would
 * otherwise look like a person to delete.
 */
export async function preparePlan(options: PrepareOptions): Promise<PreparedPlan> {
  const mappings = await readMappings(path.join(options.repoDir, 'mappings'));
  if (!mappings.config)
    throw new ConfigError(`mappings/ is invalid: ${summarise(mappings.issues)} (run xivo-sync validate)`);
  const config = mappings.config;
  const state = await readStateDir(options.stateDir ?? path.join(options.repoDir, 'state'));
  const issues = [...state.issues, ...checkStateConsistency(state.users, config, state.quarantine)];
  if (issues.length > 0) {
    throw new StateError(`state/ is invalid: ${summarise(issues)} (run xivo-sync validate)`, issues);
  }
  let lastApplied: Map<string, UserState> | undefined;
  if (options.baselineDir !== undefined) {
    const baseline = await readStateDir(options.baselineDir);
    lastApplied = new Map([...baseline.users].map(([key, entry]) => [key, entry.state]));
  }
  const port = options.port ?? connect(config, options.env);
  const inventory = await readLiveInventory(port, config.identity.xivoField);
  const states = new Map([...state.users].map(([key, entry]) => [key, entry.state]));
  const fieldOwners = Object.fromEntries(
    Object.entries(config.fields).map(([field, rule]) => [
      field,
      (rule as { owner: 'directory' | 'xivo' | 'allocator' }).owner,
    ]),
  );
  const plan = computePlan([...states.values()], inventory, {
    keyField: config.identity.xivoField,
    adoptBy: config.identity.adoptBy ?? ['email', 'username'],
    fieldOwners,
    now: options.now,
    graceDays: config.lifecycle?.graceDays,
    maxDeletes: config.safety?.maxDeletes ?? {},
    allowDeletions: options.allowDeletions ?? null,
    lastApplied,
  });
  return { plan, port, config, inventory, states };
}

/**
 * The confd connection: `XIVO_URL` overrides mappings/ `xivo.url`, `XIVO_CA_FILE` `xivo.caFile`,
 * `XIVO_AUTH_URL` points at xivo-auth when it is elsewhere; the credentials are the `${VAR}`
 * references of mappings/ `xivo.username|password`, or `XIVO_USER` / `XIVO_PASSWORD`.
 */
/** The planner's view of a XiVO, in one pass of paged list calls (plan, apply, tests, benchmarks). */
export async function readLiveInventory(
  client: XivoClient,
  keyField: KeyField,
  pageSize: number = INVENTORY_PAGE_SIZE,
): Promise<LiveInventory> {
  return liveInventoryFrom(await fetchInventory(client, { keyField, pageSize }));
}

export function connect(
  config: MappingConfig,
  env: Readonly<Record<string, string | undefined>>,
): XivoClient {
  const baseUrl = env['XIVO_URL'] ?? config.xivo?.url;
  if (!baseUrl) throw new ConfigError('no XiVO to talk to: set XIVO_URL or mappings/ xivo.url');
  const credential = (ref: string | undefined, fallback: string, what: string): string => {
    if (ref !== undefined && ref.startsWith('${')) return resolveEnvRef(ref, env, what);
    const value = env[fallback];
    if (!value) throw new ConfigError(`${what}: set ${fallback} (or a \${VAR} reference in mappings/)`);
    return value;
  };
  // XiVO serves a self-signed certificate: the client trusts the configured CA (only used for https).
  const caFile = env['XIVO_CA_FILE'] ?? config.xivo?.caFile;
  return createXivoClient({
    baseUrl,
    // The emulator (and a reverse proxy) serve auth beside confd; real XiVO sets XIVO_AUTH_URL to :9497.
    authUrl: env['XIVO_AUTH_URL'] ?? baseUrl,
    caFile: caFile !== undefined && baseUrl.startsWith('https:') ? caFile : undefined,
    username: credential(config.xivo?.username, 'XIVO_USER', 'xivo.username'),
    password: credential(config.xivo?.password, 'XIVO_PASSWORD', 'xivo.password'),
  });
}

function summarise(issues: readonly Issue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
  return first ? `${first.file}#${first.pointer}: ${first.message}${more}` : 'unknown problem';
}
