import { spawn } from 'node:child_process';
import path from 'node:path';
import type { RunningEmulator } from '../../src/emulator/index.ts';

const MAIN = path.resolve(import.meta.dirname, '../../src/cli/main.ts');

export interface SpawnedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  writesAtKill?: number;
}

/**
 * Runs `xivo-sync apply --auto-approve` as a real child process against `emu`. With `killAfterWrites`,
 * sends SIGKILL as soon as the emulator has seen that many write requests: the process dies mid-run,
 * between or during steps.
 */
export function spawnApply(options: {
  repo: string;
  env: Record<string, string>;
  emu: RunningEmulator;
  killAfterWrites?: number;
  args?: string[];
}): Promise<SpawnedRun> {
  const { emu, killAfterWrites } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        MAIN,
        'apply',
        '--auto-approve',
        '--dir',
        options.repo,
        '--lock-ttl',
        '1',
        '--lock-timeout',
        '30',
        ...(options.args ?? []),
      ],
      { env: { PATH: process.env['PATH'], ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let writesAtKill: number | undefined;
    const timer =
      killAfterWrites === undefined
        ? undefined
        : setInterval(() => {
            const writes = emu.requestLog.countWrites();
            if (writes >= killAfterWrites) {
              writesAtKill = writes;
              child.kill('SIGKILL');
              clearInterval(timer);
            }
          }, 1);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stderr, writesAtKill });
    });
  });
}
