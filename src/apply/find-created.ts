import type { ObjectRef, Plan, Resource } from '../plan/index.ts';
import type { AgentsApi } from '../xivo/index.ts';
import { CreateGate, type Lookup, createOnce } from './ambiguous-create.ts';
import type { ConfdPort } from './confd-port.ts';

/** What the lookups of one apply run share. */
export interface CreateContext {
  /** XiVO user field holding the key (the plan's `keyField`). */
  keyField: string;
  /** Lines the plan refers to or this run made: an unused line among them is not a lost one. */
  knownLines: Set<number>;
  /** Line creates against a lookup of a lost line (see CreateGate). */
  lineGate: CreateGate;
}

/** The context of one run of `plan`: the lines its steps name are known. */
export function createContext(plan: Plan): CreateContext {
  const knownLines = new Set<number>();
  const add = (ref: ObjectRef): void => {
    if ('id' in ref) knownLines.add(ref.id);
  };
  for (const { action } of plan.steps) {
    if ((action.op === 'update' || action.op === 'delete') && action.resource === 'line') add(action.target);
    if (action.op === 'associate' || action.op === 'dissociate') {
      if (action.relation === 'line-sip' || action.relation === 'line-extension') add(action.left);
      if (action.relation === 'user-line') add(action.right);
    }
  }
  return { keyField: plan.keyField, knownLines, lineGate: new CreateGate() };
}

type Row = Record<string, unknown>;

const COLLECTION: Readonly<Record<Exclude<Resource, 'agent'>, string>> = {
  user: 'users',
  line: 'lines',
  sip: 'endpoints/sip',
  extension: 'extensions',
  incall: 'incalls',
  voicemail: 'voicemails',
};

/**
 * `POST /<collection>` with `body`, made safe against an ambiguous failure by a lookup on the object's
 * deterministic key (ambiguous-create.ts). Resolves to the created (or found) object.
 */
export function createConfdObject(
  port: ConfdPort,
  resource: Resource,
  body: Row,
  context: CreateContext,
): Promise<Row> {
  // Agents are no confd objects on XiVO 16.15: they go through createAgent.
  if (resource === 'agent') throw new Error('createConfdObject: agents go through createAgent');
  const path = `/${COLLECTION[resource]}`;
  const post = async (): Promise<Row> => (await port.request('POST', path, body)) as Row;
  if (resource === 'line') {
    // A line made is known before the gate lets a lookup run.
    const known = (line: Row): Row => {
      if (typeof line['id'] === 'number') context.knownLines.add(line['id']);
      return line;
    };
    return createOnce(
      () => context.lineGate.runShared(async () => known(await post())),
      () =>
        context.lineGate.runExclusive(async () => {
          const line = await lostLine(port, body, context);
          return line === undefined ? undefined : known(line);
        }),
    );
  }
  return createOnce(post, lookupFor(port, resource, body, context));
}

/** An agent is found again by its number, through whichever agents API the XiVO has. */
export function createAgent(agents: AgentsApi, agent: Parameters<AgentsApi['create']>[0]): Promise<number> {
  return createOnce(
    () => agents.create(agent),
    async () => (await agents.listAll()).find((a) => a.number === agent.number)?.id,
  );
}

function lookupFor(
  port: ConfdPort,
  resource: Exclude<Resource, 'agent' | 'line'>,
  body: Row,
  context: CreateContext,
): Lookup<Row> {
  const text = (field: string): string => String(body[field]);
  switch (resource) {
    case 'user':
      return findOne(port, 'users', { [context.keyField]: text(context.keyField) });
    case 'extension':
      return findOne(port, 'extensions', { exten: text('exten'), context: text('context') });
    case 'voicemail':
      return findOne(port, 'voicemails', { number: text('number'), context: text('context') });
    case 'sip':
      return findOne(port, 'endpoints/sip', { username: text('username') });
    case 'incall':
      // The plan creates an incall only for a user who has none: one routed to the user and still
      // without its extension is the one this request made.
      return async () => {
        const destination = body['destination'] as { user_id?: unknown } | undefined;
        const rows = await list(port, 'incalls', { user_id: String(destination?.user_id) });
        return newest(rows.filter((i) => !hasItems(i['extensions'])));
      };
  }
}

/** The row whose every given field equals the given value (confd's column filters are exact). */
function findOne(port: ConfdPort, collection: string, filter: Record<string, string>): Lookup<Row> {
  return async () =>
    (await list(port, collection, filter)).find((row) =>
      Object.entries(filter).every(([field, value]) => row[field] === value),
    );
}

/**
 * A line has no key of its own: a lost one is an unused line of its context (no endpoint, no
 * extension, so no user) that the plan did not know and this run did not make. Runs while no other
 * line is being created, so a line another step has just made is not taken for it.
 */
async function lostLine(port: ConfdPort, body: Row, context: CreateContext): Promise<Row | undefined> {
  const rows = await list(port, 'lines', { context: String(body['context']) });
  return newest(
    rows.filter(
      (l) =>
        typeof l['id'] === 'number' &&
        !context.knownLines.has(l['id']) &&
        (l['endpoint_sip'] ?? null) === null &&
        !hasItems(l['extensions']) &&
        !hasItems(l['users']),
    ),
  );
}

async function list(port: ConfdPort, collection: string, filter: Record<string, string>): Promise<Row[]> {
  const query = new URLSearchParams(filter).toString();
  const answer = (await port.request('GET', `/${collection}?${query}`)) as { items?: unknown } | undefined;
  return Array.isArray(answer?.items) ? (answer.items as Row[]) : [];
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function newest(rows: Row[]): Row | undefined {
  return rows.reduce<Row | undefined>(
    (best, row) => (best === undefined || (row['id'] as number) > (best['id'] as number) ? row : best),
    undefined,
  );
}
