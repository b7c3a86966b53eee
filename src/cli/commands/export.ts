import path from 'node:path';
import { readMappings, resolveEnvRef } from '../../config/index.ts';
import { SafetyError } from '../../errors.ts';
import {
  type DirectoryEntry,
  andFilters,
  isAdDisabled,
  normalizeDn,
  openSource,
  parseFilter,
} from '../../ldap/index.ts';
import { type ExportInput, type Rejection, attributesNeeded, computeExport } from '../../mapping/index.ts';
import { readStateDir, validateUserState, writeStateDir } from '../../state/index.ts';
import { connect } from '../../apply/index.ts';
import type { MappingConfig } from '../../config/index.ts';
import { normalizePhone } from '../../numbering/index.ts';
import { type Inventory, fetchInventory } from '../../xivo/index.ts';
import { ExitCode, type CliContext } from '../context.ts';
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
        for (const issue of mappings.issues) ctx.stderr(`${issue.file}#${issue.pointer}: ${issue.message}\n`);
        setExitCode(ExitCode.error);
        return;
      }
      const config = mappings.config;
      const stateDir = path.join(repo, 'state');
      const state = await readStateDir(stateDir);

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
      const entries: { entry: DirectoryEntry; disabled: boolean }[] = [];
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
          entries.push({
            entry,
            disabled: disabledDns.has(normalizeDn(entry.dn)) || (ad && isAdDisabled(entry)),
          });
        }
      } finally {
        await source.close();
      }

      const held = state.users.size;
      const ratio = config.safety?.minExportRatio ?? 0.9;
      if (held > 0 && entries.length < ratio * held && options.allowDrop !== true) {
        throw new SafetyError(
          `directory returned ${entries.length} entries under ${config.source.baseDns.join('; ')}; state holds ${held} ` +
            `(below ${Math.round(ratio * 100)} %): nothing written. Check the base DN and filter, or pass --allow-drop.`,
        );
      }

      const previous = new Map([...state.users].map(([key, file]) => [key, file.state]));
      const xivo = options.xivo === true ? await readXivo(config, ctx) : undefined;
      const result = computeExport({
        entries,
        config,
        previous,
        ...xivo,
        quarantine: state.quarantine.numbers,
        validate: (user) => {
          const checked = validateUserState(user, `state/users/${user.key}.json`);
          return checked.ok ? [] : checked.issues.map((i) => `${i.pointer || '/'}: ${i.message}`);
        },
        now: ctx.now(),
      });
      const written = await writeStateDir(stateDir, {
        write: result.write,
        remove: result.remove,
        quarantine: { ...state.quarantine, numbers: result.quarantine },
      });
      const userFiles = written.written.filter((f) => f.startsWith('state/users/'));
      const keyOfFile = (f: string): string => path.basename(f, '.json');
      const report: ExportReport = {
        entries: entries.length,
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

/**
 * Reads the XiVO inventory once (paged list calls only): the numbers it holds, and the fields of
 * each managed user, from which `owner: xivo` fields are taken.
 */
async function readXivo(
  config: MappingConfig,
  ctx: CliContext,
): Promise<{ usedInXivo: Set<string>; xivoOwned: NonNullable<ExportInput['xivoOwned']> }> {
  const client = connect(config, ctx.env);
  try {
    const inventory = await fetchInventory(client, { keyField: config.identity.xivoField });
    const ambiguous = new Set(inventory.duplicateKeys);
    const byKey = new Map<string, Readonly<Record<string, unknown>>>();
    for (const user of inventory.users)
      if (user.key !== null && !ambiguous.has(user.key)) byKey.set(user.key, user.fields);
    return {
      usedInXivo: numbersUsedInXivo(
        inventory,
        config.sites.map((site) => site.country),
      ),
      xivoOwned: { byKey, ambiguous },
    };
  } finally {
    client.close();
  }
}

/**
 * Every number XiVO uses, by anyone, in the forms the allocator compares: extensions as dialled,
 * voicemail and agent numbers, and each incall extension also in E.164 (read with each site's country),
 * since DID pools are E.164 ranges. Over-excluding only skips a free number; under-excluding would
 * hand out one XiVO refuses.
 */
function numbersUsedInXivo(inventory: Inventory, countries: readonly string[]): Set<string> {
  const used = new Set<string>();
  const incallContexts = new Set(inventory.contexts.filter((c) => c.type === 'incall').map((c) => c.name));
  for (const [context, extensions] of Object.entries(inventory.extensionsByContext)) {
    for (const { exten } of extensions) {
      used.add(exten);
      if (!incallContexts.has(context)) continue;
      for (const country of new Set(countries)) {
        const phone = normalizePhone(exten, country);
        if (phone.ok) used.add(phone.e164);
      }
    }
  }
  const users = [...inventory.users, ...inventory.unmanaged.users];
  for (const user of users) {
    if (user.voicemail) used.add(user.voicemail.number);
    if (user.agent) used.add(user.agent.number);
  }
  for (const voicemail of inventory.unmanaged.voicemails) used.add(voicemail.number);
  for (const agent of inventory.unmanaged.agents) used.add(agent.number);
  return used;
}
