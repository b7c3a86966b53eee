/**
 * `npm run bench:inventory`: figures for docs/performance.md.
 *
 * Seeds the emulator (`emu.seed`, in-process) with 20,000 fully provisioned users (line + SIP
 * endpoint, internal extension, DID incall, voicemail, agent), then times one `fetchInventory()` over
 * HTTP on loopback and counts its requests per resource type from the emulator's request log.
 * The emulator runs in a worker thread of this process: a real XiVO serves from its own CPU, and on
 * one thread the emulator's list work would be billed to the client. The peak RSS is the whole
 * process (both threads); the RSS right after seeding is printed too, to tell the two apart.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { startEmulator, type EmulatorFlavour, type SeedUser } from '../src/emulator/index.ts';
import { createXivoClient, fetchInventory } from '../src/xivo/index.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 20_000);
const PAGE = 1000;
const TARGET_MS = 5000;
const AUTH = {
  authUser: 'bench',
  authPassword: 'bench-secret',
  wsUser: 'bench-ws',
  wsPassword: 'bench-ws-secret',
};
/** `xivo-16.15`: agents through the web services (the real target); `xivo-confd-agents`: confd agents. */
const FLAVOUR = (process.env['BENCH_FLAVOUR'] ?? 'xivo-16.15') as EmulatorFlavour;
const WS_LIST = 'GET /callcenter/json.php/restricted/settings/agents/';

function seedUser(i: number): SeedUser {
  const exten = String(100000 + i);
  return {
    user: { firstname: `First${i}`, lastname: `Last${i}`, email: `u${i}@example.com`, userfield: `k${i}` },
    line: { line: { context: 'bench' }, extension: { exten, context: 'bench' } },
    incall: { extension: { exten: String(500000000 + i).padStart(10, '0'), context: 'bench-in' } },
    voicemail: { name: `First${i} Last${i}`, number: exten, context: 'bench' },
    agent: { number: String(700000 + i), context: 'bench' },
  };
}

const mb = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;

type Command = 'reset' | 'counts' | 'close';
interface Ready {
  url: string;
  authUrl: string;
  seedMs: number;
}

/** Worker side: the seeded emulator, answering one message per command. */
async function serveEmulator(port: NonNullable<typeof parentPort>): Promise<void> {
  const emu = await startEmulator({ ...AUTH, seed: 'none', flavour: FLAVOUR });
  emu.seed({
    contexts: [
      { name: 'bench', type: 'internal', user_ranges: [{ start: '100000', end: '199999' }] },
      {
        name: 'bench-in',
        type: 'incall',
        incall_ranges: [{ start: '0500000000', end: '0500099999', did_length: 10 }],
      },
    ],
  });
  const seedStarted = performance.now();
  emu.seed({ users: Array.from({ length: USERS }, (_, i) => seedUser(i)) });
  port.postMessage({
    url: emu.url,
    authUrl: emu.authUrl,
    seedMs: performance.now() - seedStarted,
  } satisfies Ready);
  port.on('message', (command: Command) => {
    if (command === 'reset') {
      emu.requestLog.reset();
      port.postMessage('ok');
    } else if (command === 'counts') {
      port.postMessage(emu.requestLog.counts());
    } else {
      void emu.close().then(() => port.close());
    }
  });
}

async function main(): Promise<void> {
  const worker = new Worker(new URL(import.meta.url));
  const replies: ((value: unknown) => void)[] = [];
  worker.on('message', (value: unknown) => replies.shift()?.(value));
  worker.on('error', (error) => {
    console.error(error);
    process.exit(2);
  });
  const next = <T>(): Promise<T> =>
    new Promise<T>((resolve) => replies.push(resolve as (value: unknown) => void));
  const ask = <T>(command: Command): Promise<T> => {
    const reply = next<T>();
    worker.postMessage(command);
    return reply;
  };

  const ready = await next<Ready>();
  const rssAfterSeed = process.resourceUsage().maxRSS;
  const client = createXivoClient({
    baseUrl: ready.url,
    authUrl: ready.authUrl,
    username: AUTH.authUser,
    password: AUTH.authPassword,
    webservices: { url: ready.url, username: AUTH.wsUser, password: AUTH.wsPassword },
  });
  try {
    await ask('reset');
    const started = performance.now();
    const inventory = await fetchInventory(client, { keyField: 'userfield', pageSize: PAGE });
    const wallMs = performance.now() - started;
    const peakRss = process.resourceUsage().maxRSS;
    const counts = await ask<Record<string, number>>('counts');

    const fullyProvisioned = inventory.users.filter(
      (u) =>
        u.lines[0]?.extension !== null && u.incalls.length === 1 && u.voicemail !== null && u.agent !== null,
    ).length;
    if (fullyProvisioned !== USERS)
      throw new Error(`inventory incomplete: ${fullyProvisioned}/${USERS} users`);

    const ws = FLAVOUR === 'xivo-16.15';
    // Objects read per request type, and the fewest requests that can read them: one per page, plus
    // the agents probe. The web services list every agent at once, and their users come from a
    // second pass over the users (the directory view).
    const objects: Record<string, number> = {
      'GET /1.1/users': ws ? 2 * USERS : USERS,
      'GET /1.1/lines': USERS,
      'GET /1.1/endpoints/sip': USERS,
      'GET /1.1/extensions': 2 * USERS,
      'GET /1.1/incalls': USERS,
      'GET /1.1/voicemails': USERS,
      'GET /1.1/agents': ws ? 0 : USERS,
      ...(ws ? { [WS_LIST]: USERS } : {}),
      'GET /1.1/contexts': 2,
      'GET /1.1/callpermissions': 0,
      'POST /0.1/token': 1,
    };
    console.log(
      `fetchInventory of ${USERS} fully provisioned users (page ${PAGE}), emulator (${FLAVOUR}) in a worker thread`,
    );
    console.log(`seeding: ${(ready.seedMs / 1000).toFixed(1)} s, peak RSS after seeding ${mb(rssAfterSeed)}`);
    console.log('| request | objects | requests | minimum ⌈N/1000⌉ |');
    console.log('|---|---:|---:|---:|');
    let total = 0;
    let withinTarget = true;
    for (const [key, n] of Object.entries(counts).sort()) {
      const probe = key === 'GET /1.1/agents' ? 1 : 0;
      const minimum =
        key === WS_LIST
          ? 2 // the probe's search and one list
          : key === 'GET /1.1/users' && ws
            ? 2 * Math.ceil(USERS / PAGE)
            : Math.max(1, Math.ceil((objects[key] ?? 0) / PAGE) + probe);
      total += n;
      if (n > minimum) withinTarget = false;
      console.log(`| ${key} | ${objects[key] ?? '?'} | ${n} | ${minimum} |`);
    }
    console.log(`total requests: ${total}`);
    console.log(`wall time: ${(wallMs / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)`);
    console.log(`peak RSS: ${mb(peakRss)} (process: client + emulator worker)`);
    if (!withinTarget || wallMs >= TARGET_MS) {
      console.log('TARGET MISSED');
      process.exitCode = 1;
    }
  } finally {
    client.close();
    worker.postMessage('close' satisfies Command);
  }
}

if (isMainThread) await main();
else if (parentPort) await serveEmulator(parentPort);
