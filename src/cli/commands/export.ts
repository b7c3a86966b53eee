import path from 'node:path';
import { readMappings, resolveEnvRef } from '../../config/index.ts';
import { SafetyError } from '../../errors.ts';
import { andFilters, isAdDisabled, normalizeDn, openSource, parseFilter } from '../../ldap/index.ts';
import {
  type PreparedEntry,
  type Rejection,
  attributesNeeded,
  computeExport,
  entryPreparer,
} from '../../mapping/index.ts';
import { StateError, readStateDir, validateUserState, writeStateDir } from '../../state/index.ts';
import { ExitCode } from '../context.ts';
import { createProgress } from '../progress.ts';
import { formatIssue } from './validate.ts';
import type { RegisterCommand } from './index.ts';

interface ExportOptions {
  dir?: string;
  source?: string;
  allowDrop?: boolean;
  json?: boolean;
  xivo?: boolean;
}

export interface ExportReport {
  entries: number;
  created: number;
  updated: number;
  disabled: number;
  removed: number;
  rejected: Rejection[];
  written: string[];
  removedFiles: string[];
}

/**
 * `xivo-sync export`: directory (or `--source ldif:path`) → mapping → numbering → state/ files.
 * Refuses to write (exit 3) when the directory returns fewer than `safety.minExportRatio` (default
 * 0.9) of the people in state, unless `--allow-drop`.
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
    .action(async (options: ExportOptions) => {
      const repo = path.resolve(ctx.cwd, options.dir ?? '.');
      const mappings = await readMappings(path.join(repo, 'mappings'));
      if (mappings.config === undefined) {
        for (const issue of mappings.issues) ctx.stderr(`${formatIssue(issue)}\n`);
        setExitCode(ExitCode.error);
        return;
      }
      const config = mappings.config;
      const stateDir = path.join(repo, 'state');
      const state = await readStateDir(stateDir);
      if (state.issues.length > 0) {
        // A person whose file cannot be read would be exported afresh: new numbers, and theirs free
        // for someone else. Nothing is written until the files are fixed.
        for (const issue of state.issues) ctx.stderr(`${formatIssue(issue)}\n`);
        const files = new Set(state.issues.map((i) => i.file)).size;
        throw new StateError(
          `state/ holds ${files} invalid file(s), listed above: nothing written (fix them, then run again; xivo-sync validate checks them)`,
        );
      }
      const previous = new Map([...state.users].map(([key, file]) => [key, file.state]));
      // XiVO first: what it holds decides how each entry is mapped (owner: xivo fields).
      const xivo =
        options.xivo === true ? await (await import('./export-xivo.ts')).readXivo(config, ctx) : undefined;
      // Provenance is for `explain`: the export does not show it, so it is not kept for 20,000 people.
      const prepare = entryPreparer({ config, previous, ...xivo, provenance: false });

      const spec = options.source ?? config.source.url;
      const isLdif = spec.startsWith('ldif:');
      const ldifPath = isLdif ? `ldif:${path.resolve(repo, spec.slice('ldif:'.length))}` : spec;
      const source = await openSource(ldifPath, {
        ...(config.source.starttls === undefined ? {} : { starttls: config.source.starttls }),
        ...(config.source.caFile === undefined ? {} : { caFile: path.resolve(repo, config.source.caFile) }),
        ...(config.source.timeoutMs === undefined ? {} : { timeoutMs: config.source.timeoutMs }),
        ...(config.source.bindDn === undefined || isLdif
          ? {}
          : {
              bindDn: config.source.bindDn,
              ...(config.source.bindPassword === undefined
                ? {}
                : {
                    bindPassword: resolveEnvRef(config.source.bindPassword, ctx.env, 'source.bindPassword'),
                  }),
            }),
      });
      // Each entry is mapped as it arrives and dropped: memory holds mappings, not directory entries.
      const prepared: PreparedEntry[] = [];
      const progress = createProgress(ctx, 'reading the directory');
      try {
        const userFilter = parseFilter(config.source.filter ?? '(objectClass=*)');
        const request = {
          baseDns: config.source.baseDns,
          filter: userFilter,
          scope: config.source.scope ?? 'sub',
          attributes: attributesNeeded(config),
          pageSize: config.source.pageSize ?? 500,
        } as const;
        const disabledDns = new Set<string>();
        if (config.source.disabled?.filter !== undefined) {
          const filter = andFilters(userFilter, parseFilter(config.source.disabled.filter));
          for await (const entry of source.searchEntries({ ...request, filter, attributes: [] }))
            disabledDns.add(normalizeDn(entry.dn));
        }
        const ad = config.source.disabled?.adUserAccountControl === true;
        for await (const entry of source.searchEntries(request)) {
          const disabled = disabledDns.has(normalizeDn(entry.dn)) || (ad && isAdDisabled(entry));
          prepared.push(prepare(entry, disabled));
          progress.update(prepared.length);
        }
      } finally {
        progress.done(prepared.length);
        await source.close();
      }
      const entryCount = prepared.length;

      const held = state.users.size;
      const ratio = config.safety?.minExportRatio ?? 0.9;
      if (held > 0 && entryCount < ratio * held && options.allowDrop !== true) {
        throw new SafetyError(
          `directory returned ${count(entryCount)} entries under ${config.source.baseDns.join('; ')}; state holds ${count(held)} ` +
            `(below ${Math.round(ratio * 100)} %): nothing written. Check the base DN and filter, or pass --allow-drop.`,
        );
      }

      const result = computeExport({
        prepared,
        config,
        previous,
        ...xivo,
        quarantine: state.quarantine.numbers,
        validate: (user) => {
          const checked = validateUserState(user, `state/users/${user.key}.json`);
          return checked.ok ? [] : checked.issues.map((i) => `${i.pointer || '/'}: ${i.message}`);
        },
        now: ctx.now(),
        provenance: false,
      });
      // The mappings are no longer needed: let them go before thousands of files are rendered.
      prepared.length = 0;
      const written = await writeStateDir(stateDir, {
        write: result.write,
        remove: result.remove,
        quarantine: { ...state.quarantine, numbers: result.quarantine },
        current: state.users,
      });
      const userFiles = written.written.filter((f) => f.startsWith('state/users/'));
      const keyOfFile = (f: string): string => path.basename(f, '.json');
      const report: ExportReport = {
        entries: entryCount,
        created: userFiles.filter((f) => !previous.has(keyOfFile(f))).length,
        updated: userFiles.filter((f) => previous.has(keyOfFile(f))).length,
        disabled: result.disabled.length,
        removed: result.remove.length,
        rejected: result.rejected,
        written: written.written,
        removedFiles: written.removed,
      };
      if (options.json === true) ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else {
        ctx.stdout(
          `export: ${report.entries} entries, ${report.created} created, ${report.updated} updated, ` +
            `${report.disabled} disabled, ${report.removed} removed, ${report.rejected.length} rejected\n`,
        );
        for (const r of report.rejected) {
          ctx.stdout(
            `rejected ${r.dn}: ${r.message} (attribute: ${r.attribute || '-'}, value: ${JSON.stringify(r.value)}, rule: ${r.rule})\n`,
          );
        }
      }
      setExitCode(ExitCode.ok);
    });
};

/** 4210 → "4,210": counts in messages are read by people. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
