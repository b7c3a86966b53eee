import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve(import.meta.dirname, '../../src/cli/main.ts');
const run = promisify(execFile);

// The CLI's runtime settings live in main.ts's shebang (see the comment there). A V8 flag that the
// Node in use does not know makes node refuse to start, so they are checked by running the file itself.
describe('src/cli/main.ts run as a program', () => {
  it('starts under the Node on PATH with its memory settings applied', async () => {
    const report =
      "data:text/javascript,process.on('exit',()=>process.stderr.write(JSON.stringify({argv:process.execArgv,arenas:process.env.MALLOC_ARENA_MAX,mmap:process.env.MALLOC_MMAP_THRESHOLD_})))";
    const { stdout, stderr } = await run(MAIN, ['--help'], {
      env: {
        ...process.env,
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`,
        NODE_OPTIONS: `--import="${report}"`,
      },
    });

    expect(stdout).toContain('Usage: xivo-sync');
    const seen = JSON.parse(stderr) as { argv: string[]; arenas: string; mmap: string };
    expect(seen.argv).toEqual(
      expect.arrayContaining(['--max-semi-space-size=8', '--heap-growing-percent=50']),
    );
    expect(seen.arenas).toBe('2');
    expect(seen.mmap).toBe('65536');
  });

  it('keeps its interpreter line under the 128 bytes older Linux kernels read', () => {
    const [line] = readFileSync(MAIN, 'utf8').split('\n');

    expect(line).toMatch(/^#!\/usr\/bin\/env -S /);
    expect(Buffer.byteLength(line!)).toBeLessThan(128);
  });
});
