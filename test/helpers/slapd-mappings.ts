import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Points the example mappings/ of `repo` at a test slapd: its URL, no CA file (plain LDAP on
 * loopback), its admin as the bind DN. `edit` changes the text further (e.g. a write-back account).
 */
export async function pointMappingsAt(
  repo: string,
  slapd: { url: string; adminDn: string },
  edit: (text: string) => string = (text) => text,
): Promise<void> {
  const file = path.join(repo, 'mappings', 'directory.yml');
  const text = (await readFile(file, 'utf8'))
    .replace(/\n {2}url: .*/, `\n  url: ${slapd.url}`)
    .replace(/\n {2}caFile: .*/, '')
    .replace(/\n {2}bindDn: .*/, `\n  bindDn: ${slapd.adminDn}`);
  await writeFile(file, edit(text));
}
