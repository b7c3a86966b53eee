#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node caches the compiled (and type-stripped) modules on disk, which halves the start-up time of
// every later run. Enabled before the CLI is imported, so that the CLI's own modules benefit. The
// cache sits in the package's own folder, never in the shared temp directory: Node runs whatever
// the cache holds, and anyone may create /tmp/node-compile-cache first. Whoever can write the
// package folder can change the code anyway. Not writable (a read-only install): no cache, silently.
module.enableCompileCache?.(fileURLToPath(new URL('../../.cache/compile', import.meta.url)));
const { runCli } = await import('./program.ts');

const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  isTty: process.stdout.isTTY,
});
process.exitCode = exitCode;
