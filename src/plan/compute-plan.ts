import type { UserState } from '../state/index.ts';
import type {
  LiveAgent,
  LiveExtension,
  LiveIncall,
  LiveInventory,
  LiveLine,
  LiveUser,
  LiveVoicemail,
} from './live-inventory.ts';
import { orderSteps } from './order-steps.ts';
import { checkDeletions, type DeletionLimits } from './check-deletions.ts';
import { sipUsername } from './sip-username.ts';
import type {
  DeletionResource,
  FieldChange,
  JsonScalar,
  ObjectRef,
  PersonKind,
  PersonPlan,
  Plan,
  PlanStep,
  ResourceChange,
  StepAction,
} from './types.ts';

export interface PlanOptions {
  /** XiVO user field holding the key (mappings/ `identity.xivoField`). */
  keyField: 'userfield' | 'description';
  /** Fields an unmarked XiVO user is adopted on, in order. (Default: `['email', 'username']`) */
  adoptBy?: readonly ('email' | 'username')[];
  /**
   * Owner of each mapped user field (mappings/ `fields.<name>.owner`). `xivo`-owned fields are sent
   * only when creating a user: afterwards XiVO is authoritative. Fields absent here but present in
   * state (e.g. a site language) count as directory-owned. (Default: all directory-owned)
   */
  fieldOwners?: Readonly<Record<string, 'directory' | 'xivo' | 'allocator'>>;
  /** The clock, for the grace period of disabled people. */
  now: Date;
  /**
   * Days a disabled person stays disabled before removal (mappings/ `lifecycle.graceDays`).
   * (Default: none: disabled people are never removed by the plan, only by deleting their file)
   */
  graceDays?: number;
  /** Deletion thresholds per resource type (mappings/ `safety.maxDeletes`). (Default: none) */
  maxDeletes?: DeletionLimits;
  /** `--allow-deletions N`: lifts a refusal when no type deletes more than N. (Default: null) */
  allowDeletions?: number | null;
  /**
   * The state as of the last successful apply, by key. A XiVO value that differs from it was edited
   * by hand: it is listed as drift. (Default: none: differences are planned but not called drift)
   */
  lastApplied?: ReadonlyMap<string, UserState>;
}

/** confd user fields that are never sent: secrets, and ids. */
const NEVER_SENT = new Set(['password', 'call_permission_password', 'id', 'uuid', 'enabled']);

/**
 * Desired state × live XiVO → the ordered steps that converge XiVO, per person. Pure and
 * deterministic: the same inputs give an equal plan.
 */
export function computePlan(
  desired: readonly UserState[],
  inventory: LiveInventory,
  options: PlanOptions,
): Plan {
  const index = indexInventory(inventory, options.keyField);
  const states = [...desired].sort((a, b) => compare(a.key, b.key));
  const match = matchUsers(states, inventory, options);
  const planner = new Planner(index, options);

  const keys = new Set<string>([...states.map((s) => s.key), ...match.managed.keys()]);
  const stateByKey = new Map(states.map((s) => [s.key, s]));
  for (const key of [...keys].sort(compare)) {
    const state = stateByKey.get(key);
    const live = match.managed.get(key) ?? match.adopted.get(key) ?? null;
    planner.planPerson(key, state ?? null, live, match.adopted.has(key), match.problems.get(key) ?? []);
  }
  planner.resolveClaims();

  const steps = orderSteps(planner.steps);
  const people = planner.people;
  const deletions = countDeletions(steps);
  const existing = countManaged([...match.managed.values()], index);
  const safety = checkDeletions(
    deletions,
    existing,
    options.maxDeletes ?? {},
    options.allowDeletions ?? null,
  );
  const count = (kind: PersonKind): number => people.filter((p) => p.kind === kind).length;
  return {
    version: 1,
    inventoryFingerprint: inventory.fingerprint,
    keyField: options.keyField,
    summary: {
      create: count('create'),
      adopt: count('adopt'),
      update: count('update'),
      disable: count('disable'),
      enable: count('enable'),
      delete: count('delete'),
      noop: count('noop'),
      renumber: people.reduce((n, p) => n + p.renumbering.length, 0),
      drift: people.filter((p) => p.drift.length > 0).length,
      problems: people.reduce((n, p) => n + p.problems.length, 0),
      steps: steps.length,
    },
    safety,
    people,
    steps,
  };
}

interface InventoryIndex {
  users: Map<number, LiveUser>;
  /** `email:<lower-case value>` / `username:<…>` → id of the unmarked XiVO user holding it. */
  userByUnique: Map<string, number>;
  lines: Map<number, LiveLine>;
  lineBySip: Map<number, LiveLine>;
  sipByUsername: Map<string, number>;
  extensions: Map<number, LiveExtension>;
  extByKey: Map<string, LiveExtension>;
  /** Who holds an extension: a line or an incall. */
  extOwner: Map<number, { kind: 'line' | 'incall'; id: number }>;
  incallsByUser: Map<number, LiveIncall[]>;
  voicemails: Map<number, LiveVoicemail>;
  vmByKey: Map<string, LiveVoicemail>;
  agents: Map<number, LiveAgent>;
  agentByNumber: Map<string, LiveAgent>;
  permissionByName: Map<string, number>;
  permissionName: Map<number, string>;
  /** Lines nobody uses (no endpoint, user or extension), by context, lowest id first: re-usable. */
  orphanLines: Map<string, number[]>;
}

