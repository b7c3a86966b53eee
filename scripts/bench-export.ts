/**
 * `npm run bench:export`: figures for docs/performance.md, "Export".
 *
 * Streams an LDIF of 100,000 people to a temp file (20,000 match the example mapping's filter
 * `(&(objectClass=inetOrgPerson)(mail=*))`; the other 80,000 are inetOrgPerson without `mail`, so only
 * the filter excludes them), loads it into a private slapd with `slapadd -q`, then times in one run:
 *   1. `ldapsearch -E pr=1000/noprompt` with the same base, filter and attributes, output discarded
 *      (median of three);
 *   2. `xivo-sync export` into an empty state dir, as a child process (wall time and peak RSS), after
 *      an export of two people from LDIF that fills Node's compile cache (as every run but the first);
 *   3. a second export over the same directory, which must write nothing (mtime and size compared),
 *      and fills the export cache (.cache/export/) with the mappings of people now in state/; then
 *      three times each (BENCH_NOOP_RUNS), in turn: the no-op export with the cache, the same with
 *      `--no-cache`, and
 *   4. the same no-op export under Node's default runtime settings (`node main.ts`), to show what the
 *      shebang's settings change;
 *   5. a floor for the first export: plain Node writing the same 20,000 texts the way the export does
 *      (hidden temp file, then rename) into an empty directory, with no LDAP, mapping or start-up;
 *   6. the first export again, into an empty state dir with `--no-cache`: what recording the cache
 *      costs it.
 * Its last line is one JSON object with the figures of this run, in seconds and MB: `ldapsearchS`,
 * `firstExportS`, `firstExportNoCacheS`, `noopExportS` (median, with the cache), `noopExportNoCacheS`,
 * `fileFloorS` and `exportPeakRssMb` (the CLI's runs).
 * The example mapping is copied with wide number pools: its Paris and Lyon blocks hold 100 numbers
 * each, and 20,000 people need 10,000 per site.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { readMappings } from '../src/config/index.ts';
import { attributesNeeded } from '../src/mapping/index.ts';
import { startSlapd } from '../test/services/slapd.ts';

const TOTAL = Number(process.env['BENCH_ENTRIES'] ?? 100_000);
const MATCHING = Number(process.env['BENCH_MATCHING'] ?? 20_000);
const PAGE = 1000;
const NO_OP_RUNS = Number(process.env['BENCH_NOOP_RUNS'] ?? 3);
// issue 16: the no-op export within 5 × ldapsearch; the first within 1.5 × (ldapsearch + writing the files).
const TARGET_NOOP_RATIO = 5;
const TARGET_FIRST_RATIO = 1.5;
const SEARCH_RUNS = 3;
const TARGET_RSS_MB = 256;
const ROOT = path.resolve(import.meta.dirname, '..');
const MAPPINGS = path.join(ROOT, 'test/fixtures/scenarios/mappings');
const PEOPLE = 'ou=people,dc=example,dc=com';
const CALL_CENTER = 'cn=call-center,ou=groups,dc=example,dc=com';
const TIME = '/usr/bin/time';

/** One person; the first MATCHING carry `mail` (telephony users), the rest do not. */
function entryLdif(i: number): string {
  const uid = `p${String(i).padStart(6, '0')}`;
  const lines = [
    `dn: uid=${uid},${PEOPLE}`,
    'objectClass: inetOrgPerson',
    `uid: ${uid}`,
    `cn: Prénom${i} Nom${i}`,
    `givenName: Prénom${i}`,
    `sn: Nom${i}`,
    `employeeNumber: ${100_000 + i}`,
    `departmentNumber: Dept${i % 40}`,
    `title: ${i % 500 === 0 ? 'Directrice' : 'Employé'}`,
  ];
  if (i < MATCHING) {
    lines.push(`mail: ${uid}@example.com`);
    // Even: Paris (DID and extension from pools). Odd: Lyon (DID read from telephoneNumber).
    if (i % 2 === 0) lines.push('l: Paris', `mobile: 06 ${String(10_000_000 + i).slice(-8)}`);
    else lines.push('l: Lyon', `telephoneNumber: +33472${100_000 + i}`);
    if (i % 10 === 1) lines.push(`memberOf: ${CALL_CENTER}`);
    // A few locked accounts, so the disabled search of the export has something to find.
    if (i % 1000 === 999) lines.push('pwdAccountLockedTime: 000001010000Z');
  } else {
    lines.push(
      `l: ${i % 2 === 0 ? 'Paris' : 'Lyon'}`,
      `telephoneNumber: +33 1 99 ${String(i).padStart(6, '0')}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

async function writeLdif(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < TOTAL; i += 1) {
    // Respect back-pressure: the whole file would otherwise sit in memory.
    if (!out.write(entryLdif(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function replaceOnce(text: string, from: string, to: string, file: string): string {
  if (!text.includes(from)) throw new Error(`bench: ${file} no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** A repo with the example mappings pointed at the bench slapd, with pools for 10,000 people per site. */
async function makeRepo(dir: string, slapd: { url: string; adminDn: string }): Promise<string> {
  await cp(MAPPINGS, path.join(dir, 'mappings'), { recursive: true });
  const directoryFile = path.join(dir, 'mappings/directory.yml');
  const directory = (await readFile(directoryFile, 'utf8'))
    .replace(/url: .*/, `url: ${slapd.url}`)
    .replace(/\n {2}caFile: .*/, '')
    .replace(/bindDn: .*/, `bindDn: ${slapd.adminDn}`)
    // The same page size as the ldapsearch it is compared with.
    .replace(/pageSize: \d+/, `pageSize: ${PAGE}`);
  await writeFile(directoryFile, directory);
  const telephonyFile = path.join(dir, 'mappings/telephony.yml');
  let telephony = await readFile(telephonyFile, 'utf8');
  const edits: [string, string][] = [
    // Paris: 40,000 pooled DIDs whose last 5 digits are the extension.
    [
      "ranges: [{ start: '+33123456700', end: '+33123456799' }]",
      "ranges: [{ start: '+33123410000', end: '+33123449999' }]",
    ],
    [
      "digits: 4\n      ranges: [{ start: '6700', end: '6799' }]",
      "digits: 5\n      ranges: [{ start: '10000', end: '49999' }]",
    ],
    // Lyon: DIDs from telephoneNumber, extensions from a pool of 50,000.
    [
      "ranges: [{ start: '+33472100000', end: '+33472100099' }]",
      "ranges: [{ start: '+33472100000', end: '+33479999999' }]",
    ],
    [
      "digits: 4\n      ranges: [{ start: '2000', end: '2099' }]",
      "digits: 5\n      ranges: [{ start: '50000', end: '99999' }]",
    ],
  ];
  for (const [from, to] of edits) telephony = replaceOnce(telephony, from, to, 'telephony.yml');
  await writeFile(telephonyFile, telephony);
  return dir;
}

interface Run {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdout: 'pipe' | 'ignore',
): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', stdout, 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout: out, stderr: err }));
  });
}

