import path from 'node:path';
import { readMappings } from '../../config/index.ts';
import { checkStateConsistency, readStateDir, type Issue } from '../../state/index.ts';
import { ExitCode } from '../context.ts';
import { formatIssue } from '../format-issue.ts';
import type { RegisterCommand } from './index.ts';
import { compareText } from '../../compare-text.ts';

interface ValidateOptions {
  json?: boolean;
  dir?: string;
}

/**
 * `xivo-sync validate`: offline check of mappings/ and state/ (schemas, then cross-file rules).
 * Prints one line per problem and exits 1 when there is any, 0 when everything is valid.
 */
export const registerValidate: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('validate')
    .description('check state/ and mappings/ against the schemas and cross-file rules (offline)')
    .option('--json', 'print the result as JSON')
    .option('--dir <dir>', 'repository directory holding mappings/ and state/ (default: current directory)')
    .action(async (options: ValidateOptions) => {
      const repo = path.resolve(ctx.cwd, options.dir ?? '.');
      const mappings = await readMappings(path.join(repo, 'mappings'));
      const state = await readStateDir(path.join(repo, 'state'));
      const crossFile = checkStateConsistency(state.users, mappings.config, state.quarantine);
      const issues = [...mappings.issues, ...state.issues, ...crossFile].sort(compareIssues);

      if (options.json) {
        const result = {
          ok: issues.length === 0,
          stateFiles: state.fileCount,
          mappingFiles: mappings.files.length,
          issues,
        };
        ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      } else if (issues.length === 0) {
        ctx.stdout(`ok: ${state.fileCount} state files, ${mappings.files.length} mapping files\n`);
      } else {
        for (const issue of issues) ctx.stdout(`${formatIssue(issue)}\n`);
        const files = new Set(issues.map((i) => i.file)).size;
        ctx.stderr(`${issues.length} problem(s) in ${files} file(s)\n`);
      }
      setExitCode(issues.length === 0 ? ExitCode.ok : ExitCode.error);
    });
};

function compareIssues(a: Issue, b: Issue): number {
  return compareText(a.file, b.file) || compareText(a.pointer, b.pointer) || compareText(a.rule, b.rule);
}
