import path from 'node:path';
import { type ExportReport, runExport } from '../../export/index.ts';
import { ExitCode } from '../context.ts';
import { createProgress } from '../progress.ts';
import type { RegisterCommand } from './index.ts';

interface ExportFlags {
  dir?: string;
  source?: string;
  allowDrop?: boolean;
  json?: boolean;
  xivo?: boolean;
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
    .option(
      '--xivo',
      'also read XiVO (read-only): allocation skips the numbers it uses; owner: xivo fields take its values',
    )
    .action(async (flags: ExportFlags) => {
      const progress = createProgress(ctx, 'reading the directory');
      let entries = 0;
      let report: ExportReport;
      try {
        report = await runExport({
          repoDir: path.resolve(ctx.cwd, flags.dir ?? '.'),
          env: ctx.env,
          cwd: ctx.cwd,
          now: ctx.now(),
          source: flags.source,
          allowDrop: flags.allowDrop === true,
          readXivo: flags.xivo === true,
          onEntries: (count) => progress.update((entries = count)),
        });
      } finally {
        progress.done(entries);
      }
      if (flags.json === true) ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else ctx.stdout(renderExportReport(report));
      setExitCode(ExitCode.ok);
    });
};

function renderExportReport(report: ExportReport): string {
  const lines = [
    `export: ${report.entries} entries, ${report.created} created, ${report.updated} updated, ` +
      `${report.disabled} disabled, ${report.removed} removed, ${report.rejected.length} rejected`,
    ...report.rejected.map(
      (r) =>
        `rejected ${r.dn}: ${r.message} (attribute: ${r.attribute || '-'}, value: ${JSON.stringify(r.value)}, rule: ${r.rule})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
