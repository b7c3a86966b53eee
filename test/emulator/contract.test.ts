import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUTH_PASSWORD, AUTH_USER, basic, send, startApi, type Api } from './helpers.ts';

// Contract tests: every response the emulator gives in a scenario that touches every operation is
// validated with ajv against the schema of that operation in the Swagger spec (XiVO 16.15; wazo-confd
// for /agents), and resource bodies may only carry fields the spec defines ("no invented fields").

type Json = Record<string, unknown>;
interface Spec {
  basePath: string;
  paths: Record<string, Record<string, { responses?: Record<string, Json> }>>;
  definitions: Record<string, Json>;
  responses?: Record<string, Json>;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/confd-api/', import.meta.url));
const loadSpec = (file: string): Spec => parse(readFileSync(`${FIXTURES}${file}`, 'utf8')) as Spec;

/**
 * Errata: where a spec contradicts the server code it documents, the code wins (the emulator
 * imitates servers, not documents). Each patch names its source.
 */
function applyErrata(xivo: Spec, auth: Spec): void {
  // xivo-confd endpoint_sip/schema.py: `line = fields.Nested('LineSchema', only=['id', 'links'])`, an object.
  xivo.definitions['EndpointRelationLine'] = {
    properties: { line: { $ref: '#/definitions/LineRelationBase' } },
  };
  // xivo-auth http.py `_error`: `'timestamp': [time.time()]`, a float.
  auth.definitions['Error'] = {
    type: 'object',
    properties: {
      reason: { type: 'array', items: { type: 'string' } },
      timestamp: { type: 'array', items: { type: 'number' } },
      status_code: { type: 'integer' },
    },
  };
}

/** Swagger 2.0 has no `null`; confd serialises unset optional fields as null, so every property may be null. */
function allowNulls(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowNulls);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, schema]) => [
          name,
          { anyOf: [allowNulls(schema), { type: 'null' }] },
        ]),
      );
    } else out[key] = allowNulls(value);
  }
  return out;
}

