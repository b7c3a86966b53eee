import type { RegisterCommand } from './index.ts';

export const registerValidate: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('validate')
    .description('check state/ and mappings/ against the schemas and cross-file rules (offline)')
    .option('--json', 'print problems as JSON')
    .action(() => {
      ctx.stderr('validate: not implemented yet\n');
      setExitCode(1);
    });
};
