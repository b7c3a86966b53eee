#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
import { runCli } from './program.ts';

const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  isTty: process.stdout.isTTY,
});
process.exitCode = exitCode;