interface ExportRun {
  ms: number;
  rssKb: number;
  /** User + system CPU seconds, from GNU time; undefined without it. */
  cpu: { user: number; system: number } | undefined;
  report: {
    entries: number;
    created: number;
    updated: number;
    rejected: unknown[];
    disabled: number;
    cache?: { files: number; entries: number };
  };
}

/**
 * The CLI as a user runs it: the file itself, so that its shebang's runtime settings apply (main.ts),
 * under this Node (first on PATH, as npm run and npx put node_modules/.bin first).
 */
const CLI = path.join(ROOT, 'src/cli/main.ts');
const cliEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`,
  ...extra,
});

/**
 * GNU time reports the child's peak RSS; without it, a preloaded hook prints the process's own
 * `maxRSS` at exit. Either way the node startup is part of the wall time, as it is for a user.
 */
async function runExport(
  repo: string,
  password: string,
  runtime: 'cli' | 'node-defaults' = 'cli',
  cache = true,
): Promise<ExportRun> {
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of each export there, to see where the time goes.
  const profile = process.env['BENCH_CPU_PROF'];
  const hasTime = existsSync(TIME);
  const hook =
    "data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n'))";
  const nodeOptions = [
    ...(profile === undefined ? [] : [`--cpu-prof --cpu-prof-dir=${profile}`]),
    ...(hasTime ? [] : [`--import="${hook}"`]),
  ].join(' ');
  const env = cliEnv({
    LDAP_BIND_PASSWORD: password,
    ...(nodeOptions === '' ? {} : { NODE_OPTIONS: nodeOptions }),
  });
  const args = ['export', '--dir', repo, '--json', ...(cache ? [] : ['--no-cache'])];
  // node-defaults: `node main.ts`, which skips the shebang's settings, to show what they change.
  const command = runtime === 'cli' ? [CLI, ...args] : [process.execPath, CLI, ...args];
  const result = hasTime
    ? await run(TIME, ['-v', ...command], env, 'pipe')
    : await run(command[0]!, command.slice(1), env, 'pipe');
  const rss = hasTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
    : /maxRSS (\d+)/.exec(result.stderr);
  if (result.code !== 0 || rss === null)
    throw new Error(`bench: export exited ${result.code}:\n${result.stderr.slice(-2000)}`);
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr);
  return {
    ms: result.ms,
    rssKb: Number(rss[1]),
    cpu: user && system ? { user: Number(user[1]), system: Number(system[1]) } : undefined,
    report: JSON.parse(result.stdout) as ExportRun['report'],
  };
}

/** Every file under `dir` with its mtime and size, to tell whether a run wrote anything. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, name));
    if (info.isFile()) files.set(name, `${info.mtimeMs}:${info.size}`);
  }
  return files;
}

/** Step 5: the file system's share of the first export, measured apart. */
async function writeFloor(stateDir: string, work: string): Promise<{ ms: number; files: number }> {
  const usersDir = path.join(stateDir, 'users');
  const texts = (await readdir(usersDir)).map((name) => [
    name,
    readFileSync(path.join(usersDir, name), 'utf8'),
  ]);
  const target = path.join(work, 'floor');
  await mkdir(target);
  const started = performance.now();
  for (const [name, text] of texts) {
    const temp = path.join(target, `.${name}.tmp`);
    writeFileSync(temp, text!, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path.join(target, name!));
  }
  return { ms: performance.now() - started, files: texts.length };
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): number {
  let changed = 0;
  for (const [name, value] of after) if (before.get(name) !== value) changed += 1;
  for (const name of before.keys()) if (!after.has(name)) changed += 1;
  return changed;
}

/** 1.07 → "+7 %", 0.75 → "-25 %". */
const signed = (ratio: number): string => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(0)} %`;

