import path from 'node:path';
import {
  ConfigError,
  type Env,
  type ResolvedConfig,
  XIVO_PAGE_SIZE,
  readMappings,
  resolveXivoConnection,
} from '../config/index.ts';
import { computePlan, type LiveInventory, type Plan } from '../plan/index.ts';
import {
  StateError,
  checkStateConsistency,
  readStateDir,
  type Issue,
  type UserState,
} from '../state/index.ts';
import { createXivoClient, fetchInventoryRows, type KeyField, type XivoClient } from '../xivo/index.ts';
import { liveInventoryFromRows } from './live-inventory-from-rows.ts';
import { INTERNAL_PERMISSIONS } from './lock-name.ts';

export interface PrepareOptions {
  /** Repository holding `mappings/` and `state/`. */
  repoDir: string;
  /** State directory. (Default: `<repoDir>/state`) */
  stateDir?: string;
  env: Env;
  /** Working directory, against which relative paths given in the environment are read. */
  cwd: string;
  /** Told of a connection that `insecure: true` lets through in clear text, on every run. */
  onWarning?: (message: string) => void;
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
  config: ResolvedConfig;
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
  const port =
    options.port ??
    createXivoClient(
      resolveXivoConnection(config, {
        env: options.env,
        repoDir: options.repoDir,
        cwd: options.cwd,
        ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
      }),
    );
  let inventory: LiveInventory;
  try {
    inventory = await readLiveInventory(port, config.identity.xivoField);
  } catch (error) {
    // A client made here is the caller's only once the plan is returned.
    if (options.port === undefined) port.close();
    throw error;
  }
  const states = new Map([...state.users].map(([key, entry]) => [key, entry.state]));
  const fieldOwners = Object.fromEntries(
    Object.entries(config.fields).map(([field, rule]) => [field, rule.owner]),
  );
  const plan = computePlan([...states.values()], inventory, {
    keyField: config.identity.xivoField,
    adoptBy: config.identity.adoptBy,
    fieldOwners,
    now: options.now,
    graceDays: config.lifecycle.graceDays,
    maxDeletes: config.safety.maxDeletes,
    allowDeletions: options.allowDeletions ?? null,
    lastApplied,
  });
  return { plan, port, config, inventory, states };
}

/**
 * The planner's view of a XiVO, in one pass of paged list calls (plan, apply, tests, benchmarks).
 * Each page is cut down to the fields the planner reads as it arrives, and the view is built from
 * those rows: neither the raw lists nor the inventory graph are ever held.
 */
export async function readLiveInventory(
  client: XivoClient,
  keyField: KeyField,
  pageSize: number = XIVO_PAGE_SIZE,
): Promise<LiveInventory> {
  const rows = await fetchInventoryRows(client, { pageSize, ignoreCallPermissions: INTERNAL_PERMISSIONS });
  return liveInventoryFromRows(rows, keyField);
}

function summarise(issues: readonly Issue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
  return first ? `${first.file}#${first.pointer}: ${first.message}${more}` : 'unknown problem';
}
