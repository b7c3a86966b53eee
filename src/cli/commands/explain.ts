import path from 'node:path';
import { UsageError } from '../../errors.ts';
import { explainExport } from '../../export/index.ts';
import { describePerson } from '../../plan/index.ts';
import { preparePlan } from '../../prepare/index.ts';
import { explainFields, renderExplainText } from '../../review/index.ts';
import { readStateDir } from '../../state/index.ts';
import { ExitCode } from '../context.ts';
import type { CliContext } from '../context.ts';
import type { RegisterCommand } from './index.ts';

interface ExplainFlags {
  dir?: string;
  source?: string;
  json?: boolean;
  plan: boolean;
}

/**
 * `xivo-sync explain <key|name|e-mail>`: for one person, each field of their state file with its owner
 * and the directory attributes and mapping rule behind it, then what `plan` would do for them now.
 */
export const registerExplain: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('explain')
    .description('one person: where each field of their state file comes from, and what plan would do')
    .argument('<who>', 'their key, e-mail address, or a part of their name')
    .option('--dir <dir>', 'the state repository (default: current directory)')
    .option(
      '--source <source>',
      'ldif:<path> to read an LDIF file, or an ldap(s):// URL overriding source.url',
    )
    .option('--json', 'print the explanation as JSON')
    .option('--no-plan', 'do not ask XiVO what plan would do')
    .action(async (who: string, flags: ExplainFlags) => {
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      const key = await findKey(repoDir, who);
      const explained = await explainExport(
        {
          repoDir,
          env: ctx.env,
          cwd: ctx.cwd,
          onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
          now: ctx.now(),
          ...(flags.source === undefined ? {} : { source: flags.source }),
        },
        key,
      );
      const input = { ...explained, key };
      const fields = explainFields(input);
      const plan = flags.plan ? await planFor(ctx, repoDir, key) : { skipped: '--no-plan' };
      if (flags.json === true) {
        ctx.stdout(
          `${JSON.stringify({ key, dn: explained.entry?.dn ?? explained.current?.dn ?? null, fields, rejected: explained.rejected, plan }, null, 2)}\n`,
        );
      } else {
        const planText =
          'skipped' in plan
            ? `plan: not computed (${plan.skipped})`
            : [
                `plan (${plan.kind}):`,
                ...(plan.lines.length === 0 ? ['  nothing to do'] : plan.lines.map((l) => `  ${l}`)),
              ].join('\n');
        ctx.stdout(`${renderExplainText(input, fields)}\n${planText}\n`);
      }
      setExitCode(ExitCode.ok);
    });
};

/** The key of the one person `who` names: a key, an e-mail address, or a part of a name. */
async function findKey(repoDir: string, who: string): Promise<string> {
  const state = await readStateDir(path.join(repoDir, 'state'));
  if (state.users.has(who)) return who;
  const wanted = who.toLowerCase();
  const people = [...state.users.values()].map((f) => f.state);
  const byMail = people.filter((s) => s.user.email?.toLowerCase() === wanted);
  const byName =
    byMail.length > 0
      ? byMail
      : people.filter((s) => `${s.user.firstname} ${s.user.lastname ?? ''}`.toLowerCase().includes(wanted));
  if (byName.length === 1) return byName[0]!.key;
  if (byName.length > 1) {
    const names = byName
      .slice(0, 10)
      .map((s) => `${s.key} (${s.user.firstname} ${s.user.lastname ?? ''})`.trim());
    throw new UsageError(
      `'${who}' names ${byName.length} people: ${names.join(', ')}${byName.length > 10 ? ', …' : ''}; give a key`,
    );
  }
  // A person the next export creates has no state file yet: their key is all there is to go by.
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(who)) return who;
  throw new UsageError(`'${who}' names nobody in state/: give a key, an e-mail address or a part of a name`);
}

/** What plan would do for the person, or why it was not asked: XiVO not configured or not reachable. */
async function planFor(
  ctx: CliContext,
  repoDir: string,
  key: string,
): Promise<{ kind: string; lines: string[] } | { skipped: string }> {
  try {
    const prepared = await preparePlan({ repoDir, env: ctx.env, cwd: ctx.cwd, now: ctx.now() });
    const person = prepared.plan.people.find((p) => p.key === key);
    if (person === undefined) return { kind: 'absent', lines: ['not in state/ and not managed in XiVO'] };
    return { kind: person.kind, lines: describePerson(person) };
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
