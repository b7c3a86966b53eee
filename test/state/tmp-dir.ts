import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A fresh temp directory, removed when the current test finishes. */
export async function testdir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xivo-sync-test-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A temp copy of the repository's example mappings/ and state/, to break on purpose. */
export async function exampleCopy(): Promise<string> {
  const dir = await testdir();
  await cp(path.join(repoRoot, 'mappings'), path.join(dir, 'mappings'), { recursive: true });
  await cp(path.join(repoRoot, 'state'), path.join(dir, 'state'), { recursive: true });
  await cp(path.join(repoRoot, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}
