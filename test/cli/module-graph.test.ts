import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';
import { startScenario } from '../scenarios/harness.ts';

const run = promisify(execFile);
const NODE = path.join(repoRoot, 'node_modules/.bin/node');
const HOOK = path.join(repoRoot, 'test/helpers/record-modules.ts');
const SRC = pathToFileURL(path.join(repoRoot, 'src')).href;

/** Runs the real CLI in a child process and returns the src/ folders of every module it loaded. */
async function loadedFolders(argv: string[], cwd: string, env: Record<string, string>): Promise<Set<string>> {
  const record = path.join(await testdir('modules'), 'loaded.txt');
  await run(NODE, ['--import', HOOK, path.join(repoRoot, 'src/cli/main.ts'), ...argv], {
    cwd,
    env: { ...process.env, ...env, RECORD_MODULES_TO: record },
  });
  const urls = (await readFile(record, 'utf8')).split('\n').filter((url) => url.startsWith(`${SRC}/`));
  return new Set(urls.map((url) => url.slice(SRC.length + 1).split('/')[0]!));
}

describe('the module graph of a command', () => {
  it('plan and apply load the XiVO client and the planner, and never the emulator', async () => {
    const s = await startScenario();
    await s.useState('new-hire/after');

    const plan = await loadedFolders(['plan'], s.repo, s.env);
    const apply = await loadedFolders(['apply', '--auto-approve'], s.repo, s.env);

    for (const folders of [plan, apply]) {
      expect(folders).toContain('plan');
      expect(folders).toContain('xivo');
      expect(folders).toContain('prepare');
      expect(folders).not.toContain('emulator');
    }
    expect(apply).toContain('apply');
    expect(s.emu.requestLog.countWrites()).toBeGreaterThan(0);
  });

  it('the emulator command does load the emulator', async () => {
    const folders = await loadedFolders(['emulator', '--help'], repoRoot, {});

    expect(folders).toContain('emulator');
  });
});
