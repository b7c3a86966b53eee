import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { testdir } from '../helpers/tmp-dir.ts';
import { git } from '../helpers/git.ts';

// `xivo-sync demo` as a new user runs it: three cycles, everything left where it says.

describe('xivo-sync demo', () => {
  it('runs the loop three times: a first pull request, a second with a move, a departure and a hire, then nothing', async () => {
    const work = path.join(await testdir('demo-run'), 'demo');
    const { ctx, out, err } = captureCli({ env: {} });
    const code = await runCli(['demo', '--dir', work], ctx);
    const output = out();
    expect(code, err()).toBe(0);

    // Two pull requests: the first creates the company, the second carries the three changes.
    const files = await readdir(work);
    expect(files.filter((f) => f.startsWith('pull-request-')).sort()).toEqual([
      'pull-request-1.md',
      'pull-request-2.md',
    ]);
    const second = await readFile(path.join(work, 'pull-request-2.md'), 'utf8');
    expect(second.split('\n')[0]).toBe('xivo-sync export: 1 new, 1 renumbered, 1 disabled, 3 rejected');
    expect(second).toContain(
      '- **Hugo Lemaître** (lyon): ext 6717 → 2016 (renumbered); DID +33 1 23 45 67 17 → +33 4 72 10 00 26',
    );
    expect(second).toMatch(/\*\*Florian Masson\*\* \(disabled\): disabled since \d{4}-\d\d-\d\d/);
    expect(second).toMatch(
      /\*\*Nadia Benhamou\*\* \(new\): ext 20\d\d, DID \+33 4 72 10 00 \d\d, voicemail 20\d\d, agent 820\d\d/,
    );

    // One mail per person created: 46, then Nadia; none in the third cycle.
    const mails = (await readdir(path.join(work, 'mails'))).filter((f) => f.endsWith('.eml'));
    expect(mails).toHaveLength(47);
    expect(output).toContain('46 onboarding e-mail(s) written');
    expect(output.match(/onboarding e-mail\(s\) written/g)).toHaveLength(3);
    expect(err()).toMatch(/\nnothing to commit: state\/ did not change\n/);
    expect(output).toMatch(/== cycle 3: .*\n(.*\n){3} {2}nothing to propose: no commit, so no pull request/);
    expect(output).toContain('No changes: XiVO matches the state.\n  0 onboarding e-mail(s) written');
    expect(await readFile(path.join(work, 'writeback-3.ldif'), 'utf8')).not.toMatch(/^dn:/m);
    expect(await readFile(path.join(work, 'writeback-1.ldif'), 'utf8')).toMatch(
      /^dn: uid=adupontlefevre,ou=people,dc=example,dc=com$/m,
    );

    // The remote has main with both merges, and the three apply records in its notes.
    const remote = path.join(work, 'remote.git');
    expect(git(remote, 'log', '--format=%s', 'main')).toMatch(
      /^Merge branch 'xivo-sync\/export'\n[^\n]*\nMerge branch 'xivo-sync\/export'/,
    );
    const records = git(remote, 'log', '--notes=xivo-sync', '--format=%N', 'main')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { status: string });
    expect(records.map((r) => r.status)).toEqual(['applied', 'in-sync', 'applied']);

    // The hand-made users of the seeded XiVO are still there, as they were.
    const data = JSON.parse(await readFile(path.join(work, 'xivo-emulator.json'), 'utf8')) as {
      users: { firstname: string; lastname: string; userfield?: string | null }[];
    };
    const handMade = data.users.filter((u) => !u.userfield).map((u) => `${u.firstname} ${u.lastname}`);
    expect(handMade.sort()).toEqual(['Meeting Room', 'Night Operator', 'Reception Desk']);
    expect(data.users.filter((u) => u.userfield)).toHaveLength(47);
    expect(output).toMatch(/== done in [\d.]+ s\. Everything is in /);
  }, 120_000);
});
