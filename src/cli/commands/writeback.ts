import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type WriteBackResult, runWriteBack } from '../../writeback/index.ts';
import { ExitCode, type CliContext } from '../context.ts';
import type { RegisterCommand } from './index.ts';

interface WriteBackFlags {
  dir?: string;
  stateDir?: string;
  dryRun?: boolean;
  source?: string;
  ldifOut?: string;
  json?: boolean;
}

/**
 * `xivo-sync writeback`: writes what XiVO holds (extension, DID, uuid, agent, XiVO-owned fields) to
 * the directory entries, per mappings/ `writeBack:`. `--dry-run` or an LDIF source: the modifications
 * as an LDIF change file instead. Exit 1 when an entry failed or was not found.
 */
export const registerWriteBack: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('writeback')
    .description("write XiVO's numbers back to the directory (mappings/ writeBack:)")
    .option('--dir <dir>', 'repository holding mappings/ and state/ (default: current directory)')
    .option('--state-dir <dir>', 'state directory (default: <dir>/state)')
    .option('--dry-run', 'write nothing: print the modifications as an LDIF change file')
    .option(
      '--source <source>',
      'ldif:<path> to read the entries from an LDIF file (writes nothing), or an ldap(s):// URL overriding source.url',
    )
    .option('--ldif-out <file>', 'save the LDIF change file there instead of printing it')
    .option('--json', 'print the result as JSON')
    .action(async (flags: WriteBackFlags) => {
      const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
      const result = await runWriteBack({
        repoDir,
        stateDir: flags.stateDir === undefined ? undefined : path.resolve(ctx.cwd, flags.stateDir),
        env: ctx.env,
        cwd: ctx.cwd,
        onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
        ...(flags.source === undefined ? {} : { source: flags.source }),
        dryRun: flags.dryRun === true,
      });
      const changeFile = flags.dryRun === true || flags.source?.startsWith('ldif:') === true;
      if (flags.ldifOut !== undefined) await writeFile(path.resolve(ctx.cwd, flags.ldifOut), result.ldif);
      if (flags.json) ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else if (changeFile && flags.ldifOut === undefined) ctx.stdout(result.ldif);
      else ctx.stdout(renderWriteBackReport(result, changeFile));
      reportIssues(ctx, result);
      setExitCode(writeBackExitCode(result));
    });
};

/** 1 when a person's outcome could not be written (a failed modify, an entry not found, a disagreement). */
export function writeBackExitCode(result: WriteBackResult): number {
  return result.failures.length + result.vanished.length + result.problems.length === 0
    ? ExitCode.ok
    : ExitCode.error;
}

/** One line of counts, then one line per entry written. */
export function renderWriteBackReport(result: WriteBackResult, changeFile: boolean): string {
  const lines = [
    changeFile
      ? `Write-back: ${result.changes.length} entries to modify (nothing written)`
      : `Write-back: ${result.written.length} entries modified, ${result.failures.length} failed, ${result.vanished.length} not found`,
  ];
  for (const change of changeFile ? result.changes : result.written) {
    const what = change.changes.map((c) => `${c.operation} ${c.attribute}`).join(', ');
    lines.push(`  ${change.dn}: ${what}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Failures, entries not found and disagreements on stderr, one line each, naming the person. */
export function reportIssues(ctx: CliContext, result: WriteBackResult): void {
  for (const f of result.failures) ctx.stderr(`write-back failed for ${f.key} (${f.dn}): ${f.message}\n`);
  for (const key of result.vanished)
    ctx.stderr(`write-back: no directory entry has key ${key} (deleted, or outside source.filter)\n`);
  for (const p of result.problems) ctx.stderr(`write-back: ${p.key}: ${p.message}\n`);
}
