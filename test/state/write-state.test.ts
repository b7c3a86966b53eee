import { lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readStateDir,
  renderStateFile,
  StateError,
  writeStateDir,
  type UserState,
} from '../../src/state/index.ts';
import { buildUser } from '../helpers/builders.ts';
import { repoRoot, testdir } from '../helpers/tmp-dir.ts';

describe('renderStateFile', () => {
  it('puts $schema first, sorts keys recursively, indents by 2 and ends with a newline', () => {
    const state = { user: { lastname: 'B', firstname: 'A' }, status: 'active', key: 'k', dn: 'x', site: 's' };

    const text = renderStateFile(state as UserState);

    expect(text).toBe(
      [
        '{',
        '  "$schema": "../../schemas/user.schema.json",',
        '  "dn": "x",',
        '  "key": "k",',
        '  "site": "s",',
        '  "status": "active",',
        '  "user": {',
        '    "firstname": "A",',
        '    "lastname": "B"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reproduces every committed example file byte for byte', async () => {
    const { users } = await readStateDir(path.join(repoRoot, 'state'));

    expect(users.size).toBeGreaterThan(0);
    for (const { file, state } of users.values())
      expect(renderStateFile(state)).toBe(await readFile(path.join(repoRoot, file), 'utf8'));
  });

  it('does not depend on the order keys were set in', () => {
    const a = buildUser('1');
    const b = Object.fromEntries(Object.entries(a).reverse()) as unknown as UserState;

    expect(renderStateFile(b)).toBe(renderStateFile(a));
  });
});

describe('writeStateDir', () => {
  it('writes new files, then rewrites only the files whose bytes change', async () => {
    const dir = path.join(await testdir(), 'state');
    const first = await writeStateDir(dir, {
      write: new Map([
        ['1', buildUser('1')],
        ['2', buildUser('2')],
      ]),
    });
    const before = await stat(path.join(dir, 'users', '2.json'), { bigint: true });

    const second = await writeStateDir(dir, {
      write: new Map([
        ['1', buildUser('1', { status: 'disabled', since: '2026-11-26' })],
        ['2', buildUser('2')],
      ]),
    });

    expect(first).toEqual({ written: ['state/users/1.json', 'state/users/2.json'], removed: [] });
    expect(second).toEqual({ written: ['state/users/1.json'], removed: [] });
    expect((await stat(path.join(dir, 'users', '2.json'), { bigint: true })).mtimeNs).toBe(before.mtimeNs);
    expect(await readFile(path.join(dir, 'users', '1.json'), 'utf8')).toContain('"since": "2026-11-26"');
    expect(await readdir(path.join(dir, 'users'))).toEqual(['1.json', '2.json']);
  });

  it('removes files and reports only those that existed', async () => {
    const dir = path.join(await testdir(), 'state');
    await writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) });

    const result = await writeStateDir(dir, { remove: ['1', 'never-existed'] });

    expect(result).toEqual({ written: [], removed: ['state/users/1.json'] });
  });

  it('writes nothing when any state is invalid, and lists every problem', async () => {
    const dir = path.join(await testdir(), 'state');
    const bad = { ...buildUser('2'), user: { firstname: '' } };

    const attempt = writeStateDir(dir, {
      write: new Map([
        ['1', buildUser('1')],
        ['2', bad],
        ['3', buildUser('4')],
      ]),
    });

    await expect(attempt).rejects.toThrow(StateError);
    const error = (await attempt.catch((e: unknown) => e)) as StateError;
    expect(error.issues.map((i) => `${i.file}#${i.pointer} ${i.rule}`)).toEqual([
      'state/users/2.json#/user/firstname schema:minLength',
      'state/users/3.json#/key file-name-matches-key',
    ]);
    await expect(lstat(path.join(dir, 'users', '1.json'))).rejects.toThrow(/ENOENT/);
  });

  it.each(['../escape', '.hidden', 'a/b', ''])(
    'refuses the key %j, which would escape state/users/',
    async (key) => {
      const dir = path.join(await testdir(), 'state');

      await expect(writeStateDir(dir, { remove: [key] })).rejects.toThrow(/invalid state key/);
    },
  );

  it('skips, without reading the disk, the very state read from a canonical file', async () => {
    const dir = path.join(await testdir(), 'state');
    await writeStateDir(dir, {
      write: new Map([
        ['1', buildUser('1')],
        ['2', buildUser('2')],
        ['3', buildUser('3')],
      ]),
    });
    const read = await readStateDir(dir);
    // Edited on disk after the read: the writer trusts what it was given.
    for (const key of ['1', '3'])
      await writeFile(path.join(dir, 'users', `${key}.json`), 'edited after the read');

    const result = await writeStateDir(dir, {
      write: new Map([
        ['1', read.users.get('1')!.state],
        ['2', buildUser('2', { status: 'disabled', since: '2026-11-26' })],
        // Equal, but not the object that was read: compared with the file, which changed.
        ['3', buildUser('3')],
        ['4', buildUser('4')],
      ]),
      current: read.users,
    });

    expect(result.written).toEqual(['state/users/2.json', 'state/users/3.json', 'state/users/4.json']);
    expect(await readFile(path.join(dir, 'users', '1.json'), 'utf8')).toBe('edited after the read');
    expect(await readFile(path.join(dir, 'users', '3.json'), 'utf8')).toBe(renderStateFile(buildUser('3')));
  });

  it('does not rewrite an equal state whose file is unchanged, even when it is not the object read', async () => {
    const dir = path.join(await testdir(), 'state');
    await writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) });
    const read = await readStateDir(dir);

    const result = await writeStateDir(dir, { write: new Map([['1', buildUser('1')]]), current: read.users });

    expect(result.written).toEqual([]);
  });

  it('rewrites a file whose only difference is a byte order mark, which reading leaves out', async () => {
    const dir = path.join(await testdir(), 'state');
    await writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) });
    const file = path.join(dir, 'users', '1.json');
    await writeFile(file, `\ufeff${renderStateFile(buildUser('1'))}`);
    const read = await readStateDir(dir);
    expect(read.users.get('1')?.state.key).toBe('1');

    expect(read.users.get('1')?.canonical).toBe(false);
    const result = await writeStateDir(dir, {
      write: new Map([['1', read.users.get('1')!.state]]),
      current: read.users,
    });

    expect(result.written).toEqual(['state/users/1.json']);
    expect(await readFile(file, 'utf8')).toBe(renderStateFile(buildUser('1')));
  });

  it('never follows a symbolic link planted at the temporary file name', async () => {
    const root = await testdir();
    const dir = path.join(root, 'state');
    await mkdir(path.join(dir, 'users'), { recursive: true });
    await writeFile(path.join(root, 'target.json'), 'untouched');
    await symlink(path.join(root, 'target.json'), path.join(dir, 'users', `.1.json.${process.pid}.tmp`));

    const result = await writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) });

    expect(result.written).toEqual(['state/users/1.json']);
    expect(await readFile(path.join(root, 'target.json'), 'utf8')).toBe('untouched');
    expect(await readFile(path.join(dir, 'users', '1.json'), 'utf8')).toBe(renderStateFile(buildUser('1')));
  });

  it('refuses to write through a symbolic link', async () => {
    const root = await testdir();
    const dir = path.join(root, 'state');
    await mkdir(path.join(dir, 'users'), { recursive: true });
    await writeFile(path.join(root, 'target.json'), 'untouched');
    await symlink(path.join(root, 'target.json'), path.join(dir, 'users', '1.json'));

    await expect(writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) })).rejects.toThrow(
      /not a regular file/,
    );
    expect(await readFile(path.join(root, 'target.json'), 'utf8')).toBe('untouched');
  });

  it('refuses to write or remove in a symlinked folder leading outside state/', async () => {
    const root = await testdir();
    await mkdir(path.join(root, 'elsewhere'));
    const dir = path.join(root, 'state');
    await mkdir(dir);
    await symlink(path.join(root, 'elsewhere'), path.join(dir, 'users'));

    await writeFile(path.join(root, 'elsewhere', '2.json'), 'keep me');

    await expect(writeStateDir(dir, { write: new Map([['1', buildUser('1')]]) })).rejects.toThrow(
      'refusing to write: state/users leads outside state/',
    );
    await expect(writeStateDir(dir, { remove: ['2'] })).rejects.toThrow(
      'refusing to write: state/users leads outside state/',
    );
    expect(await readdir(path.join(root, 'elsewhere'))).toEqual(['2.json']);
  });

  it('writes the quarantine list sorted and canonical', async () => {
    const dir = path.join(await testdir(), 'state');
    const numbers = [
      {
        kind: 'extension' as const,
        number: '6702',
        context: 'default',
        releasedOn: '2026-10-01',
        previousKey: 'b',
      },
      { kind: 'did' as const, number: '+33123456702', releasedOn: '2026-10-01', previousKey: 'b' },
    ];

    await writeStateDir(dir, { quarantine: { numbers } });

    const { quarantine, issues } = await readStateDir(dir);
    expect(issues).toEqual([]);
    expect(quarantine.numbers.map((n) => n.kind)).toEqual(['did', 'extension']);
    expect(quarantine.$schema).toBe('../../schemas/quarantine.schema.json');
  });
});
