import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy, repoRoot, testdir } from '../helpers/tmp-dir.ts';

// `explain` on the shipped example: the example directory as LDIF, the emulator with the example seed.

const LDIF = path.join(repoRoot, 'test/fixtures/directory/example-company.ldif');
const emulators: RunningEmulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
});

async function explain(repo: string, args: string[], env: Record<string, string> = {}) {
  const { ctx, out, err } = captureCli({ cwd: repo, env });
  const code = await runCli(['explain', ...args], ctx);
  return { code, out: out(), err: err() };
}

describe('xivo-sync explain', () => {
  it('gives each field its owner, the rule and the raw directory values, and finds people by e-mail or name', async () => {
    const repo = await exampleCopy();
    const byKey = await explain(repo, ['1104', '--source', `ldif:${LDIF}`, '--no-plan']);
    expect(byKey.code, byKey.err).toBe(0);
    expect(byKey.out).toMatch(
      /^Jérôme Dubois-Garnier \(key 1104, state\/users\/1104\.json\): active, site paris\n/,
    );
    expect(byKey.out).toMatch(
      /did\.number += \+33123456704 {2}\[allocator\] ← sites\[0\]\.did: allocator: pool \+33123456700–\+33123456799\n/,
    );
    expect(byKey.out).toMatch(
      /line\.extension += 6704 {2}\[directory\] ← sites\[0\]\.extension: the last 4 digits of the DID 6700–6799\n/,
    );
    expect(byKey.out).toMatch(
      /user\.firstname += Jérôme {2}\[directory\] ← fields\.firstname: \{\{givenName\}\} \(givenname = "Jérôme"\)\n/,
    );
    expect(byKey.out).toMatch(
      /user\.mobile_phone_number += \+33698765432 {2}\[xivo\] ← fields\.mobile_phone_number \(owner: xivo\)/,
    );
    expect(byKey.out).toContain('plan: not computed (--no-plan)');

    const byMail = await explain(repo, [
      'Jerome.Dubois-Garnier@example.com',
      '--source',
      `ldif:${LDIF}`,
      '--no-plan',
    ]);
    expect(byMail.out.split('\n')[0]).toBe(byKey.out.split('\n')[0]);
    const ambiguous = await explain(repo, ['é', '--no-plan']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/'é' names 6 people: 1101 \(Amélie Dupont-Lefèvre\), .*; give a key/);
  });

  it('shows what the next export changes, and the JSON form', async () => {
    const repo = await exampleCopy();
    const edited = path.join(await testdir('explain-ldif'), 'directory.ldif');
    await writeFile(
      edited,
      (await readFile(LDIF, 'utf8')).replace('title: Directrice générale', 'title: Présidente'),
    );
    const text = await explain(repo, ['1101', '--source', `ldif:${edited}`, '--no-plan']);
    expect(text.out).toMatch(/user\.description += Directrice générale {2}.*\n +next export: Présidente\n/);
    const json = await explain(repo, ['1101', '--source', `ldif:${edited}`, '--no-plan', '--json']);
    const parsed = JSON.parse(json.out) as {
      dn: string;
      fields: { path: string; owner: string; next?: string }[];
    };
    expect(parsed.dn).toBe('uid=adupontlefevre,ou=people,dc=example,dc=com');
    expect(parsed.fields.find((f) => f.path === 'contact.title')).toMatchObject({
      owner: 'directory',
      next: 'Présidente',
    });
  });

  it('asks XiVO what plan would do for the person when it is reachable', async () => {
    const emu = await startTestEmulator({ seed: 'example' });
    emulators.push(emu);
    const repo = await exampleCopy();
    const result = await explain(repo, ['1104', '--source', `ldif:${LDIF}`], xivoEnv(emu));
    expect(result.code, result.err).toBe(0);
    // The example seed has none of the example's people: the plan creates them.
    expect(result.out).toMatch(/\nplan \(create\):\n {2}caller_id: \(unset\) → /);
    expect(result.out).toMatch(/\n {2}line: create 6704@default\n/);
    const unreachable = await explain(repo, ['1104', '--source', `ldif:${LDIF}`], {
      ...xivoEnv(emu),
      XIVO_URL: 'http://127.0.0.1:9',
    });
    expect(unreachable.code).toBe(0);
    expect(unreachable.out).toMatch(/plan: not computed \(.*127\.0\.0\.1:9/);
  });
});
