/**
 * `npm run bench:faults`: apply under injected faults, for docs/performance.md.
 *
 * A first apply of 200 people (user, line, SIP endpoint, extension, DID, voicemail, call permission;
 * every fifth an agent through the XiVO 16.15 web services) against the emulator with 20 ms of latency,
 * once without faults, then once per fault kind at 10 % of every request (auth excepted): a 5xx before
 * and after the work, an answer that never comes (before and after), a reset connection (before and
 * after), a 429 (with Retry-After: 0, the retry machinery alone, and 1 s, the server's own wait). Each "apply" reads the inventory, plans and runs the plan, as `xivo-sync apply` does;
 * applies are repeated until the plan is empty (at most 5).
 *
 * Reported per kind: the applies needed, the failed steps of each, duplicates and orphans left, and the
 * wall time of the first apply against the fault-free one. Targets (issue "apply in the real world"):
 * one apply, 0 duplicates, 0 orphans, wall time ≤ 1.5× the fault-free run. The last line is one JSON
 * object with every figure.
 */
import { applyPlan } from '../src/apply/index.ts';
import {
  auditDuplicates,
  auditOrphans,
  startEmulator,
  type RunningEmulator,
  type SeedData,
} from '../src/emulator/index.ts';
import { computePlan, type PlanOptions } from '../src/plan/index.ts';
import { readLiveInventory } from '../src/prepare/index.ts';
import type { UserState } from '../src/state/index.ts';
import { createXivoClient } from '../src/xivo/index.ts';

const PEOPLE = 200;
const RATE = 0.1;
const LATENCY_MS = 20;
const CONCURRENCY = 8;
/** The client's idle timeout: 10× the latency, so that a lost answer is noticed as a real client would. */
const TIMEOUT_MS = 200;
const MAX_APPLIES = 5;
const AUTH = {
  authUser: 'bench',
  authPassword: 'bench-secret',
  wsUser: 'bench-ws',
  wsPassword: 'bench-ws-pw',
};
const OPTIONS: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

const SEED: SeedData = {
  contexts: [
    { name: 'bench', type: 'internal', user_ranges: [{ start: '1000', end: '1999' }] },
    {
      name: 'bench-in',
      type: 'incall',
      incall_ranges: [{ start: '0100000000', end: '0100000999', did_length: 10 }],
    },
  ],
  callPermissions: [{ name: 'national', mode: 'allow', extensions: ['_0XXXXXXXXX'] }],
};

const KINDS = {
  none: {},
  '5xx before': { errorRate: RATE, phase: 'before' },
  '5xx after': { errorRate: RATE, phase: 'after' },
  'timeout before': { timeoutRate: RATE, phase: 'before' },
  'timeout after': { timeoutRate: RATE, phase: 'after' },
  'reset before': { resetRate: RATE, phase: 'before' },
  'reset after': { resetRate: RATE, phase: 'after' },
  '429, Retry-After: 0': { rateLimitRate: RATE, retryAfterSeconds: 0 },
  '429, Retry-After: 1': { rateLimitRate: RATE, retryAfterSeconds: 1 },
} as const;
type Kind = keyof typeof KINDS;

function person(i: number): UserState {
  const exten = String(1000 + i);
  const did = `0100000${String(i).padStart(3, '0')}`;
  return {
    key: `k${i}`,
    status: 'active',
    dn: `uid=u${i},ou=people,dc=example,dc=com`,
    site: 'bench',
    user: { firstname: `First${i}`, lastname: `Last${i}`, email: `u${i}@example.com`, username: `u${i}` },
    line: { context: 'bench', extension: exten },
    did: { number: `+33${did.slice(1)}`, exten: did, context: 'bench-in' },
    voicemail: { number: exten, context: 'bench', name: `First${i} Last${i}` },
    agent: i % 5 === 0 ? { number: `8${exten}`, context: 'bench' } : null,
    callPermissions: ['national'],
  };
}

interface Outcome {
  kind: Kind;
  applies: number;
  converged: boolean;
  failedPerApply: number[];
  /** Distinct messages of the steps that failed, for a human to see why. */
  errors: string[];
  firstApplyS: number;
  requests: number;
  faults: number;
  duplicates: number;
  orphans: number;
}

