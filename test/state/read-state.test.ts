import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStateDir, renderStateFile } from '../../src/state/index.ts';
import { buildUser } from '../helpers/builders.ts';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';

async function stateWith(files: Record<string, string>): Promise<string> {
  const state = path.join(await testdir(), 'state');
  await mkdir(path.join(state, 'users'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(state, 'users', name), text);
  return state;
}

describe('readStateDir', () => {
  it('reads the example state of the repository without issues', async () => {
    const result = await readStateDir(path.join(repoRoot, 'state'));

    expect(result.issues).toEqual([]);
    expect([...result.users.keys()].sort()).toEqual([
      '1101',
      '1102',
      '1103',
      '1104',
      '1105',
      '1201',
      '1202',
      '1203',
    ]);
    expect(result.users.get('1105')?.state).toMatchObject({ status: 'disabled', since: '2026-11-02' });
    expect(result.users.get('1101')?.file).toBe('state/users/1101.json');
    expect(result.quarantine.numbers).toHaveLength(2);
    expect(result.fileCount).toBe(8);
  });

  it('returns an empty state for a missing directory', async () => {
    const result = await readStateDir(path.join(await testdir(), 'state'));

    expect(result).toEqual({ users: new Map(), quarantine: { numbers: [] }, issues: [], fileCount: 0 });
  });

  it('reports invalid JSON with its line and column, and still reads the other files', async () => {
    const dir = await stateWith({
      'a.json': '{\n  "key": "a",\n  "status": "active",,\n}\n',
      'b.json': renderStateFile(buildUser('b')),
    });

    const result = await readStateDir(dir);

    expect(result.issues).toEqual([
      {
        file: 'state/users/a.json',
        pointer: '',
        message: expect.stringMatching(/^invalid JSON at line 3, column 22: /) as string,
        rule: 'json-syntax',
      },
    ]);
    expect([...result.users.keys()]).toEqual(['b']);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const dir = await stateWith({});
    const handle = await open(path.join(dir, 'users', 'big.json'), 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();

    const result = await readStateDir(dir);

    expect(result.issues).toEqual([
      {
        file: 'state/users/big.json',
        pointer: '',
        message: 'is 50.0 MiB, larger than the 1.0 MiB limit',
        rule: 'file-too-large',
      },
    ]);
  });

  it('refuses a symbolic link pointing outside state/, but follows one inside', async () => {
    const dir = await stateWith({});
    const outside = path.join(path.dirname(dir), 'secret.json');
    await writeFile(outside, renderStateFile(buildUser('secret')));
    await symlink(outside, path.join(dir, 'users', 'secret.json'));
    await writeFile(path.join(dir, 'inside.json'), renderStateFile(buildUser('inside')));
    await symlink(path.join(dir, 'inside.json'), path.join(dir, 'users', 'inside.json'));

    const result = await readStateDir(dir);

    expect(result.issues).toEqual([
      {
        file: 'state/users/secret.json',
        pointer: '',
        message: 'is a symbolic link pointing outside state/; refusing to read it',
        rule: 'symlink-escape',
      },
    ]);
    expect([...result.users.keys()]).toEqual(['inside']);
  });

  it('refuses files reached through a symlinked folder leading outside state/', async () => {
    const root = await testdir();
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'x.json'), renderStateFile(buildUser('x')));
    const dir = path.join(root, 'state');
    await mkdir(dir);
    await symlink(elsewhere, path.join(dir, 'users'));

    const result = await readStateDir(dir);

    expect(result.issues).toEqual([
      {
        file: 'state/users/x.json',
        pointer: '',
        message: 'is reached through a symbolic link leading outside state/; refusing to read it',
        rule: 'symlink-escape',
      },
    ]);
    expect(result.users.size).toBe(0);
  });

  it('reports a key with ../ and unknown fields, without a crash', async () => {
    const hostile = { ...buildUser('x'), key: '../../../etc/passwd', injected: { deep: true } };
    const dir = await stateWith({ 'x.json': JSON.stringify(hostile) });

    const result = await readStateDir(dir);

    expect(result.issues.map((i) => [i.pointer, i.rule])).toEqual([
      ['/injected', 'schema:additionalProperties'],
      ['/key', 'schema:pattern'],
    ]);
    expect(result.users.size).toBe(0);
  });

  it.each([
    ['a directory named like a state file', 'dir.json', null, 'not-a-file'],
    ['a file that is not JSON', 'notes.txt', 'hello', 'state-layout'],
    ['invalid UTF-8', 'latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]), 'utf8'],
    ['an empty file', 'empty.json', '', 'json-syntax'],
    [
      'a duplicate key, which JSON.parse would silently resolve',
      'dup.json',
      '{"did": {}, "did": null}',
      'json-duplicate-key',
    ],
  ])('reports %s', async (_name, file, content, rule) => {
    const dir = await stateWith({});
    if (content === null) await mkdir(path.join(dir, 'users', file));
    else await writeFile(path.join(dir, 'users', file), content);

    const result = await readStateDir(dir);

    expect(result.issues).toEqual([expect.objectContaining({ file: `state/users/${file}`, rule })]);
  });

  it('ignores hidden files such as .gitkeep', async () => {
    const dir = await stateWith({ '.gitkeep': '' });

    expect((await readStateDir(dir)).issues).toEqual([]);
  });

  it('reports an invalid quarantine file', async () => {
    const dir = await stateWith({});
    await mkdir(path.join(dir, 'numbers'));
    await writeFile(path.join(dir, 'numbers', 'quarantine.json'), '{"numbers": [{"kind": "pager"}]}');

    const result = await readStateDir(dir);

    expect(result.quarantine).toEqual({ numbers: [] });
    expect(result.issues.map((i) => `${i.file}#${i.pointer} ${i.rule}`)).toContain(
      'state/numbers/quarantine.json#/numbers/0/kind schema:enum',
    );
  });

  it('tells which files are in canonical form, and still finds duplicate keys in the others', async () => {
    const canonical = renderStateFile(buildUser('1'));
    const dir = await stateWith({
      '1.json': canonical,
      '2.json': JSON.stringify(buildUser('2')),
      '3.json': `\ufeff${renderStateFile(buildUser('3'))}`,
      '4.json': canonical.replace('"key": "1"', '"key": "4"').replace('{\n', '{\n  "status": "active",\n'),
    });

    const result = await readStateDir(dir);

    expect([...result.users].map(([key, entry]) => [key, entry.canonical])).toEqual([
      ['1', true],
      ['2', false],
      ['3', false],
    ]);
    expect(result.issues.map((i) => `${i.file}#${i.pointer} ${i.rule}`)).toEqual([
      'state/users/4.json#/status json-duplicate-key',
    ]);
  });

  it('reports a deeply nested file as invalid rather than overflowing the stack', async () => {
    const depth = 20_000;
    const dir = await stateWith({ 'x.json': `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}` });

    const result = await readStateDir(dir);

    expect(result.users.size).toBe(0);
    expect(result.issues.map((i) => `${i.file}#${i.pointer} ${i.rule}`)).toContain(
      'state/users/x.json#/key schema:required',
    );
  });

  it('hands out frozen states, so that no one can change a state in place and have the writer skip it', async () => {
    const dir = await stateWith({ '1.json': renderStateFile(buildUser('1')) });

    const state = (await readStateDir(dir)).users.get('1')!.state;

    expect(() => {
      state.status = 'disabled';
    }).toThrow(TypeError);
    expect(() => {
      state.user.lastname = 'Other';
    }).toThrow(TypeError);
    expect(state.status).toBe('active');
  });
});
