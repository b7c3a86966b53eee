import path from 'node:path';
import { type ExportReport, runExport } from '../../export/index.ts';
import { EXPORT_BRANCH, commitExport, pushExport } from '../../git/index.ts';
import { buildReview, reviewSummary } from '../../review/index.ts';
import { UsageError } from '../../errors.ts';
import { ExitCode } from '../context.ts';
import { createProgress } from '../progress.ts';
import type { RegisterCommand } from './index.ts';

interface ExportFlags {
  dir?: string;
  source?: string;
  allowDrop?: boolean;
  json?: boolean;
  xivo?: boolean;
  commit?: boolean;
  push?: boolean;
  author?: string;
  cache?: boolean;
}

/**
 * `xivo-sync export`: directory (or `--source ldif:path`) → mapping → numbering → state/ files.
 * Refuses to write (exit 3) when the directory returns fewer than `safety.minExportRatio` of the
 * people in state, unless `--allow-drop`.
 */
export const registerExport: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('export')
    .description('read the directory and write one state file per person under state/')
    .option('--dir <dir>', 'repository directory holding mappings/ and state/ (default: current directory)')
    .option(
      '--source <source>',
      'ldif:<path> to read an LDIF file, or an ldap(s):// URL overriding source.url',
    )
    .option('--allow-drop', 'write even when the directory returns far fewer people than state holds')
    .option('--json', 'print the export report as JSON')
    .option('--commit', `commit state/ on the branch ${EXPORT_BRANCH} (nothing when nothing changed)`)
    .option('--push', `with --commit: push ${EXPORT_BRANCH} to origin (never over someone else's commit)`)
    .option(
      '--author <author>',
      'author of that commit, "Name <email>" (default: $XIVO_SYNC_GIT_AUTHOR, git\'s identity)',
    )
    .option(
      '--xivo',
      'also read XiVO (read-only): allocation skips the numbers it uses; owner: xivo fields take its values',
    )
    .option('--no-cache', 'neither use nor update the cache of unchanged entries and files in .cache/export/')
    .action(async (flags: ExportFlags) => {
      const progress = createProgress(ctx, 'reading the directory');
      let entries = 0;
      let report: ExportReport;
      try {
        report = await runExport({
          repoDir: path.resolve(ctx.cwd, flags.dir ?? '.'),
          env: ctx.env,
          cwd: ctx.cwd,
          onWarning: (message) => ctx.stderr(`warning: ${message}\n`),
          now: ctx.now(),
          source: flags.source,
          allowDrop: flags.allowDrop === true,
          readXivo: flags.xivo === true,
          cache: flags.cache !== false,
          onEntries: (count) => progress.update((entries = count)),
        });
      } finally {
        progress.done(entries);
      }
      if (flags.json === true) ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else ctx.stdout(renderExportReport(report));
      if (flags.commit === true) {
        // The same words as the pull request's title: what changed for people, not for files.
        const repoDir = path.resolve(ctx.cwd, flags.dir ?? '.');
        const summary = reviewSummary(await buildReview({ repoDir, rejected: report.rejected }));
        const author = flags.author ?? ctx.env['XIVO_SYNC_GIT_AUTHOR'];
        const commit = await commitExport(
          path.resolve(ctx.cwd, flags.dir ?? '.'),
          summary,
          author === undefined ? {} : { author },
        );
        ctx.stderr(
          commit === undefined
            ? 'nothing to commit: state/ did not change\n'
            : `committed ${commit.slice(0, 12)} on ${EXPORT_BRANCH}: export: ${summary}\n`,
        );
        if (commit !== undefined && flags.push === true) {
          const how = await pushExport(
            path.resolve(ctx.cwd, flags.dir ?? '.'),
            author === undefined ? {} : { author },
          );
          ctx.stderr(`pushed ${EXPORT_BRANCH} to origin (${how})\n`);
        }
      } else if (flags.push === true) {
        throw new UsageError('--push pushes the commit of --commit: give both');
      }
      setExitCode(ExitCode.ok);
    });
};

/** The summary; then the rejections grouped by rule, counts first, then each one. */
function renderExportReport(report: ExportReport): string {
  const lines = [
    `export: ${report.entries} entries, ${report.created} created, ${report.updated} updated, ` +
      `${report.disabled} disabled, ${report.removed} removed, ${report.rejected.length} rejected`,
  ];
  const byRule = new Map<string, ExportReport['rejected']>();
  for (const r of report.rejected) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  if (byRule.size > 0) {
    lines.push(`rejected by rule: ${[...byRule].map(([rule, list]) => `${rule} ${list.length}`).join(', ')}`);
    for (const [rule, list] of byRule) {
      lines.push(`${rule} (${list.length}):`);
      for (const r of list) {
        const holder = r.holder === undefined ? '' : `, held by ${r.holder.dn} (key ${r.holder.key})`;
        lines.push(
          `  ${r.dn}: ${r.message} (attribute: ${r.attribute || '-'}, value: ${JSON.stringify(r.value)}${holder})`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
