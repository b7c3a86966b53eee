/**
 * `npm run bench:inventory`: figures for the README "Performance" section.
 *
 * Seeds the in-process emulator with 20,000 fully provisioned users (line + SIP endpoint, internal
 * extension, DID incall, voicemail, agent), then times one `fetchInventory()` over HTTP on loopback
 * and counts its requests per resource type. The emulator shares this process, so the peak RSS
 * includes its tables; the RSS right after seeding is printed too, to tell the two apart.
 */
import { createXivoClient, fetchInventory, startEmulator, type SeedUser } from '../../src/xivo/index.ts';

const USERS = Number(process.env['BENCH_USERS'] ?? 20_000);
const PAGE = 1000;
const TARGET_MS = 5000;
const AUTH = { authUser: 'bench', authPassword: 'bench-secret' };

function seedUser(i: number): SeedUser {
  const exten = String(100000 + i);
  return {
    user: { firstname: `First${i}`, lastname: `Last${i}`, email: `u${i}@example.com`, userfield: `k${i}` },
    line: { line: { context: 'bench' }, extension: { exten, context: 'bench' } },
    incall: { extension: { exten: String(500000000 + i).padStart(10, '0'), context: 'bench-in' } },
    voicemail: { name: `First${i} Last${i}`, number: exten, context: 'bench' },
    agent: { number: String(700000 + i) },
  };
}

const mb = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;

const emu = await startEmulator({ ...AUTH, seed: 'none' });
try {
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
  const seedMs = performance.now() - seedStarted;
  const rssAfterSeed = process.resourceUsage().maxRSS;

  const client = createXivoClient({
    baseUrl: emu.url,
    authUrl: emu.authUrl,
    username: AUTH.authUser,
    password: AUTH.authPassword,
  });
  emu.requestLog.reset();
  const started = performance.now();
  const inventory = await fetchInventory(client, { keyField: 'userfield', pageSize: PAGE });
  const wallMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS;
  client.close();

  const fullyProvisioned = inventory.users.filter(
    (u) =>
      u.lines[0]?.extension !== null && u.incalls.length === 1 && u.voicemail !== null && u.agent !== null,
  ).length;
  if (fullyProvisioned !== USERS) throw new Error(`inventory incomplete: ${fullyProvisioned}/${USERS} users`);

  const counts = emu.requestLog.counts();
  const objects: Record<string, number> = {
    'GET /1.1/users': USERS,
    'GET /1.1/lines': USERS,
    'GET /1.1/endpoints/sip': USERS,
    'GET /1.1/extensions': 2 * USERS,
    'GET /1.1/incalls': USERS,
    'GET /1.1/voicemails': USERS,
    'GET /1.1/agents': USERS,
    'GET /1.1/contexts': 2,
    'GET /1.1/callpermissions': 0,
  };
  console.log(`fetchInventory of ${USERS} fully provisioned users (page ${PAGE}), emulator in-process`);
  console.log(`seeding: ${(seedMs / 1000).toFixed(1)} s, peak RSS after seeding ${mb(rssAfterSeed)}`);
  console.log('| request | objects | requests | minimum ⌈N/1000⌉ |');
  console.log('|---|---:|---:|---:|');
  let total = 0;
  let withinTarget = true;
  for (const [key, n] of Object.entries(counts).sort()) {
    const minimum = Math.max(1, Math.ceil((objects[key] ?? 0) / PAGE));
    total += n;
    if (n > minimum) withinTarget = false;
    console.log(`| ${key} | ${objects[key] ?? '?'} | ${n} | ${minimum} |`);
  }
  console.log(`total requests: ${total}`);
  console.log(`wall time: ${(wallMs / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)`);
  console.log(`peak RSS: ${mb(peakRss)} (emulator + client)`);
  if (!withinTarget || wallMs >= TARGET_MS) {
    console.log('TARGET MISSED');
    process.exitCode = 1;
  }
} finally {
  await emu.close();
}
