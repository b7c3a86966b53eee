import { type LiveInventory, type LiveUser, sipUsername } from '../../src/plan/index.ts';

/** An inventory under construction: ids are assigned in order, associations by id. */
export class InventoryBuilder {
  readonly inv: LiveInventory = {
    fingerprint: 'fp-test',
    agentsApi: { backend: 'confd' },
    users: [],
    lines: [],
    endpointsSip: [],
    extensions: [],
    incalls: [],
    voicemails: [],
    agents: [],
    callPermissions: [],
  };
  private nextId = 100;

  private id(): number {
    return this.nextId++;
  }

  user(fields: Record<string, unknown>): LiveUser {
    const user: LiveUser = {
      id: this.id(),
      uuid: `uuid-${this.nextId}`,
      fields: { enabled: true, ...fields },
      lineIds: [],
      voicemailId: null,
      agentId: null,
      callPermissionIds: [],
    };
    this.inv.users.push(user);
    return user;
  }

  extension(exten: string, context: string): number {
    const id = this.id();
    this.inv.extensions.push({ id, exten, context });
    return id;
  }

  /** A line with an endpoint (username given) and optional extension, linked to `user` if given. */
  line(opts: { context: string; sip?: string; exten?: string; user?: LiveUser }): number {
    const id = this.id();
    let endpointSipId: number | null = null;
    if (opts.sip !== undefined) {
      endpointSipId = this.id();
      this.inv.endpointsSip.push({ id: endpointSipId, username: opts.sip });
    }
    const extensionIds = opts.exten === undefined ? [] : [this.extension(opts.exten, opts.context)];
    this.inv.lines.push({
      id,
      context: opts.context,
      endpointSipId,
      extensionIds,
      userIds: opts.user ? [opts.user.id] : [],
    });
    opts.user?.lineIds.push(id);
    return id;
  }

  incall(opts: { user?: LiveUser; exten?: string; context?: string }): number {
    const id = this.id();
    const extensionIds =
      opts.exten === undefined ? [] : [this.extension(opts.exten, opts.context ?? 'from-extern')];
    this.inv.incalls.push({ id, userId: opts.user?.id ?? null, extensionIds });
    return id;
  }

  voicemail(opts: {
    number: string;
    context: string;
    name: string;
    user?: LiveUser;
    email?: string | null;
  }): number {
    const id = this.id();
    this.inv.voicemails.push({
      id,
      number: opts.number,
      context: opts.context,
      name: opts.name,
      email: opts.email ?? null,
      language: null,
      timezone: null,
      userIds: opts.user ? [opts.user.id] : [],
    });
    if (opts.user) opts.user.voicemailId = id;
    return id;
  }

  /** An agent named after its user (confd agents: no context), unless `names` says otherwise. */
  agent(
    number: string,
    user?: LiveUser,
    names: { firstname?: string | null; lastname?: string | null; context?: string | null } = {},
  ): number {
    const id = this.id();
    const field = (name: string): string | null => {
      const value = user?.fields[name];
      return typeof value === 'string' && value !== '' ? value : null;
    };
    this.inv.agents.push({
      id,
      number,
      firstname: names.firstname === undefined ? field('firstname') : names.firstname,
      lastname: names.lastname === undefined ? field('lastname') : names.lastname,
      context: names.context ?? null,
      userIds: user ? [user.id] : [],
    });
    if (user) user.agentId = id;
    return id;
  }

  /** A context with its ranges (`start-end`, or `start-end/n` for an incall range comparing the last n digits). */
  context(name: string, type: string, ranges: string[]): void {
    const contexts = (this.inv.contexts ??= []);
    contexts.push({
      name,
      type,
      ranges: ranges.map((r) => {
        const [span = '', didLength = '0'] = r.split('/');
        const [start = '', end = start] = span.split('-');
        return { start, end, didLength: Number(didLength) };
      }),
    });
  }

  permission(name: string, users: LiveUser[] = []): number {
    const id = this.id();
    this.inv.callPermissions.push({ id, name });
    for (const user of users) user.callPermissionIds.push(id);
    return id;
  }
}

/** A managed user fully in sync with `buildLineOnlyUser(key)` (extension `exten` in `default`). */
export function inSync(b: InventoryBuilder, key = 'k1', exten = '1042'): LiveUser {
  const user = b.user({
    firstname: 'Alice',
    lastname: 'Martin',
    email: `${key}@example.com`,
    username: key,
    userfield: key,
  });
  b.line({ context: 'default', sip: sipUsername(key), exten, user });
  return user;
}
