import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateQuarantineFile, validateUserState } from '../../src/state/index.ts';
import { buildUser } from '../helpers/builders.ts';
import { repoRoot } from '../helpers/tmp-dir.ts';

const fixture = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(repoRoot, 'test/fixtures/validate', name), 'utf8'));

describe('validateUserState', () => {
  it('accepts a complete valid state', () => {
    const state = buildUser('1042', { agent: { number: '81042', context: 'default' } });

    const result = validateUserState(state, 'state/users/1042.json');

    expect(result).toEqual({ ok: true, state });
  });

  it('reports every problem of a bad file at once, with pointer, value and rule', async () => {
    const json = await fixture('bad-user-many-problems.json');

    const result = validateUserState(json, 'bad.json');

    expect(result.ok).toBe(false);
    const found = result.ok ? [] : result.issues.map((i) => [i.pointer, i.rule, i.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/key', 'schema:pattern', '../../etc/passwd'],
        ['/since', 'schema:required', undefined],
        ['/site', 'schema:pattern', 'Paris'],
        ['/user/firstname', 'schema:required', undefined],
        ['/user/language', 'schema:pattern', 'french'],
        ['/user/email', 'schema:pattern', 'not an address'],
        ['/user/caller_id', 'schema:pattern', 'Alice <1042>'],
        ['/user/password', 'schema:additionalProperties', 'hunter2'],
        ['/line/extension', 'schema:pattern', '_1XXX'],
        ['/did/number', 'schema:pattern', '0123456742'],
        ['/voicemail/number', 'schema:pattern', '42a'],
        ['/voicemail/name', 'schema:required', undefined],
        ['/callPermissions', 'schema:uniqueItems', undefined],
        ['/callPermissions/2', 'schema:pattern', 'Intl'],
        ['/contact/nickname', 'schema:additionalProperties', 'Al'],
        ['/createdAt', 'schema:additionalProperties', '2026-11-26T12:00:00Z'],
      ]),
    );
    // Noise from composite rules (anyOf over null, if/then) is not reported.
    expect(found).toHaveLength(16);
    expect(result.ok ? [] : result.issues.every((i) => i.file === 'bad.json')).toBe(true);
  });

  it.each([
    ['an unknown top-level field', { nickname: 'x' }, '/nickname', "unknown field 'nickname'"],
    [
      'since on an active user',
      { since: '2026-11-01' },
      '/since',
      'since is only allowed when status is disabled',
    ],
    ['an impossible date', { status: 'disabled', since: '2026-02-30' }, '/since', 'must match format "date"'],
    [
      'a DID that is not E.164',
      { did: { number: '+0123', exten: '0123', context: 'x' } },
      '/did/number',
      'must match',
    ],
    [
      'a context name that is too long',
      { line: { context: 'c'.repeat(40), extension: '1' } },
      '/line/context',
      'must match',
    ],
    ['an unknown status', { status: 'deleted' }, '/status', 'must be one of: active, disabled'],
  ])('rejects %s', (_name, overrides, pointer, message) => {
    const result = validateUserState({ ...buildUser('7'), ...overrides }, 'f.json');

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(
      expect.objectContaining({ pointer, message: expect.stringContaining(message) as string }),
    );
  });

  it.each([
    ['a disabled user with its date', { status: 'disabled', since: '2026-11-02' }],
    ['no resources at all', { line: null, did: null, voicemail: null, agent: null, callPermissions: [] }],
    [
      'absent resources',
      { line: undefined, did: undefined, voicemail: undefined, callPermissions: undefined },
    ],
    ['a $schema reference', { $schema: '../../schemas/user.schema.json' }],
  ])('accepts %s', (_name, overrides) => {
    const state = JSON.parse(JSON.stringify({ ...buildUser('7'), ...overrides })) as unknown;

    expect(validateUserState(state, 'f.json').ok).toBe(true);
  });

  it.each([null, 42, 'text', [], {}])('rejects a document that is %j', (json) => {
    const result = validateUserState(json, 'f.json');

    expect(result.ok).toBe(false);
  });
});

describe('validateQuarantineFile', () => {
  it('reports every problem of a bad quarantine list', async () => {
    const result = validateQuarantineFile(await fixture('bad-quarantine.json'), 'q.json');

    expect(result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.rule}`)).toEqual([
      '/numbers/0/releasedOn schema:format',
      '/numbers/1/previousKey schema:required',
      '/numbers/1/kind schema:enum',
    ]);
  });
});
