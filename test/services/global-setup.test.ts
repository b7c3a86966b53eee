import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/tmp-dir.ts';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { assertionResults: { failureMessages: string[] }[] }[];
}

describe('the global setup without AD', () => {
  it('fails every AD test with the reason instead of skipping them', async () => {
    const out = await testdir('nested-vitest');
    const report = join(out, 'report.json');
    // A nested vitest run: the only way to observe what the global setup hands to test files.
    const run = execFileAsync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        'test/services/samba.test.ts',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      { cwd: ROOT, env: { ...process.env, XIVO_SYNC_TEST_NO_AD: '1' } },
    );

    await expect(run).rejects.toMatchObject({ code: 1 });
    const result = JSON.parse(await readFile(report, 'utf8')) as VitestJsonReport;
    const messages = result.testResults.flatMap((file) =>
      file.assertionResults.flatMap((test) => test.failureMessages),
    );

    expect(result.numPassedTests + result.numPendingTests + result.numTodoTests).toBe(0);
    expect(result.numFailedTests).toBeGreaterThanOrEqual(5);
    expect(messages).toHaveLength(result.numFailedTests);
    for (const message of messages) expect(message).toContain('XIVO_SYNC_TEST_NO_AD=1 is set');
  });
});