class Contract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  readonly spec: Spec;
  private readonly id: string;

  constructor(id: string, spec: Spec) {
    this.id = id;
    this.spec = spec;
    addFormats.default(this.ajv);
    // Swagger 2.0 numeric formats that JSON Schema does not define.
    this.ajv.addFormat('float', { type: 'number', validate: Number.isFinite });
    this.ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
    });
    this.ajv.addSchema({ definitions: allowNulls(spec.definitions) }, id);
  }

  /** Operation response schema (with `#/responses/...` resolved), or null when the status has no body. */
  responseSchema(template: string, method: string, status: number): Json | null | undefined {
    const responses = this.spec.paths[template]?.[method.toLowerCase()]?.responses;
    if (!responses) return undefined;
    let response = responses[String(status)];
    if (response === undefined) return status >= 400 ? { $ref: '#/definitions/Error' } : undefined;
    const ref = response['$ref'];
    if (typeof ref === 'string') response = this.spec.responses?.[ref.replace('#/responses/', '')] ?? {};
    return (response['schema'] as Json | undefined) ?? null;
  }

  validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      const rewritten = JSON.parse(key.replace(/"#\/definitions\//g, `"${this.id}#/definitions/`)) as Json;
      validate = this.ajv.compile(allowNulls(rewritten) as Json);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Property names a definition allows, through `allOf` and `$ref`. */
  allowedFields(schema: Json): Set<string> {
    const names = new Set<string>();
    const visit = (node: Json | undefined): void => {
      if (!node) return;
      const ref = node['$ref'];
      if (typeof ref === 'string') visit(this.spec.definitions[ref.replace('#/definitions/', '')]);
      for (const name of Object.keys((node['properties'] as Json | undefined) ?? {})) names.add(name);
      for (const part of (node['allOf'] as Json[] | undefined) ?? []) visit(part);
    };
    visit(schema);
    return names;
  }

  itemSchema(schema: Json): Json | undefined {
    const ref = schema['$ref'];
    const resolved =
      typeof ref === 'string' ? this.spec.definitions[ref.replace('#/definitions/', '')] : schema;
    const items = (resolved?.['properties'] as Json | undefined)?.['items'] as Json | undefined;
    return items?.['items'] as Json | undefined;
  }
}

const xivo = loadSpec('xivo-16.15/confd-focused-merged.yml');
const auth = loadSpec('xivo-16.15/auth-api.yml');
const wazo = loadSpec('wazo-confd/confd-focused-merged.yml');
applyErrata(xivo, auth);
const contracts = {
  xivo: new Contract('xivo', xivo),
  auth: new Contract('auth', auth),
  wazo: new Contract('wazo', wazo),
};

/** Fields confd returns that its Swagger definitions omit, documented in xivo-api.md. */
const EXTRA_FIELDS = new Set(['links']);

/**
 * Operations of the specs the emulator must serve: every non-deprecated XiVO operation of the
 * resources in scope, plus wazo agent CRUD, minus those outside the emulator's scope (listed).
 */
const OUT_OF_SCOPE = [
  /\/endpoints\/(sccp|custom)/,
  /\/lines\/\{line_id\}\/endpoints\/(sccp|custom)/,
  /\/users\/(import|export)/,
  /^PUT \/1\.1\/users\/\{user_id\}\/(forwards|services)/,
  /^GET \/1\.1\/users\/\{user_id\}\/(forwards|services)\/\{/,
  /^(GET|POST|PUT|DELETE) \/1\.1\/agents\/(skills|\{agent_id\}\/skills)/,
];

function specOperations(): string[] {
  const operations: string[] = [];
  const collect = (spec: Spec, filter: (path: string) => boolean) => {
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (!filter(path)) continue;
      for (const [method, operation] of Object.entries(methods)) {
        if ((operation as Json)['deprecated'] === true) continue;
        const name = `${method.toUpperCase()} /1.1${path}`;
        if (!OUT_OF_SCOPE.some((pattern) => pattern.test(name))) operations.push(name);
      }
    }
  };
  collect(xivo, () => true);
  collect(wazo, (path) => path.startsWith('/agents'));
  return operations.sort();
}

interface Checked {
  operation: string;
  status: number;
  problems: string[];
}

function check(template: string, method: string, status: number, body: unknown, view: boolean): Checked {
  const operation = `${method} ${template}`;
  const problems: string[] = [];
  const [contract, path] = template.startsWith('/0.1')
    ? [contracts.auth, template.slice('/0.1'.length)]
    : template.startsWith('/1.1/agents')
      ? [contracts.wazo, template.slice('/1.1'.length)]
      : [contracts.xivo, template.slice('/1.1'.length)];
  const schema = contract.responseSchema(path, method, status);
  if (schema === undefined) {
    // A status the spec does not list (e.g. 204 on PUT /users/{id}/callpermissions/{id}): must be empty.
    if (!(status === 204 && body === undefined))
      problems.push(`status ${status} not in spec, body ${JSON.stringify(body)}`);
    return { operation, status, problems };
  }
  if (schema === null) {
    if (body !== undefined && method !== 'DELETE')
      problems.push(`expected no body, got ${JSON.stringify(body)}`);
    return { operation, status, problems };
  }
  const validate = contract.validator(schema);
  if (!validate(body)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  if (status < 300 && !view && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const item = contract.itemSchema(schema);
    const objects = item ? ((body as { items?: Json[] }).items ?? []) : [body as Json];
    const allowed = contract.allowedFields(item ?? schema);
    if (allowed.size > 0) {
      for (const object of objects) {
        for (const key of Object.keys(object)) {
          if (!allowed.has(key) && !EXTRA_FIELDS.has(key)) problems.push(`invented field '${key}'`);
        }
      }
    }
  }
  return { operation, status, problems };
}

/** Wraps the API so every reply is checked against its operation, using the emulator's route log. */
function recording(api: Api): { call: Api['call']; results: Checked[] } {
  const results: Checked[] = [];
  const call: Api['call'] = async (method, path, body, headers) => {
    const reply = await api.call(method, path, body, headers);
    const entry = api.emulator.requestLog.entries.at(-1);
    if (!entry) throw new Error('request not logged');
    results.push(check(entry.route, method, reply.status, reply.body, path.includes('view=')));
    return reply;
  };
  return { call, results };
}

describe('contract: responses match the Swagger operation schemas', () => {
  it('covers every confd operation of the emulator, successes and refusals', async () => {
    const api = await startApi({ seed: 'example', flavour: 'xivo-confd-agents' });
    const { call, results } = recording(api);
    const id = async (method: string, path: string, body?: unknown): Promise<number> =>
      ((await call(method, path, body)).body as { id: number }).id;

    const context = await id('POST', '/contexts', {
      name: 'branch',
      user_ranges: [{ start: '5000', end: '5999' }],
      incall_ranges: [{ start: '0140000000', end: '0140009999', did_length: 4 }],
    });
    await call('GET', '/contexts');
    await call('GET', `/contexts/${context}`);
    await call('PUT', `/contexts/${context}`, { description: 'Branch office' });
    const user = await id('POST', '/users', {
      firstname: 'Alice',
      lastname: 'Martin',
      email: 'alice@corp.example',
      username: 'alice',
      password: 'secret-1',
    });
    const user2 = await id('POST', '/users', { firstname: 'Bob' });
    await call('PUT', `/users/${user}`, { mobile_phone_number: '+33612345678' });
    const line = await id('POST', '/lines', { context: 'default' });
    const sip = await id('POST', '/endpoints/sip', {});
    await call('PUT', `/lines/${line}/endpoints/sip/${sip}`);
    const extension = await id('POST', '/extensions', { exten: '1042', context: 'default' });
    await call('PUT', `/lines/${line}/extensions/${extension}`);
    await call('PUT', `/users/${user}/lines/${line}`);
    await call('PUT', `/users/${user2}/lines/${line}`);
    const incall = await id('POST', '/incalls', {
      destination: { type: 'user', user_id: user, ring_time: 15.5 },
      description: 'DID Alice',
    });
    const did = await id('POST', '/extensions', { exten: '0123456742', context: 'from-extern' });
    await call('PUT', `/incalls/${incall}/extensions/${did}`);
    const voicemail = await id('POST', '/voicemails', {
      name: 'Alice Martin',
      number: '1042',
      context: 'default',
      password: '1234',
      timezone: 'eu-fr',
    });
    await call('PUT', `/users/${user}/voicemails/${voicemail}`);
    const agent = await id('POST', '/agents', { number: '8042', firstname: 'Alice', lastname: 'Martin' });
    await call('PUT', `/users/${user}/agents/${agent}`);
    const permission = await id('POST', '/callpermissions', { name: 'intl', extensions: ['_00.', '_00.'] });
    await call('PUT', `/users/${user}/callpermissions/${permission}`);

    for (const path of [
      '/users',
      '/users?view=directory',
      '/users?view=summary',
      '/lines',
      '/endpoints/sip',
      '/extensions',
      '/extensions?type=internal',
      '/incalls',
      '/voicemails',
      '/agents',
      '/callpermissions',
    ]) {
      await call('GET', path);
    }
    const uuid = ((await call('GET', `/users/${user}`)).body as { uuid: string }).uuid;
    await call('GET', `/users/${uuid}`);
    for (const path of [
      `/lines/${line}`,
      `/endpoints/sip/${sip}`,
      `/extensions/${extension}`,
      `/extensions/${did}`,
      `/incalls/${incall}`,
      `/voicemails/${voicemail}`,
      `/agents/${agent}`,
      `/callpermissions/${permission}`,
      `/users/${user}/lines`,
      `/lines/${line}/users`,
      `/users/${user}/voicemails`,
      `/voicemails/${voicemail}/users`,
      `/users/${user}/agents`,
      `/users/${user}/callpermissions`,
      `/callpermissions/${permission}/users`,
      `/lines/${line}/extensions`,
      `/extensions/${extension}/lines`,
      `/lines/${line}/endpoints/sip`,
      `/endpoints/sip/${sip}/lines`,
      `/users/${uuid}/lines/main/associated/endpoints/sip`,
      `/users/${uuid}/lines/${line}/associated/endpoints/sip`,
      `/users/${user}/forwards`,
      `/users/${user}/services`,
    ]) {
      await call('GET', path);
    }
    for (const [path, body] of [
      [`/lines/${line}`, { position: 2 }],
      [`/endpoints/sip/${sip}`, { host: 'dynamic' }],
      [`/extensions/${extension}`, { commented: false }],
      [`/incalls/${incall}`, { caller_id_mode: 'prepend', caller_id_name: 'DID ' }],
      [`/voicemails/${voicemail}`, { max_messages: 10 }],
      [`/agents/${agent}`, { description: 'Sales' }],
      [`/callpermissions/${permission}`, { mode: 'allow' }],
    ] as const) {
      await call('PUT', path, body);
    }

    // Refusals: each answered with the Error schema of that operation.
    await call('GET', '/users/9999');
    await call('POST', '/users', { firstname: 'Carol', email: 'alice@corp.example' });
    await call('POST', '/extensions', { exten: '99999', context: 'default' });
    await call('DELETE', `/users/${user}`);
    await call('DELETE', `/voicemails/${voicemail}`);
    await call('DELETE', `/extensions/${extension}`);
    await call('PUT', `/users/${user}/voicemails/${voicemail}`);
    await call('GET', '/users?limit=0');

    // Teardown in XiVO order, through every dissociation and delete.
    await call('DELETE', `/users/${user}/callpermissions/${permission}`);
    await call('DELETE', `/users/${user}/agents`);
    await call('DELETE', `/users/${user}/voicemails`);
    await call('DELETE', `/incalls/${incall}/extensions/${did}`);
    await call('DELETE', `/users/${user2}/lines/${line}`);
    await call('DELETE', `/lines/${line}/extensions/${extension}`);
    await call('DELETE', `/users/${user}/lines/${line}`);
    await call('DELETE', `/lines/${line}/endpoints/sip/${sip}`);
    for (const path of [
      `/endpoints/sip/${sip}`,
      `/lines/${line}`,
      `/extensions/${extension}`,
      `/extensions/${did}`,
      `/incalls/${incall}`,
      `/voicemails/${voicemail}`,
      `/agents/${agent}`,
      `/callpermissions/${permission}`,
      `/users/${user}`,
      `/users/${user2}`,
      `/contexts/${context}`,
    ]) {
      await call('DELETE', path);
    }

    const failures = results.filter((r) => r.problems.length > 0);
    const covered = new Set(results.filter((r) => r.status < 300).map((r) => r.operation));
    const missing = specOperations().filter((operation) => !covered.has(operation));

    expect(failures).toEqual([]);
    expect(results.filter((r) => r.status >= 400).length).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
    console.log(
      `contract: ${results.length} responses checked, ${specOperations().length} spec operations covered`,
    );
  });

  it('matches the auth spec for tokens, backends and auth errors', async () => {
    const api = await startApi({ flavour: 'xivo-confd-agents' });
    const url = api.emulator.url;
    const results: Checked[] = [];
    const record = async (
      method: string,
      template: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => {
      const reply = await send(`${url}${path}`, method, body, headers);
      results.push(check(template, method, reply.status, reply.body, false));
      return reply;
    };

    const token = await record(
      'POST',
      '/0.1/token',
      '/0.1/token',
      { backend: 'xivo_service', expiration: 60 },
      basic(AUTH_USER, AUTH_PASSWORD),
    );
    const value = (token.body as { data: { token: string } }).data.token;
    await record(
      'POST',
      '/0.1/token',
      '/0.1/token',
      { backend: 'xivo_service', expiration: -1 },
      basic(AUTH_USER, AUTH_PASSWORD),
    );
    await record('GET', '/0.1/token/{token}', `/0.1/token/${value}`);
    await record('GET', '/0.1/token/{token}', `/0.1/token/${value}?scope=admin.#`);
    await record('HEAD', '/0.1/token/{token}', `/0.1/token/${value}`);
    await record('GET', '/0.1/backends', '/0.1/backends');
    await record('DELETE', '/0.1/token/{token}', `/0.1/token/${value}`);
    await record('GET', '/0.1/token/{token}', `/0.1/token/${value}`);

    expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
    expect(results.map((r) => r.status)).toEqual([200, 400, 200, 403, 204, 200, 200, 404]);
  });

  it('detects a body that breaks its schema (the checker itself is not vacuous)', () => {
    const wrongType = check('/1.1/users/{user_id}', 'GET', 200, { id: 'seven', firstname: 'A' }, false);
    const invented = check(
      '/1.1/users/{user_id}',
      'GET',
      200,
      { id: 7, firstname: 'A', shoe_size: 44 },
      false,
    );
    const notAnArray = check('/1.1/users/{user_id}', 'GET', 404, { error: 'nope' }, false);
    const fine = check('/1.1/users/{user_id}', 'GET', 200, { id: 7, firstname: 'A', lastname: null }, false);

    expect(wrongType.problems.join()).toMatch(/must be integer/);
    expect(invented.problems).toEqual(["invented field 'shoe_size'"]);
    expect(notAnArray.problems.join()).toMatch(/must be array/);
    expect(fine.problems).toEqual([]);
  });
});

/** The `**Required ACL:** \`…\`` of a spec operation. */
function requiredAcl(operation: string): string {
  const [method = '', path = ''] = operation.split(' ');
  const spec = path.startsWith('/1.1/agents') ? wazo : xivo;
  const operationSpec = spec.paths[path.slice('/1.1'.length)]?.[method.toLowerCase()] as Json | undefined;
  const description = typeof operationSpec?.['description'] === 'string' ? operationSpec['description'] : '';
  const match = /\*\*Required ACL:\*\* `([^`]+)`/.exec(description);
  if (!match?.[1]) throw new Error(`no Required ACL in the spec for ${operation}`);
  return match[1];
}

describe('contract: each operation requires the ACL its spec states', () => {
  it('accepts a token holding exactly that ACL (path values substituted) and refuses others', async () => {
    const unrelated = await startApi({ acls: ['confd.nothing.#'], flavour: 'xivo-confd-agents' });
    const mismatches: string[] = [];

    for (const operation of specOperations()) {
      const [method = '', template = ''] = operation.split(' ');
      const values: string[] = [];
      const path = template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
        const value =
          name === 'user_uuid' ? '0b8e2b3c-5b9a-4f43-9d3e-6a1c2f7e9d10' : String(40 + values.length);
        values.push(value);
        return value;
      });
      // ACL placeholders are named loosely ({id}, {call_permission_id}): they follow the path order.
      let index = 0;
      const acl = requiredAcl(operation).replace(/\{[a-z_]+\}/g, () => values[index++] ?? '');
      const exact = await startApi({ acls: [acl], flavour: 'xivo-confd-agents' });
      const body = method === 'POST' || method === 'PUT' ? {} : undefined;

      const granted = await send(`${exact.emulator.url}${path}`, method, body, {
        'X-Auth-Token': exact.token,
      });
      const refused = await send(`${unrelated.emulator.url}${path}`, method, body, {
        'X-Auth-Token': unrelated.token,
      });

      if (granted.status === 401 || refused.status !== 401) {
        mismatches.push(`${operation} with ${acl}: granted ${granted.status}, refused ${refused.status}`);
      }
    }

    expect(mismatches).toEqual([]);
    expect(specOperations().length).toBeGreaterThanOrEqual(70);
  });
});
