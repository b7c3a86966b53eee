/**
 * `npm run bench:reconcile`: figures for docs/performance.md.
 *
 * 1. No-op plan: 20,000 managed users in sync (line, extension, voicemail, DID each). The emulator
 *    runs in a child process, and the plan (inventory read over HTTP + computePlan) in another, so
 *    the RSS measured is the reconciler's alone: once with the runtime settings of the CLI's shebang,
 *    as `xivo-sync plan` runs, once under Node's defaults. `BENCH_PAGE_SIZE` sets its page size.
 * 2. Apply: 1,000 new users with voicemail and DID against the in-process emulator with 20 ms of
 *    latency per request, at concurrency 8; compared with the bound `requests × 20 ms / 8`.
 *    `BENCH_SKIP_APPLY=1` leaves it out (its figures are then null).
 *
 * The last line is one JSON object with the figures of this run, in seconds and MB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPlan, type ApplyPort } from '../src/apply/index.ts';
import { XIVO_PAGE_SIZE } from '../src/config/index.ts';
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
/** `BENCH_PAGE_SIZE=1000`: the no-op plan's page size, to compare sizes. (Default: XIVO_PAGE_SIZE) */
const PAGE_SIZE = Number(process.env['BENCH_PAGE_SIZE'] ?? XIVO_PAGE_SIZE);
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

/** Child mode `emulator <dataFile|-> <latencyMs>`: serves an emulator, prints its URL, runs until killed. */
async function serveEmulator(dataFile: string, latencyMs: number): Promise<void> {
  const emu = await startEmulator({ ...AUTH, seed: 'none', ...(dataFile === '-' ? {} : { dataFile }) });
  if (dataFile === '-') emu.seed(CONTEXTS);
  emu.setFaults({ latencyMs });
  process.stdout.write(`listening on ${emu.url}\n`);
  process.once('SIGTERM', () => void emu.close().then(() => process.exit(0)));
}

/** What one `measure-noop` child reports, as the last line of its output. */
interface NoopFigures {
  planS: number;
  inventoryS: number;
  computePlanS: number;
  peakRssMb: number;
  startRssMb: number;
  requests: number;
}

/** Child mode `measure-noop <url>`: the reconciler alone in a fresh process, so its RSS is its own. */
async function measureNoop(url: string): Promise<void> {
  const states = Array.from({ length: NOOP_USERS }, (_, i) => state(i));
  const requests = countingHttp();
  const client = createXivoClient({ baseUrl: url, authUrl: url, ...toCredentials(url) });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const inventory = await readLiveInventory(client, 'userfield', PAGE_SIZE);
  const fetched = performance.now();
  const plan = computePlan(states, inventory, OPTIONS);
  const done = performance.now();
  client.close();
  if (plan.steps.length !== 0) throw new Error(`expected a no-op plan, got ${plan.steps.length} steps`);
  const counts = requests();
  const figures: NoopFigures = {
    planS: round((done - started) / 1000),
    inventoryS: round((fetched - started) / 1000),
    computePlanS: round((done - fetched) / 1000),
    // ru_maxrss: the high-water mark of the whole process, as GNU time reports it.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    startRssMb: mb(rssBefore),
    requests: Object.values(counts).reduce((n, c) => n + c, 0),
  };
  const objects =
    inventory.users.length +
    inventory.lines.length +
    inventory.endpointsSip.length +
    inventory.extensions.length +
    inventory.incalls.length +
    inventory.voicemails.length;
  const gets = Object.entries(counts).filter(([key]) => key.startsWith('GET '));
  const lists = gets.map(([key, n]) => `${key.replace(/^GET (\/1\.1)?/, '')} ${n}`).join(', ');
  const others = Object.entries(counts).filter(([key]) => !key.startsWith('GET '));
  console.log(
    `  ${objects} confd objects; requests: ${gets.reduce((n, [, c]) => n + c, 0)} GET (${lists})` +
      `, plus ${others.map(([key, n]) => `${n} ${key}`).join(', ')}`,
  );
  console.log(JSON.stringify(figures));
}

/**
 * The runtime settings of the CLI, read from the shebang of src/cli/main.ts (`env -S VAR=… node
 * --flag …`), so the benchmark measures the plan the way `xivo-sync plan` runs even if they change.
 */
