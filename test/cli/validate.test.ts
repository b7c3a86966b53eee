import { mkdir, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { captureCli } from '../helpers/cli.ts';
import { exampleCopy, repoRoot } from '../helpers/tmp-dir.ts';

async function editJson(file: string, change: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  change(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

describe('xivo-sync validate', () => {
  it('passes on the example of the repository (default directory: the working directory)', async () => {
    const io = captureCli({ cwd: repoRoot });

    const code = await runCli(['validate'], io.ctx);

    expect(io.err()).toBe('');
    expect(io.out()).toBe('ok: 8 state files, 3 mapping files\n');
    expect(code).toBe(0);
  });

  it('prints every problem of a broken copy, one line each with file, pointer, value and rule, and exits 1', async () => {
    const dir = await exampleCopy();
    const users = path.join(dir, 'state', 'users');
    // Schema problems in one file, cross-file problems in others, a mapping problem, hostile files.
    await editJson(path.join(users, '1102.json'), (s) => {
      (s['user'] as Record<string, unknown>)['language'] = 'fr';
      s['nickname'] = 'FX';
    });
    await editJson(path.join(users, '1103.json'), (s) => {
      s['line'] = { context: 'default', extension: '6701' };
      s['agent'] = { number: '86701', context: 'default' };
    });
    await editJson(path.join(users, '1202.json'), (s) => (s['key'] = '1299'));
    await writeFile(path.join(users, 'broken.json'), '{"key": "broken",\n "status": }');
    await writeFile(
      path.join(dir, 'mappings', 'operations.yml'),
      (await readFile(path.join(dir, 'mappings', 'operations.yml'), 'utf8')).replace(
        '${XIVO_PASSWORD}',
        'Sup3rS3cret',
      ),
    );
    const io = captureCli({ cwd: dir });

    const code = await runCli(['validate'], io.ctx);

    expect(code).toBe(1);
    expect(io.out().split('\n').filter(Boolean)).toEqual([
      'mappings/operations.yml#/xivo/password: must be an environment variable reference written exactly ${NAME}: secrets are never written in mappings/ (value hidden) (line 32, rule: schema:pattern)',
      `state/users/1102.json#/nickname: unknown field 'nickname' (allowed: key, status, since, dn, site, user, line, did, voicemail, agent, callPermissions, contact) (value: "FX", rule: schema:additionalProperties)`,
      'state/users/1102.json#/user/language: must match ^[a-z]{2}_[A-Z]{2}$ (value: "fr", rule: schema:pattern)',
      'state/users/1103.json#/line/extension: extension 6701@default is also used by state/users/1101.json (value: "6701@default", rule: unique-extension)',
      "state/users/1202.json#/key: key '1299' does not match the file name '1202.json' (value: \"1299\", rule: file-name-matches-key)",
      "state/users/broken.json#: invalid JSON at line 2, column 12: Unexpected token '}' (rule: json-syntax)",
    ]);
    expect(io.out()).not.toContain('Sup3rS3cret');
    expect(io.err()).toBe('6 problem(s) in 5 file(s)\n');
  });

  it('checks cross-file rules once the files are valid', async () => {
    const dir = await exampleCopy();
    const users = path.join(dir, 'state', 'users');
    await editJson(path.join(users, '1103.json'), (s) => {
      s['line'] = { context: 'default', extension: '6701' };
      s['voicemail'] = null;
      s['agent'] = { number: '82000', context: 'default' };
    });
    await editJson(
      path.join(users, '1203.json'),
      (s) => (s['line'] = { context: 'default', extension: '3000' }),
    );
    const io = captureCli();

    const code = await runCli(['validate', '--dir', dir], io.ctx);

    expect(code).toBe(1);
    expect(io.out().split('\n').filter(Boolean)).toEqual([
      'state/users/1103.json#/line/extension: extension 6701@default is also used by state/users/1101.json (value: "6701@default", rule: unique-extension)',
      'state/users/1201.json#/agent/number: agent number 82000 is also used by state/users/1103.json (value: "82000", rule: unique-agent)',
      'state/users/1203.json#/line/extension: extension is outside site \'lyon\' extension ranges (2000-2099) (value: "3000", rule: extension-in-range)',
    ]);
  });

  it('reports a template syntax error in the mapping file that holds it, and exits 1', async () => {
    const dir = await exampleCopy();
    const telephony = path.join(dir, 'mappings', 'telephony.yml');
    await writeFile(
      telephony,
      (await readFile(telephony, 'utf8')).replace(`'"{{givenName}} {{sn}}"'`, `'{{givenName'`),
    );
    const io = captureCli({ cwd: dir });

    const code = await runCli(['validate'], io.ctx);

    expect(code).toBe(1);
    expect(io.out()).toBe(
      'mappings/telephony.yml#/fields/caller_id/template: template "{{givenName", position 1: unclosed "{{" (a placeholder ends with "}}") (line 24, value: "{{givenName", rule: template)\n',
    );
    expect(io.err()).toBe('1 problem(s) in 1 file(s)\n');
  });

  it('prints the result as JSON with --json', async () => {
    const dir = await exampleCopy();
    await editJson(path.join(dir, 'state', 'users', '1101.json'), (s) => (s['status'] = 'gone'));
    const io = captureCli();

    const code = await runCli(['validate', '--json', '--dir', dir], io.ctx);

    expect(code).toBe(1);
    expect(JSON.parse(io.out())).toEqual({
      ok: false,
      stateFiles: 8,
      mappingFiles: 3,
      issues: [
        {
          file: 'state/users/1101.json',
          pointer: '/status',
          message: 'must be one of: active, disabled',
          value: 'gone',
          rule: 'schema:enum',
        },
      ],
    });
  });

  it('prints ok: true as JSON on a valid repository', async () => {
    const io = captureCli({ cwd: repoRoot });

    const code = await runCli(['validate', '--json'], io.ctx);

    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ ok: true, stateFiles: 8, mappingFiles: 3, issues: [] });
  });

  describe('hostile input: a clear message, never a crash or a stack trace', () => {
    it.each<[string, (users: string, dir: string) => Promise<void>, RegExp]>([
      [
        'invalid JSON',
        (u) => writeFile(path.join(u, 'x.json'), '{"key": "x",'),
        /^state\/users\/x\.json#: invalid JSON at line 1, column 13: Expected double-quoted property name \(rule: json-syntax\)$/,
      ],
      [
        'a 50 MB file',
        async (u) => {
          const handle = await open(path.join(u, 'big.json'), 'w');
          await handle.truncate(50 * 1024 * 1024);
          await handle.close();
        },
        /^state\/users\/big\.json#: is 50\.0 MiB, larger than the 1\.0 MiB limit \(rule: file-too-large\)$/,
      ],
      [
        'a symlink outside state/',
        (u, d) => symlink(path.join(d, 'mappings', 'directory.yml'), path.join(u, 'link.json')),
        /^state\/users\/link\.json#: is a symbolic link pointing outside state\/; refusing to read it \(rule: symlink-escape\)$/,
      ],
      [
        'a key with ../',
        (u) => editJson(path.join(u, '1101.json'), (s) => (s['key'] = '../../etc/passwd')),
        /^state\/users\/1101\.json#\/key: must be 1 to 128 letters, digits, .* \(the key is the file name, so no '\/' or '\.\.'\) \(value: "\.\.\/\.\.\/etc\/passwd", rule: schema:pattern\)$/,
      ],
      [
        'unknown fields',
        (u) => editJson(path.join(u, '1101.json'), (s) => (s['__proto__x'] = { a: 1 })),
        /^state\/users\/1101\.json#\/__proto__x: unknown field '__proto__x' .*\(rule: schema:additionalProperties\)$/,
      ],
      [
        'deeply nested JSON',
        (u) => writeFile(path.join(u, 'deep.json'), `${'['.repeat(400_000)}${']'.repeat(400_000)}`),
        /^state\/users\/deep\.json#: must be object \(rule: schema:type\)$/,
      ],
      [
        'deeply nested YAML',
        (_u, d) =>
          writeFile(
            path.join(d, 'mappings', 'deep.yml'),
            `deep: ${'['.repeat(300_000)}${']'.repeat(300_000)}\n`,
          ),
        /^mappings\/deep\.yml#: invalid YAML/,
      ],
      [
        'a file name with a newline',
        (u) => writeFile(path.join(u, 'evil\nok: 9 state files.json'), '{}'),
        /^state\/users\/evil\\u000aok: 9 state files\.json#\/dn: required field 'dn' is missing \(rule: schema:required\)$/,
      ],
      [
        'a state directory that is a file',
        async (_u, d) => {
          await rm(path.join(d, 'state'), { recursive: true });
          await writeFile(path.join(d, 'state'), 'not a directory');
        },
        /^state\/users#: cannot be listed \(rule: unreadable\)$/,
      ],
    ])('%s', async (_name, breakIt, line) => {
      const dir = await exampleCopy();
      await breakIt(path.join(dir, 'state', 'users'), dir);
      const io = captureCli({ cwd: dir });

      const code = await runCli(['validate'], io.ctx);

      expect(code).toBe(1);
      expect(io.out().split('\n').filter(Boolean)).toContainEqual(expect.stringMatching(line));
      expect(io.err()).not.toMatch(/internal error| {4}at /);
    });
  });

  it('reports a missing repository directory as a problem', async () => {
    const io = captureCli();

    const code = await runCli(['validate', '--dir', path.join(repoRoot, 'no-such-dir')], io.ctx);

    expect(code).toBe(1);
    expect(io.out()).toBe('mappings/#: directory not found (rule: missing-mappings)\n');
  });

  it('works on an empty state/ with valid mappings', async () => {
    const dir = await exampleCopy();
    await rm(path.join(dir, 'state'), { recursive: true });
    await mkdir(path.join(dir, 'state'));
    const io = captureCli({ cwd: dir });

    const code = await runCli(['validate'], io.ctx);

    expect(io.out()).toBe('ok: 0 state files, 3 mapping files\n');
    expect(code).toBe(0);
  });
});
