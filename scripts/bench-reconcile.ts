/**
 * `npm run bench:reconcile`: figures for docs/performance.md.
 *
 * 1. No-op plan: 20,000 managed users in sync (line, extension, voicemail, DID each). The emulator
 *    runs in a child process (`xivo-sync emulator --data`), so the RSS measured here is the
 *    reconciler's alone: inventory read over HTTP + computePlan.
 * 2. Apply: 1,000 new users with voicemail and DID against the in-process emulator with 20 ms of
 *    latency per request, at concurrency 8; compared with the bound `requests × 20 ms / 8`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPlan, type ApplyPort } from '../src/apply/index.ts';
import { readLiveInventory } from '../src/prepare/index.ts';
import { computePlan, sipUsername, type PlanOptions } from '../src/plan/index.ts';
import type { UserState } from '../src/state/index.ts';
import { startEmulator, type SeedData, type SeedUser } from '../src/emulator/index.ts';
import { createXivoClient, type XivoClientOptions } from '../src/xivo/index.ts';

const AUTH = {
  authUser: 'bench',
  authPassword: 'bench-secret',
  wsUser: 'bench-ws',
  wsPassword: 'bench-ws-secret',
};
const NOOP_USERS = 20_000;
const APPLY_USERS = 1_000;
const LATENCY_MS = 20;
const CONCURRENCY = 8;
const OPTIONS: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

const CONTEXTS: SeedData = {
  contexts: [
    { name: 'bench', type: 'internal', user_ranges: [{ start: '100000', end: '199999' }] },
    {
      name: 'bench-in',
      type: 'incall',
      incall_ranges: [{ start: '0500000000', end: '0500099999', did_length: 10 }],
    },
  ],
};

function state(i: number): UserState {
  const exten = String(100000 + i);
  const did = String(500000000 + i).padStart(10, '0');
  return {
    key: `k${i}`,
    status: 'active',
    dn: `uid=u${i},ou=people,dc=example,dc=com`,
    site: 'bench',
    user: { firstname: `First${i}`, lastname: `Last${i}`, email: `u${i}@example.com`, username: `u${i}` },
    line: { context: 'bench', extension: exten },
    did: { number: `+33${did.slice(1)}`, exten: did, context: 'bench-in' },
    voicemail: { number: exten, context: 'bench', name: `First${i} Last${i}` },
    agent: null,
    callPermissions: [],
  };
}

function seedUser(s: UserState): SeedUser {
  return {
    user: { ...s.user, userfield: s.key },
    line: {
      line: { context: 'bench' },
      endpointSip: { username: sipUsername(s.key) },
      extension: { exten: s.line?.extension, context: 'bench' },
    },
    incall: { extension: { exten: s.did?.exten, context: 'bench-in' } },
    voicemail: { ...s.voicemail },
  };
}

/**
 * Counts this process's HTTP requests by method and path, as they leave: the inventory read goes
 * through the typed client's own paging, which a ConfdPort wrapper does not see.
 */
