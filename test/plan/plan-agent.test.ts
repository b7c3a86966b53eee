import { describe, expect, it } from 'vitest';
import { computePlan, sipUsername, type Plan, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { InventoryBuilder } from './builders.ts';

const options: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

/** k1 in sync with `buildLineOnlyUser('k1')`. */
function inSync(b: InventoryBuilder) {
  const user = b.user({
    firstname: 'Alice',
    lastname: 'Martin',
    email: 'k1@example.com',
    username: 'k1',
    userfield: 'k1',
  });
  b.line({ context: 'default', sip: sipUsername('k1'), exten: '1042', user });
  return user;
}

/** k1 in sync, holding agent `number`. */
function withAgent(
  b: InventoryBuilder,
  number: string,
  names: { firstname?: string; context?: string | null } = {},
) {
  const user = inSync(b);
  const agentId = b.agent(number, user, names);
  return { user, agentId };
}

const steps = (plan: Plan): Array<[string, string[]]> => plan.steps.map((s) => [s.id, s.dependsOn]);

describe('planAgent', () => {
  it('renames the agent with its person (an agent follows its person)', () => {
    const b = new InventoryBuilder();
    const { agentId } = withAgent(b, '8042', { firstname: 'Alicia', context: 'default' });
    const state = buildLineOnlyUser('k1', { agent: { number: '8042', context: 'default' } });

    const plan = computePlan([state], b.inv, options);

    expect(plan.steps.map((s) => s.action)).toEqual([
      {
        op: 'update',
        resource: 'agent',
        target: { id: agentId },
        changes: [{ field: 'firstname', old: 'Alicia', new: 'Alice' }],
      },
    ]);
    expect(plan.people[0]?.resources).toEqual([
      {
        resource: 'agent',
        change: 'update',
        old: '8042',
        new: '8042',
        fields: [{ field: 'firstname', old: 'Alicia', new: 'Alice' }],
      },
    ]);
  });

  it('moves a web-services agent to the context of its person, and leaves a confd agent (no context) alone', () => {
    const ws = new InventoryBuilder();
    withAgent(ws, '8042', { context: 'lyon' });
    const state = buildLineOnlyUser('k1', { agent: { number: '8042', context: 'default' } });
    const wsPlan = computePlan([state], ws.inv, options);
    expect(wsPlan.steps.map((s) => s.action)).toMatchObject([
      { op: 'update', changes: [{ field: 'context', old: 'lyon', new: 'default' }] },
    ]);

    const confd = new InventoryBuilder();
    withAgent(confd, '8042', { context: null });
    expect(computePlan([state], confd.inv, options).steps).toEqual([]);
  });

  it('renumbers by creating the new agent, deleting the old one (which unlinks it), then linking the new one', () => {
    const b = new InventoryBuilder();
    const { user, agentId } = withAgent(b, '8042');
    const state = buildLineOnlyUser('k1', { agent: { number: '8043', context: 'default' } });

    const plan = computePlan([state], b.inv, options);

    expect(steps(plan)).toEqual([
      ['u:k1:agent', []],
      ['u:k1:agent:delete', ['u:k1:agent']],
      ['u:k1:user-agent', ['u:k1:agent', 'u:k1:agent:delete']],
    ]);
    expect(plan.steps[0]?.action).toEqual({
      op: 'create',
      resource: 'agent',
      body: { number: '8043', firstname: 'Alice', lastname: 'Martin', context: 'default' },
    });
    expect(plan.steps[1]?.action).toEqual({ op: 'delete', resource: 'agent', target: { id: agentId } });
    expect(plan.steps[2]?.action).toEqual({
      op: 'associate',
      relation: 'user-agent',
      left: { id: user.id },
      right: { ref: 'u:k1:agent' },
    });
    expect(plan.people[0]?.resources).toEqual([
      { resource: 'agent', change: 'update', old: '8042', new: '8043' },
    ]);
  });

  it('takes over an unlinked agent found by its number (what a killed run leaves) and names it', () => {
    const b = new InventoryBuilder();
    inSync(b);
    const orphan = b.agent('8042', undefined, { firstname: null, lastname: null, context: 'default' });
    const state = buildLineOnlyUser('k1', { agent: { number: '8042', context: 'default' } });

    const plan = computePlan([state], b.inv, options);

    expect(steps(plan)).toEqual([
      ['u:k1:agent:update', []],
      ['u:k1:user-agent', ['u:k1:agent:update']],
    ]);
    expect(plan.steps[1]?.action).toMatchObject({ right: { id: orphan } });
    expect(plan.people[0]?.resources).toEqual([
      { resource: 'agent', change: 'reuse', old: null, new: '8042' },
    ]);
  });

  it('without an agents API, reports each agent as a problem naming the setting and plans the rest', () => {
    const b = new InventoryBuilder();
    b.inv.agentsApi = { backend: 'none', reason: 'set XIVO_WS_USER and XIVO_WS_PASSWORD' };
    const state = buildLineOnlyUser('k1', { agent: { number: '8042', context: 'default' } });

    const plan = computePlan([state], b.inv, options);

    expect(plan.people[0]?.problems).toEqual([
      'agent 8042 cannot be provisioned: set XIVO_WS_USER and XIVO_WS_PASSWORD',
    ]);
    expect(plan.steps.some((s) => s.id.includes('agent'))).toBe(false);
    expect(plan.steps.map((s) => s.id)).toContain('u:k1:user');
    expect(plan.agentsApi).toEqual({ backend: 'none', reason: 'set XIVO_WS_USER and XIVO_WS_PASSWORD' });
  });
});
