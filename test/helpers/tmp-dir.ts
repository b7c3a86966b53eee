import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A fresh temp directory (`xivo-sync-<name>-…`) and its removal, for a directory shared by a suite. */
export async function tempdir(name: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `xivo-sync-${name}-`));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh temp directory, removed when the current test finishes. */
export async function testdir(name = 'test'): Promise<string> {
  const dir = await tempdir(name);
  onTestFinished(dir.remove);
  return dir.path;
}

/** A temp copy of the repository's example mappings/ and state/, to break on purpose. */
export async function exampleCopy(): Promise<string> {
  const dir = await testdir('example');
  await cp(path.join(repoRoot, 'mappings'), path.join(dir, 'mappings'), { recursive: true });
  await cp(path.join(repoRoot, 'state'), path.join(dir, 'state'), { recursive: true });
  await cp(path.join(repoRoot, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

/** Every file under dir, as sorted '/'-separated paths relative to dir ([] when there is no dir). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}