/** The run with the median wall time. */
function median(runs: ExportRun[]): ExportRun {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
// The file system's share (system time) varies a lot between runs on a shared VM: shown apart.
const cpuTime = (run: ExportRun): string =>
  run.cpu === undefined ? '' : `user ${run.cpu.user.toFixed(2)} s, system ${run.cpu.system.toFixed(2)} s`;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'xivo-sync-bench-export-'));
  try {
    const ldif = path.join(work, 'people.ldif');
    let started = performance.now();
    await writeLdif(ldif);
    console.log(
      `LDIF: ${TOTAL} entries (${MATCHING} matching) written in ${seconds(performance.now() - started)}`,
    );

    started = performance.now();
    await using slapd = await startSlapd({ ldifFiles: [ldif], readyTimeoutMs: 60_000 });
    console.log(`slapd: loaded with slapadd -q and ready in ${seconds(performance.now() - started)}`);

    const repo = await makeRepo(path.join(work, 'repo'), slapd);
    const read = await readMappings(path.join(repo, 'mappings'));
    if (read.config === undefined) throw new Error(`bench: mapping invalid: ${JSON.stringify(read.issues)}`);
    const config = read.config;
    const filter = config.source.filter ?? '(objectClass=*)';
    const attributes = attributesNeeded(config);

    const searchOnce = (): Promise<Run> =>
      run(
        'ldapsearch',
        [
          '-x',
          '-LLL',
          '-H',
          slapd.url,
          '-D',
          slapd.adminDn,
          '-w',
          slapd.adminPassword,
          '-b',
          PEOPLE,
          '-E',
          `pr=${PAGE}/noprompt`,
          filter,
          ...attributes,
        ],
        process.env,
        'ignore',
      );
    const searches: Run[] = [];
    for (let i = 0; i < SEARCH_RUNS; i += 1) {
      const one = await searchOnce();
      if (one.code !== 0) throw new Error(`bench: ldapsearch exited ${one.code}: ${one.stderr}`);
      searches.push(one);
    }
    const search = [...searches].sort((a, b) => a.ms - b.ms)[Math.floor(SEARCH_RUNS / 2)]!;

    // The fixed cost every export pays before it reads anything: Node start and loading the export
    // command (the CLI loads only the command being run).
    const startup = await run(CLI, ['export', '--help'], cliEnv(), 'ignore');
    if (startup.code !== 0)
      throw new Error(`bench: xivo-sync export --help exited ${startup.code}: ${startup.stderr}`);

    // Node's compile cache (.cache/compile/) filled for the export's modules, as on every run but a
    // tool's very first: an export of two people from LDIF into a scratch repository.
    const warm = path.join(work, 'warm');
    await cp(path.join(repo, 'mappings'), path.join(warm, 'mappings'), { recursive: true });
    await writeFile(path.join(warm, 'people.ldif'), `${entryLdif(0)}\n${entryLdif(1)}`);
    const warmed = await run(
      CLI,
      ['export', '--dir', warm, '--source', 'ldif:people.ldif'],
      cliEnv(),
      'ignore',
    );
    if (warmed.code !== 0)
      throw new Error(`bench: the warm-up export exited ${warmed.code}: ${warmed.stderr}`);

    const first = await runExport(repo, slapd.adminPassword);
    const stateDir = path.join(repo, 'state');
    const before = await snapshot(stateDir);
    // New people were mapped with the directory's values of `owner: xivo` fields; from now on the
    // previous state supplies them, so the cache learns their mappings in this run.
    const warming = await runExport(repo, slapd.adminPassword);
    // The no-op export with the cache, without it, and under Node's defaults, in turn: one set of
    // runs on this VM differs by more than what is compared.
    const variants = [
      { name: 'cache', runtime: 'cli', cache: true, runs: [] as ExportRun[] },
      { name: 'no-cache', runtime: 'cli', cache: false, runs: [] as ExportRun[] },
      { name: 'node-defaults', runtime: 'node-defaults', cache: true, runs: [] as ExportRun[] },
    ] as const;
    for (let i = 0; i < NO_OP_RUNS; i += 1) {
      for (let j = 0; j < variants.length; j += 1) {
        const variant = variants[(i + j) % variants.length]!;
        variant.runs.push(await runExport(repo, slapd.adminPassword, variant.runtime, variant.cache));
      }
    }
    const [cliRuns, plainRuns, defaultRuns] = variants.map((v) => v.runs) as [
      ExportRun[],
      ExportRun[],
      ExportRun[],
    ];
    const written = changedFiles(before, await snapshot(stateDir));
    const second = median(cliRuns);
    const plain = median(plainRuns);
    const defaults = median(defaultRuns);
    const worstRssMb = (runs: ExportRun[]): number => Math.max(...runs.map((r) => r.rssKb)) / 1024;
    const floor = await writeFloor(stateDir, work);
    // The first export once more, recording no cache: what recording it costs.
    await rm(stateDir, { recursive: true });
    await rm(path.join(repo, '.cache'), { recursive: true, force: true });
    const firstPlain = await runExport(repo, slapd.adminPassword, 'cli', false);

    // The first export is compared with reading the directory plus writing the files alone.
    const firstRatio = first.ms / (search.ms + floor.ms);
    const noopRatio = second.ms / search.ms;
    const rssMb = first.rssKb / 1024;
    const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    console.log(
      `export report: ${first.report.entries} entries, ${first.report.created} created, ` +
        `${first.report.disabled} disabled, ${first.report.rejected.length} rejected; ` +
        `no-op: ${second.report.created} created, ${second.report.updated} updated; ` +
        `cache: ${JSON.stringify(warming.report.cache)} while warming, then ${JSON.stringify(second.report.cache)}`,
    );
    console.log(`attributes: ${attributes.join(' ')}`);
    console.table([
      {
        step: `ldapsearch -E pr=${PAGE}/noprompt (median of ${SEARCH_RUNS})`,
        wall: seconds(search.ms),
        CPU: '',
        'peak RSS': '',
        target: '',
      },
      {
        step: 'xivo-sync export --help (startup)',
        wall: seconds(startup.ms),
        CPU: '',
        'peak RSS': '',
        target: '',
      },
      {
        step: 'export, empty state',
        wall: seconds(first.ms),
        CPU: cpuTime(first),
        'peak RSS': `${rssMb.toFixed(0)} MB`,
        target: `${firstRatio.toFixed(2)} × (ldapsearch + floor) ≤ ${TARGET_FIRST_RATIO}: ${verdict(firstRatio <= TARGET_FIRST_RATIO)}; RSS ≤ ${TARGET_RSS_MB} MB: ${verdict(rssMb <= TARGET_RSS_MB)}`,
      },
      {
        step: 'export, empty state, --no-cache',
        wall: seconds(firstPlain.ms),
        CPU: cpuTime(firstPlain),
        'peak RSS': `${(firstPlain.rssKb / 1024).toFixed(0)} MB`,
        target: `recording the cache: ${signed(first.ms / firstPlain.ms)} time`,
      },
      {
        step: 'export, no-op, cache warming',
        wall: seconds(warming.ms),
        CPU: cpuTime(warming),
        'peak RSS': `${(warming.rssKb / 1024).toFixed(0)} MB`,
        target: `${(warming.ms / search.ms).toFixed(2)} × ldapsearch`,
      },
      {
        step: `export, no-op (median of ${NO_OP_RUNS}; worst RSS)`,
        wall: seconds(second.ms),
        CPU: cpuTime(second),
        'peak RSS': `${worstRssMb(cliRuns).toFixed(0)} MB`,
        target: `${noopRatio.toFixed(2)} × ldapsearch ≤ ${TARGET_NOOP_RATIO}: ${verdict(noopRatio <= TARGET_NOOP_RATIO)}; files written ${written} = 0: ${verdict(written === 0)}; RSS ≤ ${TARGET_RSS_MB} MB: ${verdict(worstRssMb(cliRuns) <= TARGET_RSS_MB)}`,
      },
      {
        step: `export, no-op, --no-cache (median of ${NO_OP_RUNS})`,
        wall: seconds(plain.ms),
        CPU: cpuTime(plain),
        'peak RSS': `${worstRssMb(plainRuns).toFixed(0)} MB`,
        target: `${(plain.ms / search.ms).toFixed(2)} × ldapsearch; the cache: ${signed(second.ms / plain.ms)} time`,
      },
      {
        step: `export, no-op, Node defaults (median of ${NO_OP_RUNS})`,
        wall: seconds(defaults.ms),
        CPU: cpuTime(defaults),
        'peak RSS': `${worstRssMb(defaultRuns).toFixed(0)} MB`,
        target: `node main.ts; the shebang's settings: ${signed(second.ms / defaults.ms)} time, ${signed(worstRssMb(cliRuns) / worstRssMb(defaultRuns))} RSS`,
      },
      {
        step: `floor: write ${floor.files} files (temp + rename)`,
        wall: seconds(floor.ms),
        CPU: '',
        'peak RSS': '',
        target: `${(floor.ms / search.ms).toFixed(2)} × ldapsearch, before any LDAP, mapping or start-up`,
      },
    ]);
    // A cached run that recognised fewer than everyone would time something else than the no-op.
    if (second.report.cache?.entries !== MATCHING || second.report.cache.files !== MATCHING)
      throw new Error(
        `bench: the cached no-op recognised ${JSON.stringify(second.report.cache)} of ${MATCHING}`,
      );
    if (first.report.created !== MATCHING || first.report.rejected.length > 0)
      throw new Error(
        `bench: expected ${MATCHING} files and no rejection, got ${JSON.stringify(first.report).slice(0, 2000)}`,
      );
    // The last line, for scripts: every figure of this run, in seconds and MB.
    const figure = (value: number): number => Number(value.toFixed(3));
    console.log(
      JSON.stringify({
        ldapsearchS: figure(search.ms / 1000),
        firstExportS: figure(first.ms / 1000),
        firstExportNoCacheS: figure(firstPlain.ms / 1000),
        noopExportS: figure(second.ms / 1000),
        noopExportNoCacheS: figure(plain.ms / 1000),
        fileFloorS: figure(floor.ms / 1000),
        exportPeakRssMb: figure(Math.max(first.rssKb / 1024, worstRssMb(cliRuns), worstRssMb(plainRuns))),
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