function countingHttp(): () => Record<string, number> {
  const counts: Record<string, number> = {};
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    const key = `${request.method} ${request.path.replace(/\?.*$/, '')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  });
  return () => ({ ...counts });
}

/** Counts requests and the time they spend in flight (to tell scheduling gaps from request latency). */
function counting(port: ApplyPort): { port: ApplyPort; count: () => number; busyMs: () => number } {
  let n = 0;
  let busy = 0;
  return {
    port: {
      agentsAccess: () => port.agentsAccess(),
      async request(method, p, body) {
        n++;
        const started = performance.now();
        try {
          return await port.request(method, p, body);
        } finally {
          busy += performance.now() - started;
        }
      },
    },
    count: () => n,
    busyMs: () => busy,
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Child mode `emulator <dataFile|-> <latencyMs>`: serves an emulator, prints its URL, runs until killed. */
async function serveEmulator(dataFile: string, latencyMs: number): Promise<void> {
  const emu = await startEmulator({ ...AUTH, seed: 'none', ...(dataFile === '-' ? {} : { dataFile }) });
  if (dataFile === '-') emu.seed(CONTEXTS);
  emu.setFaults({ latencyMs });
  process.stdout.write(`listening on ${emu.url}\n`);
  process.once('SIGTERM', () => void emu.close().then(() => process.exit(0)));
}

/** Child mode `measure-noop <url>`: the reconciler alone in a fresh process, so its RSS is its own. */
async function measureNoop(url: string): Promise<void> {
  const states = Array.from({ length: NOOP_USERS }, (_, i) => state(i));
  const requests = countingHttp();
  const client = createXivoClient({ baseUrl: url, authUrl: url, ...toCredentials(url) });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const inventory = await readLiveInventory(client, 'userfield');
  const fetched = performance.now();
  const plan = computePlan(states, inventory, OPTIONS);
  const done = performance.now();
  client.close();
  if (plan.steps.length !== 0) throw new Error(`expected a no-op plan, got ${plan.steps.length} steps`);
  const objects =
    inventory.users.length +
    inventory.lines.length +
    inventory.endpointsSip.length +
    inventory.extensions.length +
    inventory.incalls.length +
    inventory.voicemails.length;
  console.log(`no-op plan, ${NOOP_USERS} managed users in sync (${objects} confd objects):`);
  const counts = requests();
  const gets = Object.entries(counts).filter(([key]) => key.startsWith('GET '));
  const lists = gets.map(([key, n]) => `${key.replace(/^GET (\/1\.1)?/, '')} ${n}`).join(', ');
  const others = Object.entries(counts).filter(([key]) => !key.startsWith('GET '));
  console.log(
    `  requests: ${gets.reduce((n, [, c]) => n + c, 0)} GET (${lists}; pages of 5000, no per-user request)` +
      `, plus ${others.map(([key, n]) => `${n} ${key}`).join(', ')}`,
  );
  console.log(
    `  wall time: ${((done - started) / 1000).toFixed(2)} s (inventory ${((fetched - started) / 1000).toFixed(2)} s, computePlan ${((done - fetched) / 1000).toFixed(2)} s)`,
  );
  console.log(
    `  RSS: ${mb(process.memoryUsage().rss)} at the end, peak ${mb(process.resourceUsage().maxRSS * 1024)} (${mb(rssBefore)} at start, incl. 20,000 state objects)`,
  );
}

function spawnSelf(args: string[], stdout: 'pipe' | 'inherit'): ChildProcess {
  return spawn(process.execPath, [import.meta.filename, ...args], {
    env: { PATH: process.env['PATH'] },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

async function startEmulatorChild(
  dataFile: string,
  latencyMs: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawnSelf(['emulator', dataFile, String(latencyMs)], 'pipe');
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

async function noopPlan(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-reconcile-'));
  const dataFile = path.join(dir, 'xivo.json');
  try {
    const seeding = await startEmulator({ ...AUTH, seed: 'none', dataFile });
    seeding.seed(CONTEXTS);
    seeding.seed({ users: Array.from({ length: NOOP_USERS }, (_, i) => seedUser(state(i))) });
    await seeding.close();
    const emulator = await startEmulatorChild(dataFile, 0);
    try {
      const measure = spawnSelf(['measure-noop', emulator.url], 'inherit');
      const code = await new Promise((resolve) => measure.once('exit', resolve));
      if (code !== 0) process.exitCode = 1;
    } finally {
      await emulator.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function applyNewUsers(): Promise<void> {
  // Out of process, like a real XiVO: the emulator's own work does not compete with the reconciler's.
  const emulator = await startEmulatorChild('-', LATENCY_MS);
  try {
    const port = createXivoClient({
      baseUrl: emulator.url,
      authUrl: emulator.url,
      ...toCredentials(emulator.url),
    });
    const states = Array.from({ length: APPLY_USERS }, (_, i) => state(i));
    const plan = computePlan(states, await readLiveInventory(port, 'userfield'), OPTIONS);
    const measured = counting(port);

    const started = performance.now();
    const result = await applyPlan(plan, measured.port, { concurrency: CONCURRENCY });
    const wall = performance.now() - started;

    const requests = measured.count();
    const bound = (requests * LATENCY_MS) / CONCURRENCY;
    console.log(
      `apply, ${APPLY_USERS} new users with line, voicemail and DID (${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}):`,
    );
    console.log(
      `  steps: ${result.counts.ok} ok, ${result.counts.failed} failed, ${result.counts.blocked} blocked`,
    );
    console.log(`  requests: ${requests} (${(requests / APPLY_USERS).toFixed(1)} per user)`);
    console.log(
      `  wall time: ${(wall / 1000).toFixed(2)} s; bound requests × ${LATENCY_MS} ms / ${CONCURRENCY} = ${(bound / 1000).toFixed(2)} s; ratio ${((bound / wall) * 100).toFixed(1)} %`,
    );
    console.log(
      `  mean request time ${(measured.busyMs() / requests).toFixed(1)} ms; slots busy ${((measured.busyMs() / (wall * CONCURRENCY)) * 100).toFixed(1)} % of the wall time`,
    );
    if (result.counts.failed > 0) process.exitCode = 1;
  } finally {
    await emulator.stop();
  }
}

/** The confd login, and the web-services one of the XiVO 16.15 the emulator is. */
function toCredentials(url: string): Pick<XivoClientOptions, 'username' | 'password' | 'webservices'> {
  return {
    username: AUTH.authUser,
    password: AUTH.authPassword,
    webservices: { url, username: AUTH.wsUser, password: AUTH.wsPassword },
  };
}

const [mode, arg1, arg2] = process.argv.slice(2);
if (mode === 'emulator') await serveEmulator(arg1 ?? '-', Number(arg2 ?? 0));
else if (mode === 'measure-noop') await measureNoop(arg1 ?? '');
else {
  await noopPlan();
  await applyNewUsers();
}
