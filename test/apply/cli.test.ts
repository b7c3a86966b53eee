import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserState } from '../../src/state/index.ts';
import { countDuplicates, startScenario } from '../scenarios/harness.ts';

describe('xivo-sync plan / apply exit codes and safety gates', () => {
  it('plan --detailed-exitcode: 2 with changes, 0 in sync, 3 refused, 1 on error', async () => {
    const s = await startScenario();
    await s.useState('removal/1-before');

    const changes = await s.cli(['plan', '--detailed-exitcode']);
    await s.cli(['apply', '--auto-approve']);
    const inSync = await s.cli(['plan', '--detailed-exitcode']);
    await s.useState('removal/after');
    const refused = await s.cli(['plan', '--detailed-exitcode']);
    const allowed = await s.cli(['plan', '--detailed-exitcode', '--allow-deletions', '2']);
    const error = await s.cli(['plan', '--detailed-exitcode', '--dir', 'no-such-dir']);

    expect(changes.code).toBe(2);
    expect(inSync.code).toBe(0);
    expect(inSync.out).toContain('No changes: XiVO matches the state.');
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(
      /^refused: would delete 2 users, above the limit \(10 or 10% of 3\); review and re-run with --allow-deletions 2; would delete 2 lines/,
    );
    expect(allowed.code).toBe(2);
    expect(error.code).toBe(1);
    expect(error.err).toMatch(/^error: mappings\/ is invalid: .*directory not found/);
  });

  it('apply refuses above the deletion threshold without writing, then deletes with the override', async () => {
    const s = await startScenario();
    await s.useState('removal/1-before');
    await s.cli(['apply', '--auto-approve']);
    await s.useState('removal/after');
    s.emu.requestLog.reset();

    const refused = await s.cli(['apply', '--auto-approve']);
    const writesWhenRefused = s.emu.requestLog.countWrites();
    const allowed = await s.cli(['apply', '--auto-approve', '--allow-deletions', '2']);

    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/^refused: would delete 2 users/);
    expect(writesWhenRefused).toBe(0);
    expect(allowed.code).toBe(0);
    expect(s.emu.snapshot().users.map((u) => u.userfield)).toEqual(['1101']);
  });

  it('apply refuses a stale saved plan that now deletes what was not reviewed, and runs a fresh one', async () => {
    const s = await startScenario();
    await s.useState('removal/1-before');
    await s.cli(['apply', '--auto-approve']);
    // The reviewed plan removes 1102 only...
    await s.useState('new-hire/after');
    await s.cli(['plan', '--out', 'reviewed.json', '--allow-deletions', '5']);
    // ...but by apply time 1103 is also past the grace period of a disabled person.
    await s.useState('removal/after');

    const stale = await s.cli(['apply', 'reviewed.json', '--auto-approve', '--allow-deletions', '5']);
    await s.cli(['plan', '--out', 'fresh.json', '--allow-deletions', '5']);
    const fresh = await s.cli(['apply', 'fresh.json', '--auto-approve', '--allow-deletions', '5']);

    expect(stale.code).toBe(3);
    expect(stale.err).toContain('the plan changed since it was reviewed');
    expect(stale.err).toContain('1103: delete user Chloé Ménard');
    expect(fresh.code).toBe(0);
  });

  it('apply of a saved plan lists every unreviewed difference; --strict-plan refuses them', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');
    await s.cli(['apply', '--auto-approve']);
    // The reviewed plan changes Amélie's description only...
    const file = path.join(s.repo, 'state', 'users', '1101.json');
    const amelie = JSON.parse(await readFile(file, 'utf8')) as UserState;
    await writeFile(
      file,
      `${JSON.stringify({ ...amelie, user: { ...amelie.user, description: 'PDG' } }, null, 2)}\n`,
    );
    await s.cli(['plan', '--out', 'reviewed.json']);
    // ...then someone edits Chloé in XiVO by hand.
    const chloe = s.emu.snapshot().users.find((u) => u.userfield === '1103');
    if (!chloe) throw new Error('Chloé was not created');
    await s.port.request('PUT', `/users/${chloe.id}`, { lastname: 'Edited' });

    const strict = await s.cli(['apply', 'reviewed.json', '--auto-approve', '--strict-plan']);
    const afterStrict = s.emu.snapshot().users.find((u) => u.id === chloe.id)?.lastname;
    const lenient = await s.cli(['apply', 'reviewed.json', '--auto-approve']);
    const noPlan = await s.cli(['apply', '--auto-approve', '--strict-plan']);

    const difference =
      '  + Chloé Ménard [1103] update (not in the reviewed plan)\n      lastname: "Edited" → "Ménard"\n';
    expect(strict.code).toBe(3);
    expect(strict.err).toContain(
      'the plan changed since it was reviewed (--strict-plan refuses any difference):\n',
    );
    expect(strict.err).toContain(difference);
    expect(afterStrict).toBe('Edited');
    expect(lenient.code, lenient.err).toBe(0);
    expect(lenient.err).toMatch(
      /^the plan changed since it was reviewed; applying these differences too \(--strict-plan refuses them\):\n {2}\+ Chloé Ménard \[1103\] update \(not in the reviewed plan\)\n/,
    );
    expect(lenient.err).toContain(difference);
    expect(lenient.err).not.toContain('Amélie');
    expect(s.emu.snapshot().users.find((u) => u.id === chloe.id)?.lastname).toBe('Ménard');
    expect(noPlan.code).toBe(1);
    expect(noPlan.err).toContain('--strict-plan compares with a saved plan');
  });

  it('apply without --auto-approve outside a terminal refuses to run', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');

    const result = await s.cli(['apply']);

    expect(result.code).toBe(1);
    expect(result.err).toBe('error: apply needs --auto-approve when not run from a terminal\n');
    expect(s.emu.snapshot().users).toEqual([]);
  });

  it("apply exits 1 and reports failures first, with confd's message, when steps fail", async () => {
    // A voicemail time zone that this XiVO's voicemail.conf lacks: the inventory cannot show it, so
    // only confd refuses it, and only Amélie's box fails.
    const s = await startScenario();
    await s.useState('new-hire/after');
    const file = path.join(s.repo, 'state', 'users', '1101.json');
    const amelie = JSON.parse(await readFile(file, 'utf8')) as UserState;
    await writeFile(
      file,
      `${JSON.stringify({ ...amelie, voicemail: { ...amelie.voicemail, timezone: 'mars-base' } }, null, 2)}\n`,
    );

    const result = await s.cli(['apply', '--auto-approve']);

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^Apply: \d+ ok, 1 failed, 1 blocked \(of \d+ steps\)\n\nFAIL Amélie Dupont-Lefèvre \[1101\] create\n/,
    );
    expect(result.out).toContain(
      "    failed  create voicemail 6701@default: POST /voicemails → 400: Input Error - field 'timezone'",
    );
    expect(result.out).toContain('    blocked link voicemail 6701@default to the user: blocked by u:1101:vm');
    expect(result.out).toContain('ok   Chloé Ménard [1103] create');
  });

  it('plan refuses invalid state, listing each problem with its file, and exits 1', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');
    await writeFile(path.join(s.repo, 'state', 'users', '1101.json'), '{"key": "1101"}\n');

    const result = await s.cli(['plan']);

    expect(result.code).toBe(1);
    const lines = result.err.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^state\/users\/1101\.json#\/.*\(.*rule: .+\)$/);
    expect(lines.at(-1)).toMatch(
      /^error: state\/ is invalid: state\/users\/1101\.json#.*\(run xivo-sync validate\)$/,
    );
  });

  it('shows progress on a terminal', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');

    const result = await s.cli(['apply', '--auto-approve'], { isTty: true });

    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /^\rapplying: 1\/29 steps\rapplying: 2\/29 steps.*\rapplying: 29\/29 steps\n$/s,
    );
  });

  it('rejects a file that is not a saved plan', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');
    await writeFile(path.join(s.repo, 'bogus.json'), '{"version": 7}');

    const result = await s.cli(['apply', 'bogus.json', '--auto-approve']);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /bogus\.json: not a plan saved by xivo-sync plan --out \(unsupported version 7\)/,
    );
  });

  it('two applies at once: one waits for the lock, the other does the work; no duplicates', async () => {
    const s = await startScenario();
    s.emu.setFaults({ latencyMs: 3 });
    await s.useState('new-hire/after');

    const [one, two] = await Promise.all([
      s.cli(['apply', '--auto-approve', '--lock-timeout', '30']),
      s.cli(['apply', '--auto-approve', '--lock-timeout', '30']),
    ]);

    expect([one.code, two.code]).toEqual([0, 0]);
    expect([one.out, two.out].filter((o) => o.startsWith('Apply: '))).toHaveLength(1);
    expect([one.out, two.out]).toContain('No changes: XiVO matches the state.\n');
    expect(countDuplicates(s.emu)).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
    expect(s.emu.snapshot().users).toHaveLength(2);
  });

  it('two applies at once without waiting: the second is refused with who holds the lock', async () => {
    const s = await startScenario();
    s.emu.setFaults({ latencyMs: 3 });
    await s.useState('new-hire/after');

    const [one, two] = await Promise.all([
      s.cli(['apply', '--auto-approve']),
      s.cli(['apply', '--auto-approve']),
    ]);

    expect([one.code, two.code].sort()).toEqual([0, 3]);
    expect(one.err + two.err).toMatch(/refused: the apply lock is held by .+:\d+ since/);
    expect(countDuplicates(s.emu)).toEqual({ users: 0, sips: 0, incalls: 0, agents: 0 });
  });
});