function indexInventory(inv: LiveInventory, keyField: string): InventoryIndex {
  const lines = new Map(inv.lines.map((l) => [l.id, l]));
  const lineBySip = new Map<number, LiveLine>();
  for (const line of inv.lines) if (line.endpointSipId !== null) lineBySip.set(line.endpointSipId, line);
  const extOwner = new Map<number, { kind: 'line' | 'incall'; id: number }>();
  for (const line of inv.lines)
    for (const e of line.extensionIds) extOwner.set(e, { kind: 'line', id: line.id });
  const incallsByUser = new Map<number, LiveIncall[]>();
  for (const incall of [...inv.incalls].sort((a, b) => a.id - b.id)) {
    for (const e of incall.extensionIds) extOwner.set(e, { kind: 'incall', id: incall.id });
    if (incall.userId === null) continue;
    const list = incallsByUser.get(incall.userId) ?? [];
    list.push(incall);
    incallsByUser.set(incall.userId, list);
  }
  // Managed users' e-mails and usernames come from state, unique by validation; only the others clash.
  const userByUnique = new Map<string, number>();
  for (const user of inv.users) {
    const marker = user.fields[keyField];
    if (typeof marker === 'string' && marker.trim() !== '') continue;
    for (const field of ['email', 'username']) {
      const value = normalise(user.fields[field]);
      if (value !== '') userByUnique.set(`${field}:${value}`, user.id);
    }
  }
  const orphanLines = new Map<string, number[]>();
  for (const line of [...inv.lines].sort((a, b) => a.id - b.id)) {
    if (line.endpointSipId !== null || line.userIds.length > 0 || line.extensionIds.length > 0) continue;
    const list = orphanLines.get(line.context) ?? [];
    list.push(line.id);
    orphanLines.set(line.context, list);
  }
  return {
    users: new Map(inv.users.map((u) => [u.id, u])),
    lines,
    lineBySip,
    sipByUsername: new Map(inv.endpointsSip.map((s) => [s.username, s.id])),
    extensions: new Map(inv.extensions.map((e) => [e.id, e])),
    extByKey: new Map(inv.extensions.map((e) => [at(e.exten, e.context), e])),
    extOwner,
    incallsByUser,
    voicemails: new Map(inv.voicemails.map((v) => [v.id, v])),
    vmByKey: new Map(inv.voicemails.map((v) => [at(v.number, v.context), v])),
    agents: new Map(inv.agents.map((a) => [a.id, a])),
    agentByNumber: new Map(inv.agents.map((a) => [a.number, a])),
    permissionByName: new Map(inv.callPermissions.map((p) => [p.name, p.id])),
    permissionName: new Map(inv.callPermissions.map((p) => [p.id, p.name])),
    orphanLines,
    userByUnique,
  };
}

interface Match {
  managed: Map<string, LiveUser>;
  adopted: Map<string, LiveUser>;
  problems: Map<string, string[]>;
}

function matchUsers(states: readonly UserState[], inv: LiveInventory, options: PlanOptions): Match {
  const managed = new Map<string, LiveUser>();
  const problems = new Map<string, string[]>();
  const unmarked: LiveUser[] = [];
  for (const user of [...inv.users].sort((a, b) => a.id - b.id)) {
    const marker = user.fields[options.keyField];
    const key = typeof marker === 'string' ? marker.trim() : '';
    if (key === '') {
      unmarked.push(user);
      continue;
    }
    const first = managed.get(key);
    if (first) {
      // Never delete either: a duplicate marker is a human mistake to look at, not a departure.
      const list = problems.get(key) ?? [];
      list.push(`XiVO users ${first.id} and ${user.id} both carry this key; only ${first.id} is managed`);
      problems.set(key, list);
      continue;
    }
    managed.set(key, user);
  }
  const adopted = new Map<string, LiveUser>();
  const taken = new Set<number>();
  const adoptBy = options.adoptBy ?? ['email', 'username'];
  // Indexed, because a first run may hold thousands of state files and thousands of unmarked users.
  const byField = new Map<string, Map<string, LiveUser[]>>();
  for (const field of adoptBy) {
    const map = new Map<string, LiveUser[]>();
    for (const user of unmarked) {
      const value = normalise(user.fields[field]);
      if (value === '') continue;
      const list = map.get(value) ?? [];
      list.push(user);
      map.set(value, list);
    }
    byField.set(field, map);
  }
  for (const state of states) {
    if (managed.has(state.key)) continue;
    for (const field of adoptBy) {
      const wanted = normalise(state.user[field]);
      if (wanted === '') continue;
      const candidates = (byField.get(field)?.get(wanted) ?? []).filter((u) => !taken.has(u.id));
      if (candidates.length === 1) {
        const user = candidates[0] as LiveUser;
        adopted.set(state.key, user);
        taken.add(user.id);
        break;
      }
      if (candidates.length > 1) {
        const list = problems.get(state.key) ?? [];
        list.push(`several unmarked XiVO users share ${field} ${wanted}; none adopted`);
        problems.set(state.key, list);
      }
    }
  }
  return { managed, adopted, problems };
}

