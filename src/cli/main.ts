#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536 node --max-semi-space-size=8 --heap-growing-percent=50
// The runtime settings above are part of the CLI (docs/performance.md, "Runtime settings"). An export holds every
// person for the whole run, and with V8's defaults its heap grew to about three times what was live
// (269 MB of heap for 85 MB live, on 20,000 people). A small young generation and a 1.5× growth
// factor cut the export's peak RSS by a third for a few percent more time, and set no heap limit
// that a larger directory could hit. Two malloc arenas instead of one per thread: the
// allocations outside the heap (file and socket buffers) are small and short-lived. Blocks of
// 64 kB and more (socket reads, response bodies) get their own mapping, returned when freed: glibc's
// adaptive threshold sent them to the main heap once the first was freed, and a plan's read of
// 20,000 users left about 45 MB of freed memory there instead of 20 MB at the peak. The line stays
// under 128 bytes: Linux before 5.1 cuts longer ones, and would drop the last flag without a word.
// (Node 22 warns that type stripping is experimental; Node 24, which npm installs here, does not.)
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