async function cliRuntime(): Promise<{ env: Record<string, string>; flags: string[] }> {
  const main = await readFile(path.join(import.meta.dirname, '../src/cli/main.ts'), 'utf8');
  const shebang = /^#!\S*env -S (.*)$/m.exec(main.split('\n')[0] ?? '')?.[1];
  if (shebang === undefined)
    throw new Error('src/cli/main.ts: no `#!/usr/bin/env -S …` shebang to read the runtime settings from');
  const words = shebang.trim().split(/\s+/);
  const nodeAt = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, nodeAt).map((w) => w.split('=', 2) as [string, string]));
  return { env, flags: words.slice(nodeAt + 1) };
}

/** Runs `measure-noop` in a child with the given runtime settings; its description lines pass through. */
async function runNoopChild(
  url: string,
  runtime: { env: Record<string, string>; flags: string[] },
): Promise<NoopFigures> {
  const child = spawn(process.execPath, [...runtime.flags, import.meta.filename, 'measure-noop', url], {
    env: {
      PATH: process.env['PATH'],
      BENCH_PAGE_SIZE: String(PAGE_SIZE),
      ...runtime.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`measure-noop exited with ${String(code)}: ${out}`);
  const lines = out.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  if (lines.length > 0) console.log(lines.join('\n'));
  return JSON.parse(last) as NoopFigures;
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

interface NoopResult {
  /** As `xivo-sync plan` runs: the shebang's runtime settings. */
  cli: NoopFigures;
  /** The same child under Node's default settings, for comparison. */
  defaults: NoopFigures;
}

async function noopPlan(): Promise<NoopResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-reconcile-'));
  const dataFile = path.join(dir, 'xivo.json');
  try {
    const seeding = await startEmulator({ ...AUTH, seed: 'none', dataFile });
    seeding.seed(CONTEXTS);
    seeding.seed({ users: Array.from({ length: NOOP_USERS }, (_, i) => seedUser(state(i))) });
    await seeding.close();
    const emulator = await startEmulatorChild(dataFile, 0);
    try {
      console.log(`no-op plan, ${NOOP_USERS} managed users in sync (pages of ${PAGE_SIZE}):`);
      const cli = await runNoopChild(emulator.url, await cliRuntime());
      report("the CLI's runtime settings", cli);
      const defaults = await runNoopChild(emulator.url, { env: {}, flags: [] });
      report("Node's defaults", defaults);
      return { cli, defaults };
    } finally {
      await emulator.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function report(label: string, f: NoopFigures): void {
  console.log(
    `  ${label}: ${f.planS.toFixed(2)} s (inventory ${f.inventoryS.toFixed(2)} s, computePlan ${f.computePlanS.toFixed(2)} s); ` +
      `peak RSS ${f.peakRssMb} MB (${f.startRssMb} MB at start, incl. ${NOOP_USERS} state objects); ${f.requests} requests`,
  );
}

/** The apply's wall time over its bound `requests × latency / concurrency` (1 = the bound). */
async function applyNewUsers(): Promise<{ wallS: number; boundRatio: number }> {
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
      `  wall time: ${(wall / 1000).toFixed(2)} s; bound requests × ${LATENCY_MS} ms / ${CONCURRENCY} = ${(bound / 1000).toFixed(2)} s; ${((bound / wall) * 100).toFixed(1)} % of the bound's speed`,
    );
    console.log(
      `  mean request time ${(measured.busyMs() / requests).toFixed(1)} ms; slots busy ${((measured.busyMs() / (wall * CONCURRENCY)) * 100).toFixed(1)} % of the wall time`,
    );
    if (result.counts.failed > 0) process.exitCode = 1;
    return { wallS: round(wall / 1000), boundRatio: round(wall / bound, 3) };
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

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

const [mode, arg1, arg2] = process.argv.slice(2);
if (mode === 'emulator') await serveEmulator(arg1 ?? '-', Number(arg2 ?? 0));
else if (mode === 'measure-noop') await measureNoop(arg1 ?? '');
else {
  const noop = await noopPlan();
  const apply = process.env['BENCH_SKIP_APPLY'] === '1' ? null : await applyNewUsers();
  // The last line, for scripts: every figure of this run, in seconds and MB.
  console.log(
    JSON.stringify({
      noopPlanS: noop.cli.planS,
      noopPlanPeakRssMb: noop.cli.peakRssMb,
      noopPlanRequests: noop.cli.requests,
      noopPlanDefaultsS: noop.defaults.planS,
      noopPlanDefaultsPeakRssMb: noop.defaults.peakRssMb,
      noopPlanPageSize: PAGE_SIZE,
      applyS: apply?.wallS ?? null,
      applyBoundRatio: apply?.boundRatio ?? null,
    }),
  );
}