describe('xivo-sync plan output', () => {
  it('prints markdown and JSON, saves the plan with --out, and never touches unmarked users', async () => {
    const s = await startScenario({
      users: [
        {
          user: {
            firstname: 'Hand',
            lastname: 'Made',
            email: 'hand@example.com',
            outgoing_caller_id: 'anonymous',
          },
        },
      ],
    });
    await s.useState('new-hire/after');
    const handMade = s.emu.snapshot().users;

    const markdown = await s.cli(['plan', '--format', 'markdown']);
    const json = await s.cli(['plan', '--json', '--out', 'saved.json']);
    const saved = await readFile(path.join(s.repo, 'saved.json'), 'utf8');
    const applied = await s.cli(['apply', 'saved.json', '--auto-approve', '--json']);

    expect(markdown.code).toBe(0);
    expect(markdown.out).toMatch(/^### XiVO plan\n\nAgents: \S.*\n\n\| create \| adopt \|/);
    expect(markdown.out).toContain(
      '<details><summary><code>+</code> Amélie Dupont-Lefèvre (<code>1101</code>): create</summary>',
    );
    expect(JSON.parse(json.out)).toEqual(JSON.parse(saved));
    expect(JSON.parse(saved)).toMatchObject({ version: 1, summary: { create: 2, adopt: 0, delete: 0 } });
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.out)).toMatchObject({ result: { counts: { failed: 0, blocked: 0 } } });
    expect(s.emu.snapshot().users.filter((u) => !u.userfield)).toEqual(handMade);
  });
});