function normalise(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** A claim on a number that someone else holds now; resolved once every person is planned. */
interface Claim {
  stepId: string;
  key: string;
  resourceKey: string;
  label: string;
}

class Planner {
  readonly steps: PlanStep[] = [];
  readonly people: PersonPlan[] = [];
  private readonly index: InventoryIndex;
  private readonly options: PlanOptions;
  private readonly claims: Claim[] = [];
  /** `ext:1042@default` → the step after which that number no longer exists. */
  private readonly releases = new Map<string, string>();
  private readonly takenLines = new Set<number>();
  private person!: PersonPlan;

  constructor(index: InventoryIndex, options: PlanOptions) {
    this.index = index;
    this.options = options;
  }

  planPerson(
    key: string,
    state: UserState | null,
    live: LiveUser | null,
    isAdoption: boolean,
    problems: string[],
  ): void {
    const name = state
      ? [state.user.firstname, state.user.lastname].filter(Boolean).join(' ')
      : [live?.fields['firstname'], live?.fields['lastname']].filter((v) => typeof v === 'string').join(' ');
    this.person = {
      key,
      name,
      kind: 'noop',
      userId: live?.id ?? null,
      fields: [],
      resources: [],
      renumbering: [],
      drift: [],
      problems: [...problems],
      steps: [],
    };
    const person = this.person;
    this.people.push(person);

    const removed = state === null || this.graceExpired(state);
    if (removed) {
      if (live && !isAdoption) {
        person.kind = 'delete';
        this.planTeardown(key, live);
      }
      return;
    }
    if (!live) {
      // A disabled person who never reached XiVO stays out of it.
      if (state.status === 'disabled') return;
      const clash = this.uniqueClash(state);
      if (clash) {
        // confd would refuse the user anyway; saying why beats a failed step.
        person.problems.push(`not created: ${clash}`);
        return;
      }
      person.kind = 'create';
      this.planCreate(state);
      return;
    }
    this.planExisting(state, live, isAdoption);
  }

  /** confd keeps user e-mail and username unique: another XiVO user holding one blocks creation. */
  private uniqueClash(state: UserState): string | undefined {
    for (const field of ['email', 'username'] as const) {
      const value = state.user[field];
      if (typeof value !== 'string' || value === '') continue;
      const holder = this.index.userByUnique.get(`${field}:${value.trim().toLowerCase()}`);
      if (holder !== undefined) return `XiVO user ${holder} already has ${field} ${value}`;
    }
    return undefined;
  }

  private graceExpired(state: UserState): boolean {
    if (state.status !== 'disabled' || this.options.graceDays === undefined || !state.since) return false;
    const since = Date.parse(`${state.since}T00:00:00Z`);
    return this.options.now.getTime() - since >= this.options.graceDays * 86_400_000;
  }

  private add(
    what: string,
    action: StepAction,
    dependsOn: (string | undefined)[],
    description: string,
  ): string {
    const id = `u:${this.person.key}:${what}`;
    this.steps.push({
      id,
      key: this.person.key,
      action,
      dependsOn: [...new Set(dependsOn.filter((d): d is string => d !== undefined))].sort(compare),
      description,
    });
    this.person.steps.push(id);
    return id;
  }

  private resource(change: ResourceChange): void {
    this.person.resources.push(change);
  }

  // ---- user fields -------------------------------------------------------------------------------

  private desiredFields(state: UserState, creating: boolean): Record<string, JsonScalar> {
    const owners = this.options.fieldOwners ?? {};
    const fields: Record<string, JsonScalar> = {};
    for (const [field, value] of Object.entries(state.user)) {
      if (value === undefined || NEVER_SENT.has(field) || field === this.options.keyField) continue;
      if (!creating && owners[field] === 'xivo') continue;
      fields[field] = value as JsonScalar;
    }
    fields[this.options.keyField] = state.key;
    // Sent on creation too (confd's default is true), so the request says what state says.
    fields['enabled'] = state.status === 'active';
    return fields;
  }

  private planCreate(state: UserState): void {
    const body = this.desiredFields(state, true);
    const userStep = this.add(
      'user',
      { op: 'create', resource: 'user', body, generate: ['user-password'] },
      [],
      `create user ${this.person.name}`,
    );
    this.person.fields = Object.entries(body)
      .map(([field, value]) => ({ field, old: null, new: value }))
      .sort((a, b) => compare(a.field, b.field));
    const userRef: ObjectRef = { ref: userStep };
    this.planLine(state, null, userRef, userStep);
    this.planDid(state, null, userRef, userStep);
    this.planVoicemail(state, null, userRef, userStep);
    this.planAgent(state, null, userRef, userStep);
    this.planPermissions(state, null, userRef, userStep);
  }

  private planExisting(state: UserState, live: LiveUser, isAdoption: boolean): void {
    const person = this.person;
    const desired = this.desiredFields(state, false);
    const changes: FieldChange[] = [];
    for (const [field, value] of Object.entries(desired)) {
      const old = scalar(live.fields[field]);
      if (!sameValue(old, value)) changes.push({ field, old, new: value });
    }
    changes.sort((a, b) => compare(a.field, b.field));
    person.fields = changes;
    const lastApplied = this.options.lastApplied?.get(state.key);
    if (lastApplied && !isAdoption) {
      const owners = this.options.fieldOwners ?? {};
      person.drift = changes.filter((c) => {
        if (c.field === 'enabled' || c.field === this.options.keyField || owners[c.field] === 'xivo')
          return false;
        const applied = (lastApplied.user as unknown as Record<string, unknown>)[c.field];
        return applied !== undefined && !sameValue(c.old, scalar(applied));
      });
    }
    const userRef: ObjectRef = { id: live.id };
    if (changes.length > 0) {
      this.add(
        'user',
        { op: 'update', resource: 'user', target: userRef, changes },
        [],
        `update user ${person.name}: ${changes.map((c) => c.field).join(', ')}`,
      );
    }
    // Sub-resources of an existing user do not wait for its field update: they only need its id.
    this.planLine(state, live, userRef, undefined);
    this.planDid(state, live, userRef, undefined);
    this.planVoicemail(state, live, userRef, undefined);
    this.planAgent(state, live, userRef, undefined);
    this.planPermissions(state, live, userRef, undefined);

    const enabledChange = changes.find((c) => c.field === 'enabled');
    if (isAdoption) person.kind = 'adopt';
    else if (enabledChange?.new === false) person.kind = 'disable';
    else if (enabledChange?.new === true) person.kind = 'enable';
    else if (person.steps.length > 0) person.kind = 'update';
  }

  // ---- line, SIP endpoint, extension ------------------------------------------------------------

  private planLine(
    state: UserState,
    live: LiveUser | null,
    userRef: ObjectRef,
    userStep: string | undefined,
  ): void {
    const want = state.line ?? null;
    const lines = (live?.lineIds ?? []).map((id) => this.index.lines.get(id)).filter(isDefined);
    if (!want) {
      for (const line of lines) this.teardownLine(line, userRef);
      return;
    }
    const main = lines[0];
    const target = at(want.extension, want.context);
    const sipName = sipUsername(state.key);
    let lineRef: ObjectRef;
    let lineReady: string | undefined;
    let needUserLine = false;
    let currentExt: LiveExtension | undefined;
    let lineContext: string | undefined;
    let lineChange: ResourceChange['change'] | null = null;

    if (main) {
      lineRef = { id: main.id };
      lineContext = main.context;
      currentExt = this.firstExtension(main.extensionIds);
      if (main.endpointSipId === null) {
        lineReady = this.attachSip(lineRef, undefined, sipName);
        lineChange = 'update';
      }
    } else {
      needUserLine = true;
      const sipId = this.index.sipByUsername.get(sipName);
      const sipLine = sipId === undefined ? undefined : this.index.lineBySip.get(sipId);
      if (sipLine && sipLine.userIds.length === 0 && !this.takenLines.has(sipLine.id)) {
        // Our endpoint is already on a line: an earlier apply stopped before linking it to the user.
        this.takenLines.add(sipLine.id);
        lineRef = { id: sipLine.id };
        lineContext = sipLine.context;
        currentExt = this.firstExtension(sipLine.extensionIds);
        lineChange = 'reuse';
      } else {
        const orphan = (this.index.orphanLines.get(want.context) ?? []).find(
          (id) => !this.takenLines.has(id),
        );
        let lineStep: string | undefined;
        if (orphan !== undefined) {
          this.takenLines.add(orphan);
          lineRef = { id: orphan };
          lineContext = want.context;
          lineChange = 'reuse';
        } else {
          lineStep = this.add(
            'line',
            { op: 'create', resource: 'line', body: { context: want.context } },
            [],
            `create line in ${want.context}`,
          );
          lineRef = { ref: lineStep };
          lineContext = want.context;
          lineChange = 'create';
        }
        lineReady = this.attachSip(
          lineRef,
          lineStep,
          sipName,
          sipId !== undefined && !sipLine ? sipId : undefined,
        );
      }
    }

    // Extension: keep, renumber in place, or swap for another one.
    let extReady: string | undefined;
    let extDone = false;
    const currentKey = currentExt ? at(currentExt.exten, currentExt.context) : undefined;
    let freedBy: string | undefined;
    if (currentExt && currentKey !== target) {
      this.person.renumbering.push({ resource: 'extension', old: currentKey as string, new: target });
      const targetExists = this.index.extByKey.has(target);
      if (currentExt.context === want.context && lineContext === want.context && !targetExists) {
        extReady = this.add(
          'ext',
          {
            op: 'update',
            resource: 'extension',
            target: { id: currentExt.id },
            changes: [{ field: 'exten', old: currentExt.exten, new: want.extension }],
          },
          [lineReady],
          `renumber extension ${currentKey as string} → ${target}`,
        );
        this.releases.set(`ext:${currentKey as string}`, extReady);
        extDone = true;
      } else {
        freedBy = this.add(
          'line-ext:old',
          { op: 'dissociate', relation: 'line-extension', left: lineRef, right: { id: currentExt.id } },
          [],
          `unlink extension ${currentKey as string} from the line`,
        );
        const del = this.add(
          'ext:old',
          { op: 'delete', resource: 'extension', target: { id: currentExt.id } },
          [freedBy],
          `delete extension ${currentKey as string}`,
        );
        this.releases.set(`ext:${currentKey as string}`, del);
      }
    } else if (currentExt) {
      extDone = true;
    }
    if (lineContext !== want.context && main) {
      // A move to another site's context: the old extension is unlinked first (confd checks types).
      lineReady = this.add(
        'line:context',
        {
          op: 'update',
          resource: 'line',
          target: lineRef,
          changes: [{ field: 'context', old: lineContext ?? null, new: want.context }],
        },
        [lineReady, freedBy],
        `move line to ${want.context}`,
      );
      lineChange = lineChange ?? 'update';
    }
    if (!extDone) {
      const existing = this.index.extByKey.get(target);
      const owner = existing ? this.index.extOwner.get(existing.id) : undefined;
      let extRef: ObjectRef;
      let created: string | undefined;
      if (existing && !owner) {
        extRef = { id: existing.id };
      } else {
        created = this.add(
          'ext',
          { op: 'create', resource: 'extension', body: { exten: want.extension, context: want.context } },
          [freedBy],
          `create extension ${target}`,
        );
        extRef = { ref: created };
        if (existing) this.claim(created, `ext:${target}`, `extension ${target}`);
      }
      extReady = this.add(
        'line-ext',
        { op: 'associate', relation: 'line-extension', left: lineRef, right: extRef },
        [lineReady, created, freedBy],
        `link extension ${target} to the line`,
      );
    }
    if (needUserLine) {
      this.add(
        'user-line',
        { op: 'associate', relation: 'user-line', left: userRef, right: lineRef },
        [userStep, lineReady, extReady],
        `link the line to the user`,
      );
    }
    const oldLabel = main ? (currentKey ?? `line ${main.id}`) : null;
    if (lineChange === null && currentKey !== target) lineChange = 'update';
    if (lineChange !== null)
      this.resource({ resource: 'line', change: lineChange, old: oldLabel, new: target });
  }

  /** Creates (or re-uses) the person's SIP endpoint and links it to the line; returns the link step. */
  private attachSip(
    lineRef: ObjectRef,
    lineStep: string | undefined,
    sipName: string,
    existingSip?: number,
  ): string {
    let sipRef: ObjectRef;
    let sipStep: string | undefined;
    const found = existingSip ?? this.index.sipByUsername.get(sipName);
    if (found !== undefined && !this.index.lineBySip.has(found)) {
      sipRef = { id: found };
    } else {
      sipStep = this.add(
        'sip',
        { op: 'create', resource: 'sip', body: { username: sipName } },
        [],
        `create SIP endpoint ${sipName}`,
      );
      sipRef = { ref: sipStep };
    }
    return this.add(
      'line-sip',
      { op: 'associate', relation: 'line-sip', left: lineRef, right: sipRef },
      [lineStep, sipStep],
      `link SIP endpoint ${sipName} to the line`,
    );
  }

  private teardownLine(line: LiveLine, userRef: ObjectRef): string {
    const lineRef: ObjectRef = { id: line.id };
    const deps: string[] = [];
    for (const extId of line.extensionIds) {
      const ext = this.index.extensions.get(extId);
      const label = ext ? at(ext.exten, ext.context) : `#${extId}`;
      const unlink = this.add(
        `line:${line.id}:ext:${extId}:unlink`,
        { op: 'dissociate', relation: 'line-extension', left: lineRef, right: { id: extId } },
        [],
        `unlink extension ${label} from line ${line.id}`,
      );
      deps.push(unlink);
      const del = this.add(
        `line:${line.id}:ext:${extId}:delete`,
        { op: 'delete', resource: 'extension', target: { id: extId } },
        [unlink],
        `delete extension ${label}`,
      );
      this.releases.set(`ext:${label}`, del);
    }
    const unlinkUser = this.add(
      `line:${line.id}:unlink`,
      { op: 'dissociate', relation: 'user-line', left: userRef, right: lineRef },
      deps,
      `unlink line ${line.id} from the user`,
    );
    const firstExt = this.firstExtension(line.extensionIds);
    // Deleting a line deletes its SIP endpoint too (confd line persistor).
    const del = this.add(
      `line:${line.id}:delete`,
      { op: 'delete', resource: 'line', target: lineRef },
      [unlinkUser, ...deps],
      `delete line ${line.id} and its SIP endpoint`,
    );
    this.resource({
      resource: 'line',
      change: 'delete',
      old: firstExt ? at(firstExt.exten, firstExt.context) : `line ${line.id}`,
      new: null,
    });
    return del;
  }

  private firstExtension(ids: readonly number[]): LiveExtension | undefined {
    const id = ids[0];
    return id === undefined ? undefined : this.index.extensions.get(id);
  }

  // ---- DID (incall + its extension) ---------------------------------------------------------------

  private planDid(
    state: UserState,
    live: LiveUser | null,
    userRef: ObjectRef,
    userStep: string | undefined,
  ): void {
    const want = state.did ?? null;
    const incalls = live ? (this.index.incallsByUser.get(live.id) ?? []) : [];
    if (!want) {
      for (const incall of incalls) this.teardownIncall(incall);
      return;
    }
    const target = at(want.exten, want.context);
    const main = incalls[0];
    let incallRef: ObjectRef;
    let incallStep: string | undefined;
    let change: ResourceChange['change'] | null = null;
    if (main) {
      incallRef = { id: main.id };
    } else {
      incallStep = this.add(
        'incall',
        { op: 'create', resource: 'incall', body: {}, destinationUser: userRef },
        [userStep],
        `create incall to the user`,
      );
      incallRef = { ref: incallStep };
      change = 'create';
    }
    const current = main ? this.firstExtension(main.extensionIds) : undefined;
    const currentKey = current ? at(current.exten, current.context) : undefined;
    if (current && currentKey === target) {
      if (change !== null)
        this.resource({ resource: 'did', change, old: null, new: `${want.number} (${target})` });
      return;
    }
    let freedBy: string | undefined;
    if (current) {
      this.person.renumbering.push({ resource: 'did', old: currentKey as string, new: target });
      change = 'update';
      if (current.context === want.context && !this.index.extByKey.has(target)) {
        const step = this.add(
          'did-ext',
          {
            op: 'update',
            resource: 'extension',
            target: { id: current.id },
            changes: [{ field: 'exten', old: current.exten, new: want.exten }],
          },
          [],
          `renumber DID extension ${currentKey as string} → ${target}`,
        );
        this.releases.set(`ext:${currentKey as string}`, step);
        this.resource({
          resource: 'did',
          change,
          old: currentKey as string,
          new: `${want.number} (${target})`,
        });
        return;
      }
      freedBy = this.add(
        'incall-ext:old',
        { op: 'dissociate', relation: 'incall-extension', left: incallRef, right: { id: current.id } },
        [],
        `unlink DID extension ${currentKey as string} from the incall`,
      );
      const del = this.add(
        'did-ext:old',
        { op: 'delete', resource: 'extension', target: { id: current.id } },
        [freedBy],
        `delete DID extension ${currentKey as string}`,
      );
      this.releases.set(`ext:${currentKey as string}`, del);
    }
    const existing = this.index.extByKey.get(target);
    const owner = existing ? this.index.extOwner.get(existing.id) : undefined;
    let extRef: ObjectRef;
    let created: string | undefined;
    if (existing && !owner) {
      extRef = { id: existing.id };
      change = change ?? 'reuse';
    } else {
      created = this.add(
        'did-ext',
        { op: 'create', resource: 'extension', body: { exten: want.exten, context: want.context } },
        [freedBy],
        `create DID extension ${target}`,
      );
      extRef = { ref: created };
      if (existing) this.claim(created, `ext:${target}`, `DID extension ${target}`);
      change = change ?? 'update';
    }
    this.add(
      'incall-ext',
      { op: 'associate', relation: 'incall-extension', left: incallRef, right: extRef },
      [incallStep, created, freedBy],
      `link DID extension ${target} to the incall`,
    );
    this.resource({ resource: 'did', change, old: currentKey ?? null, new: `${want.number} (${target})` });
  }

  private teardownIncall(incall: LiveIncall): string {
    const del = this.add(
      `incall:${incall.id}:delete`,
      { op: 'delete', resource: 'incall', target: { id: incall.id } },
      [],
      `delete incall ${incall.id}`,
    );
    let label = `incall ${incall.id}`;
    for (const extId of incall.extensionIds) {
      const ext = this.index.extensions.get(extId);
      const extLabel = ext ? at(ext.exten, ext.context) : `#${extId}`;
      label = extLabel;
      // Deleting an incall frees its extension without deleting it (confd incall persistor).
      const delExt = this.add(
        `incall:${incall.id}:ext:${extId}:delete`,
        { op: 'delete', resource: 'extension', target: { id: extId } },
        [del],
        `delete DID extension ${extLabel}`,
      );
      this.releases.set(`ext:${extLabel}`, delExt);
    }
    this.resource({ resource: 'did', change: 'delete', old: label, new: null });
    return del;
  }

  // ---- voicemail ----------------------------------------------------------------------------------

  private planVoicemail(
    state: UserState,
    live: LiveUser | null,
    userRef: ObjectRef,
    userStep: string | undefined,
  ): void {
    const want = state.voicemail ?? null;
    const current = live?.voicemailId != null ? this.index.voicemails.get(live.voicemailId) : undefined;
    if (!want) {
      if (current) this.teardownVoicemail(current, userRef);
      return;
    }
    const target = at(want.number, want.context);
    const wantedFields: Record<string, JsonScalar> = {
      name: want.name,
      number: want.number,
      context: want.context,
    };
    for (const field of ['email', 'language', 'timezone'] as const) {
      if (want[field] !== undefined) wantedFields[field] = want[field];
    }
    if (current) {
      const changes = diffFields(current as unknown as Record<string, unknown>, wantedFields);
      const currentKey = at(current.number, current.context);
      if (changes.length === 0) return;
      if (currentKey !== target) {
        if (this.index.vmByKey.has(target))
          this.person.problems.push(
            `voicemail ${target} already exists in XiVO; renumbering ${currentKey} will fail`,
          );
        this.releases.set(`vm:${currentKey}`, `u:${this.person.key}:vm`);
      }
      this.add(
        'vm',
        { op: 'update', resource: 'voicemail', target: { id: current.id }, changes },
        [],
        `update voicemail ${target}: ${changes.map((c) => c.field).join(', ')}`,
      );
      this.resource({
        resource: 'voicemail',
        change: 'update',
        old: currentKey,
        new: target,
        fields: changes,
      });
      return;
    }
    const existing = this.index.vmByKey.get(target);
    let vmRef: ObjectRef;
    let vmStep: string | undefined;
    if (existing && existing.userIds.length === 0) {
      vmRef = { id: existing.id };
      const changes = diffFields(existing as unknown as Record<string, unknown>, wantedFields);
      const reuse: ResourceChange = { resource: 'voicemail', change: 'reuse', old: null, new: target };
      if (changes.length > 0) reuse.fields = changes;
      if (changes.length > 0) {
        vmStep = this.add(
          'vm',
          { op: 'update', resource: 'voicemail', target: vmRef, changes },
          [],
          `update voicemail ${target}: ${changes.map((c) => c.field).join(', ')}`,
        );
      }
      this.resource(reuse);
    } else {
      vmStep = this.add(
        'vm',
        { op: 'create', resource: 'voicemail', body: wantedFields, generate: ['voicemail-pin'] },
        [],
        `create voicemail ${target}`,
      );
      vmRef = { ref: vmStep };
      if (existing) this.claim(vmStep, `vm:${target}`, `voicemail ${target}`);
      this.resource({ resource: 'voicemail', change: 'create', old: null, new: target });
    }
    this.add(
      'user-vm',
      { op: 'associate', relation: 'user-voicemail', left: userRef, right: vmRef },
      [userStep, vmStep],
      `link voicemail ${target} to the user`,
    );
  }

  private teardownVoicemail(vm: LiveVoicemail, userRef: ObjectRef): string {
    const label = at(vm.number, vm.context);
    const unlink = this.add(
      'vm:unlink',
      { op: 'dissociate', relation: 'user-voicemail', left: userRef, right: { id: vm.id } },
      [],
      `unlink voicemail ${label}`,
    );
    this.resource({ resource: 'voicemail', change: 'delete', old: label, new: null });
    // A box shared with someone else stays: only its last user takes it away.
    if (vm.userIds.length > 1) return unlink;
    const del = this.add(
      'vm:delete',
      { op: 'delete', resource: 'voicemail', target: { id: vm.id } },
      [unlink],
      `delete voicemail ${label}`,
    );
    this.releases.set(`vm:${label}`, del);
    return del;
  }

  // ---- agent --------------------------------------------------------------------------------------

  private planAgent(
    state: UserState,
    live: LiveUser | null,
    userRef: ObjectRef,
    userStep: string | undefined,
  ): void {
    const want = state.agent ?? null;
    const current = live?.agentId != null ? this.index.agents.get(live.agentId) : undefined;
    if (current && want && current.number === want.number) return;
    let freedBy: string | undefined;
    if (current) freedBy = this.teardownAgent(current, userRef);
    if (!want) return;
    const existing = this.index.agentByNumber.get(want.number);
    let agentRef: ObjectRef;
    let agentStep: string | undefined;
    let change: ResourceChange['change'];
    if (existing && existing.userIds.length === 0) {
      agentRef = { id: existing.id };
      change = 'reuse';
    } else {
      const body: Record<string, JsonScalar> = {
        number: want.number,
        firstname: state.user.firstname,
        lastname: state.user.lastname ?? null,
      };
      agentStep = this.add(
        'agent',
        { op: 'create', resource: 'agent', body },
        [],
        `create agent ${want.number}`,
      );
      agentRef = { ref: agentStep };
      if (existing) this.claim(agentStep, `agent:${want.number}`, `agent ${want.number}`);
      change = 'create';
    }
    this.add(
      'user-agent',
      { op: 'associate', relation: 'user-agent', left: userRef, right: agentRef },
      [userStep, agentStep, freedBy],
      `link agent ${want.number} to the user`,
    );
    if (current) this.person.resources.pop();
    this.resource({
      resource: 'agent',
      change: current ? 'update' : change,
      old: current?.number ?? null,
      new: want.number,
    });
  }

  private teardownAgent(agent: LiveAgent, userRef: ObjectRef): string {
    const unlink = this.add(
      'agent:unlink',
      { op: 'dissociate', relation: 'user-agent', left: userRef, right: { id: agent.id } },
      [],
      `unlink agent ${agent.number}`,
    );
    const del = this.add(
      'agent:delete',
      { op: 'delete', resource: 'agent', target: { id: agent.id } },
      [unlink],
      `delete agent ${agent.number}`,
    );
    this.releases.set(`agent:${agent.number}`, del);
    this.resource({ resource: 'agent', change: 'delete', old: agent.number, new: null });
    return unlink;
  }

  // ---- call permissions ---------------------------------------------------------------------------

  private planPermissions(
    state: UserState,
    live: LiveUser | null,
    userRef: ObjectRef,
    userStep: string | undefined,
  ): void {
    const wanted = new Set(state.callPermissions ?? []);
    const held = new Map<string, number>();
    for (const id of live?.callPermissionIds ?? []) {
      const name = this.index.permissionName.get(id);
      if (name !== undefined) held.set(name, id);
    }
    for (const name of [...wanted].sort(compare)) {
      if (held.has(name)) continue;
      const id = this.index.permissionByName.get(name);
      if (id === undefined) {
        this.person.problems.push(`call permission '${name}' does not exist in XiVO`);
        continue;
      }
      this.add(
        `perm:${name}`,
        { op: 'associate', relation: 'user-callpermission', left: userRef, right: { id } },
        [userStep],
        `grant call permission ${name}`,
      );
      this.resource({ resource: 'callPermission', change: 'create', old: null, new: name });
    }
    for (const [name, id] of [...held].sort((a, b) => compare(a[0], b[0]))) {
      if (wanted.has(name)) continue;
      this.add(
        `perm:${name}:revoke`,
        { op: 'dissociate', relation: 'user-callpermission', left: userRef, right: { id } },
        [],
        `revoke call permission ${name}`,
      );
      this.resource({ resource: 'callPermission', change: 'delete', old: name, new: null });
    }
  }

  // ---- removal ------------------------------------------------------------------------------------

  /** confd's teardown order: voicemail, lines and extensions, agent, incalls, then the user. */
  private planTeardown(key: string, live: LiveUser): void {
    const userRef: ObjectRef = { id: live.id };
    const deps: string[] = [];
    const vm = live.voicemailId != null ? this.index.voicemails.get(live.voicemailId) : undefined;
    if (vm) deps.push(this.teardownVoicemail(vm, userRef));
    for (const id of live.lineIds) {
      const line = this.index.lines.get(id);
      if (line) deps.push(this.teardownLine(line, userRef));
    }
    const agent = live.agentId != null ? this.index.agents.get(live.agentId) : undefined;
    if (agent) deps.push(this.teardownAgent(agent, userRef));
    for (const incall of this.index.incallsByUser.get(live.id) ?? []) deps.push(this.teardownIncall(incall));
    this.add(
      'user:delete',
      { op: 'delete', resource: 'user', target: userRef },
      deps,
      `delete user ${this.person.name || key}`,
    );
  }

  // ---- numbers moving between people --------------------------------------------------------------

  private claim(stepId: string, resourceKey: string, label: string): void {
    this.claims.push({ stepId, key: this.person.key, resourceKey, label });
  }

  /** A number someone else gives up is taken only after they gave it up; otherwise it is a conflict. */
  resolveClaims(): void {
    const byId = new Map(this.steps.map((s) => [s.id, s]));
    const people = new Map(this.people.map((p) => [p.key, p]));
    for (const claim of this.claims) {
      const release = this.releases.get(claim.resourceKey);
      const step = byId.get(claim.stepId);
      if (release !== undefined && step && !step.dependsOn.includes(release)) {
        step.dependsOn = [...step.dependsOn, release].sort(compare);
      } else if (release === undefined) {
        people
          .get(claim.key)
          ?.problems.push(`${claim.label} is held by another XiVO object; creating it will fail`);
      }
    }
  }
}

function countDeletions(steps: readonly PlanStep[]): Record<DeletionResource, number> {
  const counts: Record<DeletionResource, number> = { users: 0, lines: 0, dids: 0, voicemails: 0, agents: 0 };
  for (const { action } of steps) {
    if (action.op !== 'delete') continue;
    if (action.resource === 'user') counts.users++;
    else if (action.resource === 'line') counts.lines++;
    else if (action.resource === 'incall') counts.dids++;
    else if (action.resource === 'voicemail') counts.voicemails++;
    else if (action.resource === 'agent') counts.agents++;
  }
  return counts;
}

function countManaged(users: readonly LiveUser[], index: InventoryIndex): Record<DeletionResource, number> {
  return {
    users: users.length,
    lines: users.reduce((n, u) => n + u.lineIds.length, 0),
    dids: users.reduce((n, u) => n + (index.incallsByUser.get(u.id)?.length ?? 0), 0),
    voicemails: users.filter((u) => u.voicemailId !== null).length,
    agents: users.filter((u) => u.agentId !== null).length,
  };
}

function diffFields(current: Record<string, unknown>, wanted: Record<string, JsonScalar>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(wanted)) {
    const old = scalar(current[field]);
    if (!sameValue(old, value)) changes.push({ field, old, new: value });
  }
  return changes.sort((a, b) => compare(a.field, b.field));
}

function scalar(value: unknown): JsonScalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function sameValue(a: JsonScalar, b: JsonScalar): boolean {
  return a === b;
}

function at(number: string, context: string): string {
  return `${number}@${context}`;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
