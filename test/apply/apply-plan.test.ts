import { describe, expect, it } from 'vitest';
import { applyPlan, renderApplyReport, type ApplyPort, type NewUserSecrets } from '../../src/apply/index.ts';
import { readLiveInventory } from '../../src/prepare/index.ts';
import { computePlan, renderPlanJson, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { startXivo } from '../helpers/emulator.ts';

const options: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

/** Counts requests in flight through a real port, to check the concurrency bound. */
function measuring(port: ApplyPort): { port: ApplyPort; max: () => number } {
  let current = 0;
  let max = 0;
  return {
    port: {
      agentsAccess: () => port.agentsAccess(),
      async request(method, path, body) {
        current++;
        max = Math.max(max, current);
        try {
          return await port.request(method, path, body);
        } finally {
          current--;
        }
      },
    },
    max: () => max,
  };
}

describe('applyPlan', () => {
  it('creates everything, records created ids, and a failed step blocks only its dependants', async () => {
    const { emu, port } = await startXivo('example');
    const good = buildLineOnlyUser('good', {
      line: { context: 'default', extension: '1100' },
      voicemail: { number: '1100', context: 'default', name: 'Good Person' },
    });
    // 9999 is outside every range of `default`: confd refuses the extension, and only that. The plan
    // is computed without the contexts, as if they were not read, so that it does not foresee it.
    const bad = buildLineOnlyUser('bad', {
      user: { firstname: 'Bad', lastname: 'Range' },
      line: { context: 'default', extension: '9999' },
    });
    const { contexts: _unread, ...inventory } = await readLiveInventory(port, 'userfield');
    const plan = computePlan([good, bad], inventory, options);

    const result = await applyPlan(plan, port);

    expect(result.counts).toEqual({
      ok: plan.steps.length - 3,
      failed: 1,
      blocked: 2,
      total: plan.steps.length,
    });
    const failed = result.steps.find((s) => s.status === 'failed');
    expect(failed).toMatchObject({ stepId: 'u:bad:ext', httpStatus: 400 });
    expect(failed?.error).toMatch(
      /^POST \/extensions → 400: Input Error - Extension '9999' is outside of range/,
    );
    expect(result.steps.filter((s) => s.status === 'blocked').map((s) => s.stepId)).toEqual([
      'u:bad:line-ext',
      'u:bad:user-line',
    ]);
    expect(result.people.map((p) => [p.key, p.status])).toEqual([
      ['bad', 'partial'],
      ['good', 'ok'],
    ]);
    const created = result.steps.find((s) => s.stepId === 'u:good:user')?.createdId;
    expect(emu.snapshot().users.find((u) => u.id === created)?.userfield).toBe('good');
    expect(renderApplyReport(result)).toContain(
      'failed  create extension 9999@default: POST /extensions → 400',
    );
  });

  it('runs at most `concurrency` requests at once', async () => {
    const { emu, port } = await startXivo('example');
    emu.setFaults({ latencyMs: 5 });
    const states = Array.from({ length: 12 }, (_, i) =>
      buildLineOnlyUser(`p${i}`, {
        user: { firstname: `P${i}` },
        line: { context: 'default', extension: String(1100 + i) },
      }),
    );
    const plan = computePlan(states, await readLiveInventory(port, 'userfield'), options);
    const measured = measuring(port);

    const result = await applyPlan(plan, measured.port, { concurrency: 3 });

    expect(result.counts.failed).toBe(0);
    expect(measured.max()).toBe(3);
  });

  it('hands generated secrets to the callback only: never in the plan, the result or the report', async () => {
    const { emu, port } = await startXivo('example');
    const state = buildLineOnlyUser('new', {
      voicemail: { number: '1042', context: 'default', name: 'New Person' },
    });
    const plan = computePlan([state], await readLiveInventory(port, 'userfield'), options);
    const received: NewUserSecrets[] = [];

    const result = await applyPlan(plan, port, { onSecrets: (s) => void received.push(s) });

    expect(received).toHaveLength(1);
    const secrets = received[0] as NewUserSecrets;
    expect(secrets.password).toMatch(/^[a-zA-Z0-9]{16}$/);
    expect(secrets.voicemailPin).toMatch(/^[0-9]{6}$/);
    const data = emu.snapshot();
    expect(data.users.find((u) => u.id === secrets.userId)?.password).toBe(secrets.password);
    expect(data.voicemails.find((v) => v.number === '1042')?.password).toBe(secrets.voicemailPin);
    const everything = renderPlanJson(plan) + JSON.stringify(result) + renderApplyReport(result);
    expect(everything).not.toContain(secrets.password);
    expect(everything).not.toContain(`"${secrets.voicemailPin}"`);
  });

  it('starts no step once aborted (lost lock) and reports why', async () => {
    const { emu, port } = await startXivo('example');
    const plan = computePlan([buildLineOnlyUser('k1')], await readLiveInventory(port, 'userfield'), options);
    emu.requestLog.reset();

    const result = await applyPlan(plan, port, {
      signal: AbortSignal.abort(new Error('the XiVO lock was lost')),
    });

    expect(result.counts).toEqual({ ok: 0, failed: 0, blocked: plan.steps.length, total: plan.steps.length });
    expect(result.steps.map((s) => s.error)).toContain('not started: the XiVO lock was lost');
    expect(emu.requestLog.countWrites()).toBe(0);
  });

  it('makes zero write requests when re-run on a converged XiVO', async () => {
    const { emu, port } = await startXivo('example');
    const state = buildLineOnlyUser('k1', {
      did: { number: '+33123456742', exten: '0123456742', context: 'from-extern' },
    });
    await applyPlan(computePlan([state], await readLiveInventory(port, 'userfield'), options), port);
    emu.requestLog.reset();

    const plan = computePlan([state], await readLiveInventory(port, 'userfield'), options);
    const result = await applyPlan(plan, port);

    expect(plan.steps).toEqual([]);
    expect(result.counts.total).toBe(0);
    expect(emu.requestLog.countWrites()).toBe(0);
  });
});

describe('applyPlan, moves and removals', () => {
  it('moves a line to another internal context, renumbering its extension, then tears everything down', async () => {
    const { emu, port } = await startXivo('example');
    emu.seed({
      contexts: [{ name: 'lyon', type: 'internal', user_ranges: [{ start: '2000', end: '2099' }] }],
    });
    const paris = buildLineOnlyUser('mover', {
      line: { context: 'default', extension: '1100' },
      did: { number: '+33123456742', exten: '0123456742', context: 'from-extern' },
      voicemail: { number: '1100', context: 'default', name: 'Mover' },
      agent: { number: '8100', context: 'default' },
      callPermissions: ['international'],
    });
    const lyon = { ...paris, line: { context: 'lyon', extension: '2042' } };
    await applyPlan(computePlan([paris], await readLiveInventory(port, 'userfield'), options), port);

    const move = computePlan([lyon], await readLiveInventory(port, 'userfield'), options);
    const moved = await applyPlan(move, port);
    const afterMove = await readLiveInventory(port, 'userfield');
    const removal = computePlan([], afterMove, options);
    const removed = await applyPlan(removal, port);
    const end = emu.snapshot();

    expect(move.people[0]?.renumbering).toEqual([
      { resource: 'extension', old: '1100@default', new: '2042@lyon' },
    ]);
    expect(moved.counts).toMatchObject({ failed: 0, blocked: 0 });
    expect(computePlan([lyon], afterMove, options).steps).toEqual([]);
    const line = afterMove.lines.find(
      (l) =>
        l.userIds.length > 0 &&
        afterMove.users.find((u) => u.id === l.userIds[0])?.fields['userfield'] === 'mover',
    );
    expect(line?.context).toBe('lyon');
    expect(afterMove.extensions.find((e) => e.id === line?.extensionIds[0])).toMatchObject({
      exten: '2042',
      context: 'lyon',
    });
    expect(removed.counts).toMatchObject({ failed: 0, blocked: 0 });
    expect(end.users.filter((u) => u.userfield === 'mover')).toEqual([]);
    expect(end.extensions.filter((e) => ['2042', '1100', '0123456742'].includes(e.exten))).toEqual([]);
    expect(end.voicemails.filter((v) => v.number === '1100')).toEqual([]);
    expect(end.agents.filter((a) => a.number === '8100')).toEqual([]);
    expect(end.endpointsSip.filter((s) => s.username.startsWith('xs-'))).toEqual([]);
  });
});
