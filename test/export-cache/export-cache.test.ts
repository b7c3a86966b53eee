import { cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExportReport, runExport } from '../../src/export/index.ts';
import { applyLdifChanges, parseLdif, parseLdifChanges, renderLdifContent } from '../../src/ldap/index.ts';
import { captureCli, runExportChecked } from '../helpers/cli.ts';
import { listFiles, testdir } from '../helpers/tmp-dir.ts';

/**
 * The export cache (.cache/export/) changes no byte of what an export writes: two repositories follow
 * the same directory through the same changes, one exporting with the cache and one without, and
 * after every step their state/ trees and reports are compared. The hit counts prove the cache was
 * used where it could be, so that this comparison is not between two full runs.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const COMPANY = path.join(ROOT, 'examples/demo/company.ldif');
const CYCLE_2 = path.join(ROOT, 'examples/demo/cycle-2.ldif');

/** Changes beyond cycle 2: one of each kind of thing the mapping reads. */
const CYCLE_3 = `version: 1

dn: uid=adupontlefevre,ou=people,dc=example,dc=com
changetype: modify
replace: title
title: Présidente
-

dn: uid=fxlhote,ou=people,dc=example,dc=com
changetype: modify
replace: mail
mail: chloe.menard@example.com
-

dn: uid=kbenali,ou=people,dc=example,dc=com
changetype: modify
add: pwdAccountLockedTime
pwdAccountLockedTime: 000001010000Z
-

dn: uid=nbenhamou,ou=people,dc=example,dc=com
changetype: modify
delete: memberOf
-
`;

interface Pair {
  cached: string;
  plain: string;
  ldif: string;
}

async function pair(): Promise<Pair> {
  const dir = await testdir('export-cache');
  const pairOf = {
    cached: path.join(dir, 'cached'),
    plain: path.join(dir, 'plain'),
    ldif: path.join(dir, 'company.ldif'),
  };
  for (const repo of [pairOf.cached, pairOf.plain])
    cpSync(path.join(ROOT, 'mappings'), path.join(repo, 'mappings'), { recursive: true });
  cpSync(COMPANY, pairOf.ldif);
  return pairOf;
}

function changeDirectory(ldif: string, changes: string): void {
  const entries = applyLdifChanges(parseLdif(readFileSync(ldif, 'utf8')), parseLdifChanges(changes));
  writeFileSync(ldif, renderLdifContent(entries));
}

async function exportIn(repo: string, ldif: string, now: string, cache: boolean): Promise<ExportReport> {
  return runExport({
    repoDir: repo,
    env: {},
    cwd: repo,
    now: new Date(now),
    source: `ldif:${path.relative(repo, ldif)}`,
    allowDrop: true,
    cache,
  });
}

/** Both exports of one step; their state/ trees byte for byte and their reports must agree. */
async function step(p: Pair, now: string): Promise<ExportReport> {
  const cached = await exportIn(p.cached, p.ldif, now, true);
  const plain = await exportIn(p.plain, p.ldif, now, false);
  expect(plain.cache).toBeUndefined();
  const { cache: _, ...withoutCache } = cached;
  expect(withoutCache).toEqual(plain);
  const files = listFiles(path.join(p.plain, 'state'));
  expect(listFiles(path.join(p.cached, 'state'))).toEqual(files);
  for (const file of files) {
    const a = readFileSync(path.join(p.cached, 'state', file));
    const b = readFileSync(path.join(p.plain, 'state', file));
    expect(a.equals(b), `state/${file} differs with the cache`).toBe(true);
  }
  return cached;
}