async function measure(kind: Kind, states: UserState[]): Promise<Outcome> {
  const emu: RunningEmulator = await startEmulator({ ...AUTH, seed: 'none' });
  try {
    emu.seed(SEED);
    emu.setFaults({ latencyMs: LATENCY_MS, seed: 11, ...KINDS[kind] });
    const client = createXivoClient({
      baseUrl: emu.url,
      authUrl: emu.url,
      username: AUTH.authUser,
      password: AUTH.authPassword,
      webservices: { url: emu.url, username: AUTH.wsUser, password: AUTH.wsPassword },
      timeoutMs: TIMEOUT_MS,
      concurrency: CONCURRENCY,
    });
    const failedPerApply: number[] = [];
    const errors = new Set<string>();
    let firstApplyS = 0;
    let converged = false;
    try {
      for (let run = 0; run < MAX_APPLIES; run++) {
        const started = performance.now();
        const plan = computePlan(states, await readLiveInventory(client, 'userfield'), OPTIONS);
        if (plan.steps.length === 0) {
          converged = true;
          break;
        }
        const result = await applyPlan(plan, client, { concurrency: CONCURRENCY });
        if (run === 0) firstApplyS = (performance.now() - started) / 1000;
        failedPerApply.push(result.counts.failed + result.counts.blocked);
        for (const step of result.steps) if (step.status === 'failed') errors.add(step.error ?? '');
      }
    } finally {
      client.close();
    }
    const entries = emu.requestLog.entries;
    const data = emu.snapshot();
    const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      kind,
      applies: failedPerApply.length,
      converged,
      failedPerApply,
      errors: [...errors].slice(0, 5),
      firstApplyS,
      requests: entries.length,
      faults: entries.filter((e) => e.status === 0 || e.status === 429 || e.status >= 500).length,
      duplicates: sum(auditDuplicates(data)),
      orphans: sum(auditOrphans(data)),
    };
  } finally {
    await emu.close();
  }
}

const states = Array.from({ length: PEOPLE }, (_, i) => person(i));
const outcomes: Outcome[] = [];
console.log(
  `apply of ${PEOPLE} new people, ${RATE * 100} % faults of one kind per row, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, client timeout ${TIMEOUT_MS} ms:`,
);
console.log(
  'kind                  applies  failed steps  dupl.  orph.  requests  faults  1st apply  vs none',
);
// BENCH_FAULTS_KINDS='reset before,5xx after' measures those kinds only (and the fault-free run).
const only = process.env['BENCH_FAULTS_KINDS']?.split(',').map((k) => k.trim());
for (const kind of Object.keys(KINDS) as Kind[]) {
  if (only !== undefined && kind !== 'none' && !only.includes(kind)) continue;
  const outcome = await measure(kind, states);
  outcomes.push(outcome);
  const ratio = outcome.firstApplyS / (outcomes[0]?.firstApplyS ?? outcome.firstApplyS);
  console.log(
    [
      kind.padEnd(20),
      `${outcome.applies}${outcome.converged ? '' : '+'}`.padStart(8),
      outcome.failedPerApply.join(', ').padStart(13),
      String(outcome.duplicates).padStart(6),
      String(outcome.orphans).padStart(6),
      String(outcome.requests).padStart(9),
      String(outcome.faults).padStart(7),
      `${outcome.firstApplyS.toFixed(2)} s`.padStart(10),
      `${ratio.toFixed(2)}×`.padStart(8),
    ].join(' '),
  );
  for (const error of outcome.errors) console.log(`    failed: ${error}`);
}
const missed = outcomes.filter(
  (o) =>
    !o.converged ||
    o.applies > 1 ||
    o.duplicates > 0 ||
    o.orphans > 0 ||
    o.firstApplyS > 1.5 * (outcomes[0]?.firstApplyS ?? 0),
);
console.log(
  missed.length === 0
    ? 'every kind: one apply, 0 duplicates, 0 orphans, within 1.5× of the fault-free run'
    : `targets missed by: ${missed.map((o) => o.kind).join(', ')}`,
);
console.log(
  JSON.stringify({ people: PEOPLE, rate: RATE, latencyMs: LATENCY_MS, timeoutMs: TIMEOUT_MS, outcomes }),
);
if (outcomes.some((o) => !o.converged || o.duplicates > 0 || o.orphans > 0)) process.exitCode = 1;
