import path from 'node:path';
import { checkRepository } from '../../validate/index.ts';
import { ExitCode } from '../context.ts';
import { formatIssue } from '../format-issue.ts';
import type { RegisterCommand } from './index.ts';

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
      const { issues, stateFiles, mappingFiles } = await checkRepository(
        path.resolve(ctx.cwd, options.dir ?? '.'),
      );
      if (options.json) {
        const result = { ok: issues.length === 0, stateFiles, mappingFiles, issues };
        ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      } else if (issues.length === 0) {
        ctx.stdout(`ok: ${stateFiles} state files, ${mappingFiles} mapping files\n`);
      } else {
        for (const issue of issues) ctx.stdout(`${formatIssue(issue)}\n`);
        const files = new Set(issues.map((i) => i.file)).size;
        ctx.stderr(`${issues.length} problem(s) in ${files} file(s)\n`);
      }
      setExitCode(issues.length === 0 ? ExitCode.ok : ExitCode.error);
    });
};