describe('export cache', () => {
  it('writes the same state/ as an export without it, through hires, moves, departures, changes, the grace period and a mapping change', async () => {
    const p = await pair();

    const first = await step(p, '2026-11-01T08:00:00Z');
    expect(first.cache).toEqual({ files: 0, entries: 0 });
    expect(first.written.length).toBeGreaterThan(40);

    // The files written are known canonical from then on; the entries of new hires were mapped with
    // the directory's values of `owner: xivo` fields, so they are recognised from the run after.
    const second = await step(p, '2026-11-01T08:30:00Z');
    expect(second.written).toEqual([]);
    expect(second.cache).toEqual({ files: 47, entries: 0 });
    // Every entry with a state file (the 3 rejected entries have none, and are mapped every time).
    const third = await step(p, '2026-11-01T09:00:00Z');
    expect(third.written).toEqual([]);
    expect(third.cache).toEqual({ files: 47, entries: 47 });

    changeDirectory(p.ldif, readFileSync(CYCLE_2, 'utf8'));
    const cycle2 = await step(p, '2026-11-02T08:00:00Z');
    expect(cycle2.written).toEqual(
      expect.arrayContaining(['state/users/1117.json', 'state/users/1219.json', 'state/users/1223.json']),
    );
    // Everyone but the moved person (1117), the hire (1223, no file yet) and the departed (1219, no entry).
    expect(cycle2.cache).toEqual({ files: 47, entries: 45 });

    changeDirectory(p.ldif, CYCLE_3);
    const cycle3 = await step(p, '2026-11-03T08:00:00Z');
    expect(cycle3.rejected.map((r) => r.rule)).toContain('unique-email');
    expect(cycle3.disabled).toBe(1);
    // Every entry with a file but the 4 changed ones (the hire, 1223, is one of them).
    expect(cycle3.cache?.entries).toBe(47 - 4);

    // Every entry with a file but François-Xavier's (1102): his file keeps the state from before the
    // change that got him rejected (another's mail address), so it cannot be his mapping now.
    const noOp = await step(p, '2026-11-03T08:30:00Z');
    expect(noOp.written).toEqual([]);
    expect(noOp.cache?.entries).toBe(46);

    // Past the grace period the departed are removed and their numbers quarantined.
    const later = await step(p, '2026-12-20T08:00:00Z');
    expect(later.removed).toBeGreaterThan(0);
    expect(later.written).toContain('state/numbers/quarantine.json');

    // Agent numbers from a pool instead of a template: another mapping, so the cache starts afresh.
    for (const repo of [p.cached, p.plain]) {
      const file = path.join(repo, 'mappings/telephony.yml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain("number: '8{{extension}}'");
      writeFileSync(
        file,
        text.replace("number: '8{{extension}}'", "ranges: [{ start: '8000', end: '8099' }]"),
      );
    }
    const remapped = await step(p, '2026-12-20T09:00:00Z');
    expect(remapped.cache).toEqual({ files: 0, entries: 0 });
    expect(remapped.updated).toBeGreaterThan(0);
    await step(p, '2026-12-20T09:30:00Z');
    const pooled = await step(p, '2026-12-20T10:00:00Z');
    expect(pooled.written).toEqual([]);
    expect(pooled.cache?.entries).toBe(46);
  });

  it('holds hashes only, keeps itself out of git, and is ignored when damaged', async () => {
    const p = await pair();
    await step(p, '2026-11-01T08:00:00Z');
    await step(p, '2026-11-01T08:30:00Z');
    const cacheFile = path.join(p.cached, '.cache/export/cache.json');
    const text = readFileSync(cacheFile, 'utf8');
    expect(readFileSync(path.join(p.cached, '.cache/export/.gitignore'), 'utf8')).toBe('*\n');
    expect(existsSync(path.join(p.plain, '.cache'))).toBe(false);
    // No DN, name, address or number of the directory: only digests.
    for (const value of ['example.com', 'dc=', 'Dupont', 'Amelie', '+331', '6701', '1101'])
      expect(text).not.toContain(value);
    const parsed = JSON.parse(text) as { canonical: string[]; mappings: (string | number)[] };
    expect(parsed.canonical).toHaveLength(47);
    // Every entry with a state file: its digest, then the index of that file's digest.
    const entries = parsed.mappings.filter((_, i) => i % 2 === 0);
    const files = parsed.mappings.filter((_, i) => i % 2 === 1);
    expect(entries).toHaveLength(47);
    expect(new Set(files)).toEqual(new Set(parsed.canonical.keys()));
    for (const digest of [...parsed.canonical, ...entries]) expect(digest).toMatch(/^[A-Za-z0-9+/]{43}=$/);

    // A no-op leaves the cache as it is: not even rewritten.
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(cacheFile, old, old);
    await step(p, '2026-11-01T08:45:00Z');
    expect(statSync(cacheFile).mtimeMs).toBe(old.getTime());

    writeFileSync(cacheFile, '{"format":1,"namespace":');
    const damaged = await step(p, '2026-11-01T09:00:00Z');
    expect(damaged.cache).toEqual({ files: 0, entries: 0 });
    const rebuilt = await step(p, '2026-11-01T09:30:00Z');
    expect(rebuilt.cache).toEqual({ files: 47, entries: 47 });

    // Well-formed JSON that does not hold together (an index past the file digests): ignored too.
    const valid = JSON.parse(readFileSync(cacheFile, 'utf8')) as { mappings: (string | number)[] };
    valid.mappings[1] = 999;
    writeFileSync(cacheFile, JSON.stringify(valid));
    const inconsistent = await step(p, '2026-11-01T10:00:00Z');
    expect(inconsistent.cache).toEqual({ files: 0, entries: 0 });
  });

  it('checks a state file changed by hand since, as without a cache', async () => {
    const p = await pair();
    await step(p, '2026-11-01T08:00:00Z');
    await step(p, '2026-11-01T08:30:00Z');
    for (const repo of [p.cached, p.plain]) {
      const file = path.join(repo, 'state/users/1101.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"site": "paris"', '"site": 7'));
    }
    const cached = exportIn(p.cached, p.ldif, '2026-11-01T09:00:00Z', true);
    await expect(cached).rejects.toThrow(/state\/ holds 1 invalid file/);
    const plain = exportIn(p.plain, p.ldif, '2026-11-01T09:00:00Z', false);
    await expect(plain).rejects.toThrow(/state\/ holds 1 invalid file/);
  });

  it('warns and exports all the same when the cache cannot be written', async () => {
    const p = await pair();
    // A file where the cache's folder goes: mkdir fails.
    writeFileSync(path.join(p.cached, '.cache'), 'not a folder');
    const warnings: string[] = [];
    const report = await runExport({
      repoDir: p.cached,
      env: {},
      cwd: p.cached,
      now: new Date('2026-11-01T08:00:00Z'),
      source: `ldif:${path.relative(p.cached, p.ldif)}`,
      onWarning: (message) => warnings.push(message),
    });
    expect(report.written.length).toBe(48);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^cannot write the export cache in .*\.cache\/export \(.*\); the next export does the full work$/,
    );
    rmSync(path.join(p.cached, '.cache'));
    const plain = await exportIn(p.plain, p.ldif, '2026-11-01T08:00:00Z', false);
    expect(listFiles(path.join(p.cached, 'state'))).toEqual(listFiles(path.join(p.plain, 'state')));
    expect(plain.written).toEqual(report.written);
  });

  it('export --no-cache neither reads nor writes it; without the flag the CLI uses it', async () => {
    const p = await pair();
    const cli = async (repo: string, flags: string[]): Promise<ExportReport> => {
      const io = captureCli({ cwd: repo, now: () => new Date('2026-11-01T08:00:00Z') });
      const args = ['--source', `ldif:${path.relative(repo, p.ldif)}`, '--json', ...flags];
      expect(await runExportChecked(args, io.ctx)).toBe(0);
      return JSON.parse(io.out()) as ExportReport;
    };
    const plain = await cli(p.plain, ['--no-cache']);
    expect(plain.cache).toBeUndefined();
    expect(existsSync(path.join(p.plain, '.cache'))).toBe(false);
    await cli(p.cached, []);
    const again = await cli(p.cached, []);
    expect(again.cache).toEqual({ files: 47, entries: 0 });
    expect(existsSync(path.join(p.cached, '.cache/export/cache.json'))).toBe(true);
  });
});
