import { describe, expect, it } from 'vitest';
import { computePlan, sipUsername, type Plan, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { InventoryBuilder, inSync } from './builders.ts';

const options: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

function stepSummary(plan: Plan): Array<[string, string[]]> {
  return plan.steps.map((s) => [s.id, s.dependsOn]);
}

describe('computePlan', () => {
  it('creates a new hire with every sub-resource in confd order', () => {
    const b = new InventoryBuilder();
    b.permission('international');
    const state = buildLineOnlyUser('k1', {
      did: { number: '+33123456742', exten: '0123456742', context: 'from-extern' },
      voicemail: { number: '1042', context: 'default', name: 'Alice Martin' },
      agent: { number: '8042', context: 'default' },
      callPermissions: ['international'],
    });

    const plan = computePlan([state], b.inv, options);

    expect(stepSummary(plan)).toEqual([
      ['u:k1:user', []],
      ['u:k1:line', []],
      ['u:k1:sip', []],
      ['u:k1:line-sip', ['u:k1:line', 'u:k1:sip']],
      ['u:k1:ext', []],
      ['u:k1:line-ext', ['u:k1:ext', 'u:k1:line-sip']],
      ['u:k1:user-line', ['u:k1:line-ext', 'u:k1:line-sip', 'u:k1:user']],
      ['u:k1:incall', ['u:k1:user']],
      ['u:k1:did-ext', []],
      ['u:k1:incall-ext', ['u:k1:did-ext', 'u:k1:incall']],
      ['u:k1:vm', []],
      ['u:k1:user-vm', ['u:k1:user', 'u:k1:vm']],
      ['u:k1:agent', []],
      ['u:k1:user-agent', ['u:k1:agent', 'u:k1:user']],
      ['u:k1:perm:international', ['u:k1:user']],
    ]);
    expect(plan.steps[0]?.action).toEqual({
      op: 'create',
      resource: 'user',
      body: {
        firstname: 'Alice',
        lastname: 'Martin',
        email: 'k1@example.com',
        username: 'k1',
        userfield: 'k1',
        enabled: true,
      },
      generate: ['user-password'],
    });
    expect(plan.steps.find((s) => s.id === 'u:k1:incall')?.action).toEqual({
      op: 'create',
      resource: 'incall',
      body: {},
      destinationUser: { ref: 'u:k1:user' },
    });
    expect(plan.steps.find((s) => s.id === 'u:k1:vm')?.action).toMatchObject({ generate: ['voicemail-pin'] });
    expect(plan.summary).toMatchObject({ create: 1, steps: 15, renumber: 0 });
    expect(plan.people[0]?.kind).toBe('create');
  });

  it('plans nothing for a managed user in sync, and never touches unmarked users', () => {
    const b = new InventoryBuilder();
    inSync(b);
    b.user({ firstname: 'Hand', lastname: 'Made', email: 'hand@example.com' });

    const plan = computePlan([buildLineOnlyUser('k1')], b.inv, options);

    expect(plan.steps).toEqual([]);
    expect(plan.people.map((p) => [p.key, p.kind])).toEqual([['k1', 'noop']]);
    expect(plan.safety.refused).toBe(false);
  });

  it('adopts an unmarked user matching by e-mail: marks it with the key and re-uses what it has', () => {
    const b = new InventoryBuilder();
    const user = b.user({ firstname: 'Alice', lastname: 'Martin', email: 'K1@example.com', username: 'k1' });
    b.line({ context: 'default', sip: 'abcdef12', exten: '1042', user });

    const plan = computePlan(
      [
        buildLineOnlyUser('k1', {
          user: { firstname: 'Alice', lastname: 'Martin', email: 'K1@example.com', username: 'k1' },
        }),
      ],
      b.inv,
      options,
    );

    expect(plan.people[0]).toMatchObject({ kind: 'adopt', userId: user.id });
    expect(plan.people[0]?.fields).toEqual([{ field: 'userfield', old: null, new: 'k1' }]);
    expect(plan.steps.map((s) => s.id)).toEqual(['u:k1:user']);
  });

  it('adopts by username when the e-mail matches nobody, and never when the match is ambiguous', () => {
    const b = new InventoryBuilder();
    const byName = b.user({ firstname: 'Bob', email: 'old@example.com', username: 'bob' });
    b.user({ firstname: 'Twin', email: 'twin@example.com' });
    b.user({ firstname: 'Twin', email: 'TWIN@example.com' });
    const bob = buildLineOnlyUser('bob', {
      user: { firstname: 'Bob', email: 'bob@example.com', username: 'bob' },
    });
    const twin = buildLineOnlyUser('twin', { user: { firstname: 'Twin', email: 'twin@example.com' } });

    const plan = computePlan([bob, twin], b.inv, options);

    expect(plan.people.map((p) => [p.key, p.kind, p.userId])).toEqual([
      ['bob', 'adopt', byName.id],
      ['twin', 'blocked', null],
    ]);
    expect(plan.people[1]?.problems).toEqual([
      'several unmarked XiVO users share email twin@example.com; none adopted',
      'not created: XiVO user 102 already has email twin@example.com',
    ]);
    expect(plan.steps.filter((s) => s.key === 'twin')).toEqual([]);
  });

  it('updates only the fields that differ, and never sends xivo-owned or unmapped fields', () => {
    const b = new InventoryBuilder();
    const user = inSync(b);
    (user.fields as Record<string, unknown>)['outgoing_caller_id'] = '"Hand set" <123>';
    (user.fields as Record<string, unknown>)['mobile_phone_number'] = '+33600000001';
    const state = buildLineOnlyUser('k1');
    state.user = { ...state.user, lastname: 'Martin-Durand', mobile_phone_number: '+33699999999' };

    const plan = computePlan([state], b.inv, { ...options, fieldOwners: { mobile_phone_number: 'xivo' } });

    expect(plan.steps).toEqual([
      {
        id: 'u:k1:user',
        key: 'k1',
        action: {
          op: 'update',
          resource: 'user',
          target: { id: user.id },
          changes: [{ field: 'lastname', old: 'Martin', new: 'Martin-Durand' }],
        },
        dependsOn: [],
        description: 'update user Alice Martin-Durand: lastname',
      },
    ]);
  });

  it('disables a disabled person and keeps the numbers; removes them after the grace period', () => {
    const b = new InventoryBuilder();
    inSync(b);
    const disabled = buildLineOnlyUser('k1', { status: 'disabled', since: '2026-11-01' });

    const within = computePlan([disabled], b.inv, { ...options, graceDays: 30 });
    const after = computePlan([disabled], b.inv, { ...options, graceDays: 20 });

    expect(within.people[0]?.kind).toBe('disable');
    expect(within.steps.map((s) => s.action)).toEqual([
      {
        op: 'update',
        resource: 'user',
        target: { id: 100 },
        changes: [{ field: 'enabled', old: true, new: false }],
      },
    ]);
    expect(after.people[0]?.kind).toBe('delete');
  });

  it('tears a removed person down in confd order', () => {
    const b = new InventoryBuilder();
    const user = inSync(b);
    b.incall({ user, exten: '0123456742' });
    b.voicemail({ number: '1042', context: 'default', name: 'Alice', user });
    b.agent('8042', user);

    const plan = computePlan([], b.inv, options);

    expect(stepSummary(plan)).toEqual([
      ['u:k1:vm:unlink', []],
      ['u:k1:vm:delete', ['u:k1:vm:unlink']],
      ['u:k1:line:101:ext:103:unlink', []],
      ['u:k1:line:101:ext:103:delete', ['u:k1:line:101:ext:103:unlink']],
      ['u:k1:line:101:unlink', ['u:k1:line:101:ext:103:unlink']],
      ['u:k1:line:101:delete', ['u:k1:line:101:ext:103:unlink', 'u:k1:line:101:unlink']],
      ['u:k1:agent:delete', []],
      ['u:k1:incall:104:delete', []],
      ['u:k1:incall:104:ext:105:delete', ['u:k1:incall:104:delete']],
      [
        'u:k1:user:delete',
        ['u:k1:agent:delete', 'u:k1:incall:104:delete', 'u:k1:line:101:delete', 'u:k1:vm:delete'],
      ],
    ]);
    expect(plan.summary.delete).toBe(1);
  });

  it('renumbers an extension in place and counts it', () => {
    const b = new InventoryBuilder();
    inSync(b, 'k1', '1042');

    const plan = computePlan(
      [buildLineOnlyUser('k1', { line: { context: 'default', extension: '1043' } })],
      b.inv,
      options,
    );

    expect(plan.people[0]?.renumbering).toEqual([
      { resource: 'extension', old: '1042@default', new: '1043@default' },
    ]);
    expect(plan.steps.map((s) => s.action)).toEqual([
      {
        op: 'update',
        resource: 'extension',
        target: { id: 103 },
        changes: [{ field: 'exten', old: '1042', new: '1043' }],
      },
    ]);
    expect(plan.summary.renumber).toBe(1);
  });

  it('moves a person to another site: the old extension goes, the line changes context', () => {
    const b = new InventoryBuilder();
    inSync(b, 'k1', '1042');

    const plan = computePlan(
      [buildLineOnlyUser('k1', { line: { context: 'lyon', extension: '2042' } })],
      b.inv,
      options,
    );

    expect(stepSummary(plan)).toEqual([
      ['u:k1:line-ext:old', []],
      ['u:k1:ext:old', ['u:k1:line-ext:old']],
      ['u:k1:line:context', ['u:k1:line-ext:old']],
      ['u:k1:ext', ['u:k1:line-ext:old']],
      ['u:k1:line-ext', ['u:k1:ext', 'u:k1:line-ext:old', 'u:k1:line:context']],
    ]);
  });

  it('re-uses a free extension, an unused voicemail, our SIP endpoint and an orphan line', () => {
    const b = new InventoryBuilder();
    const ext = b.extension('1042', 'default');
    const vm = b.voicemail({ number: '1042', context: 'default', name: 'Alice Martin' });
    const orphan = b.line({ context: 'default' });
    b.inv.endpointsSip.push({ id: 999, username: sipUsername('k1') });
    const state = buildLineOnlyUser('k1', {
      voicemail: { number: '1042', context: 'default', name: 'Alice Martin' },
    });

    const plan = computePlan([state], b.inv, options);

    expect(plan.steps.map((s) => [s.id, s.action])).toEqual([
      ['u:k1:user', expect.objectContaining({ op: 'create', resource: 'user' })],
      ['u:k1:line-sip', { op: 'associate', relation: 'line-sip', left: { id: orphan }, right: { id: 999 } }],
      [
        'u:k1:line-ext',
        { op: 'associate', relation: 'line-extension', left: { id: orphan }, right: { id: ext } },
      ],
      [
        'u:k1:user-line',
        { op: 'associate', relation: 'user-line', left: { ref: 'u:k1:user' }, right: { id: orphan } },
      ],
      [
        'u:k1:user-vm',
        { op: 'associate', relation: 'user-voicemail', left: { ref: 'u:k1:user' }, right: { id: vm } },
      ],
    ]);
    expect(plan.people[0]?.resources).toEqual([
      { resource: 'line', change: 'reuse', old: null, new: '1042@default' },
      { resource: 'voicemail', change: 'reuse', old: null, new: '1042@default' },
    ]);
  });

  it('lets a person take a number another one gives up, after they gave it up', () => {
    const b = new InventoryBuilder();
    inSync(b, 'a', '1042');
    const plan = computePlan(
      [
        buildLineOnlyUser('a', { line: { context: 'default', extension: '1050' } }),
        buildLineOnlyUser('b', { line: { context: 'default', extension: '1042' } }),
      ],
      b.inv,
      options,
    );

    expect(plan.steps.find((s) => s.id === 'u:b:ext')?.dependsOn).toEqual(['u:a:ext']);
    expect(plan.steps.findIndex((s) => s.id === 'u:a:ext')).toBeLessThan(
      plan.steps.findIndex((s) => s.id === 'u:b:ext'),
    );
    expect(plan.summary.problems).toBe(0);
  });

  it('lists drift against the last applied state and plans it back', () => {
    const b = new InventoryBuilder();
    const user = inSync(b);
    (user.fields as Record<string, unknown>)['lastname'] = 'Edited By Hand';

    const plan = computePlan([buildLineOnlyUser('k1')], b.inv, {
      ...options,
      lastApplied: new Map([['k1', buildLineOnlyUser('k1')]]),
    });

    expect(plan.people[0]?.drift).toEqual([{ field: 'lastname', old: 'Edited By Hand', new: 'Martin' }]);
    expect(plan.summary.drift).toBe(1);
    expect(plan.steps).toHaveLength(1);
  });

  it('refuses above the deletion threshold unless overridden', () => {
    const b = new InventoryBuilder();
    for (const key of ['a', 'b', 'c']) inSync(b, key, `10${key.charCodeAt(0) - 90}`);
    const limits = { users: { count: 1 } };

    const refused = computePlan([], b.inv, { ...options, maxDeletes: limits });
    const allowed = computePlan([], b.inv, { ...options, maxDeletes: limits, allowDeletions: 3 });

    expect(refused.safety.refused).toBe(true);
    expect(refused.safety.reasons).toEqual([
      'would delete 3 users, above the limit (1); review and re-run with --allow-deletions 3',
    ]);
    expect(allowed.safety.refused).toBe(false);
  });

  it('is deterministic whatever the input order', () => {
    const b = new InventoryBuilder();
    inSync(b, 'b', '1001');
    const states = [
      buildLineOnlyUser('c', { line: { context: 'default', extension: '1003' } }),
      buildLineOnlyUser('a', { line: { context: 'default', extension: '1002' } }),
    ];

    const one = computePlan(states, b.inv, options);
    const two = computePlan([...states].reverse(), { ...b.inv, users: [...b.inv.users].reverse() }, options);

    expect(JSON.parse(JSON.stringify(two))).toEqual(JSON.parse(JSON.stringify(one)));
    expect(one.people.map((p) => p.key)).toEqual(['a', 'b', 'c']);
  });

  it('reports a call permission that does not exist instead of failing the person', () => {
    const b = new InventoryBuilder();
    inSync(b);

    const plan = computePlan([buildLineOnlyUser('k1', { callPermissions: ['missing'] })], b.inv, options);

    expect(plan.people[0]?.problems).toEqual([
      "call permission 'missing' does not exist in XiVO; not granted",
    ]);
    expect(plan.steps).toEqual([]);
  });
});
