import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import type { Plan } from '../../src/plan/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { connectTestClient, startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { exampleCopy } from '../helpers/tmp-dir.ts';

// The shipped example against a XiVO that does not match it: Lyon's extensions are outside the
// `default` context's ranges and the `international` call permission does not exist. confd would
// refuse those people; the plan says so before anything is written.

const LYON = ['1201', '1202', '1203'];

describe('plan-time checks on the shipped example against a XiVO that does not match it', () => {
  it('plan exits 1 naming each refusal; apply converges the others, skips those and exits 1; fixing XiVO converges them', async () => {
    const emu = await startTestEmulator({ seed: 'example' });
    const client = connectTestClient(emu);
    const contexts = await client.contexts.listAll({});
    const internal = contexts.find((c) => c.name === 'default');
    if (!internal) throw new Error('the example seed has no default context');
    const withoutLyon = internal.user_ranges.filter((r) => r.start !== '2000');
    await client.contexts.update(internal.id, { ...internal, user_ranges: withoutLyon });
    const permissions = await client.callPermissions.listAll({});
    const international = permissions.find((p) => p.name === 'international');
    if (!international) throw new Error('the example seed has no international permission');
    await client.callPermissions.delete(international.id);

    const repo = await exampleCopy();
    const env = xivoEnv(emu, { webservices: true });
    const cli = async (argv: string[]) => {
      const { ctx, out, err } = captureCli({ cwd: repo, env });
      const code = await runCli(argv, ctx);
      return { code, out: out(), err: err() };
    };

    const planned = await cli(['plan', '--json']);
    const plan = JSON.parse(planned.out) as Plan;
    const problems = Object.fromEntries(
      plan.people.filter((p) => p.problems.length > 0).map((p) => [p.key, [p.kind, ...p.problems]]),
    );
    expect(planned.code).toBe(1);
    expect(problems).toEqual({
      '1101': ['blocked', "not created: call permission 'international' does not exist in XiVO"],
      '1201': [
        'blocked',
        "not created: extension 2000@default is outside the ranges of context 'default' (1000-1999; 6700-6799; 3100-3199; 3000-3099; 4000-4099)",
      ],
      '1202': [
        'blocked',
        "not created: extension 2001@default is outside the ranges of context 'default' (1000-1999; 6700-6799; 3100-3199; 3000-3099; 4000-4099)",
      ],
      '1203': [
        'blocked',
        "not created: extension 2002@default is outside the ranges of context 'default' (1000-1999; 6700-6799; 3100-3199; 3000-3099; 4000-4099)",
      ],
    });
    expect(planned.err).toMatch(/^4 problem\(s\) for 4 person\(s\): these parts are not planned\n/);
    expect(planned.err).toContain(
      "  Benoît Rivière [1201]: not created: extension 2000@default is outside the ranges of context 'default'",
    );
    const text = await cli(['plan']);
    expect(text.code).toBe(1);
    expect(text.out).toContain('! Benoît Rivière [1201] blocked\n');

    const applied = await cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);
    expect(applied.code).toBe(1);
    expect(applied.out).toMatch(
      /^Apply: \d+ ok, 0 failed, 0 blocked \(of \d+ steps\); 4 person\(s\) skipped in part\n\nSKIP Amélie Dupont-Lefèvre \[1101\] blocked\n {4}not created: call permission 'international' does not exist in XiVO\n/,
    );
    const managedKeys = (): string[] =>
      emu
        .snapshot()
        .users.map((u) => u.userfield)
        .filter((k): k is string => typeof k === 'string' && k !== '')
        .sort();
    expect(managedKeys()).toEqual(['1102', '1103', '1104']);
    // Nothing half-made: every line has its extension.
    const snapshot = emu.snapshot();
    const linked = new Set(snapshot.lineExtensions.map((le) => le.line_id));
    expect(snapshot.lines.filter((l) => !linked.has(l.id))).toEqual([]);

    await client.contexts.update(internal.id, internal);
    await client.callPermissions.create({ name: 'international', mode: 'deny', extensions: ['_00.'] });
    const fixed = await cli(['apply', '--auto-approve', '--no-notify', '--no-writeback']);
    expect(fixed.code, fixed.out + fixed.err).toBe(0);
    expect(fixed.err).toBe('');
    expect(managedKeys()).toEqual(['1101', '1102', '1103', '1104', ...LYON]);
    const settled = await cli(['plan', '--detailed-exitcode']);
    expect(settled.code, settled.out).toBe(0);
  });
});
