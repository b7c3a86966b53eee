import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyPort } from '../../src/apply/index.ts';
import { readLiveInventory } from '../../src/prepare/index.ts';
import { computePlan, type PlanOptions } from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { startXivo } from '../helpers/emulator.ts';

const options: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-26T12:00:00Z'),
};

/** Five people with a line, a voicemail and a DID: 6 associations each. */
const people = Array.from({ length: 5 }, (_, i) =>
  buildLineOnlyUser(`k${i}`, {
    user: { firstname: `First${i}`, lastname: 'Person', email: `k${i}@example.com`, username: `k${i}` },
    line: { context: 'default', extension: String(1100 + i) },
    voicemail: { number: String(1100 + i), context: 'default', name: `First${i} Person` },
    did: { number: `+3312345675${i}`, exten: `012345675${i}`, context: 'from-extern' },
  }),
);

describe('a retry after a lost reply', () => {
  it('counts an association that exists with the intended partner, and a DELETE that finds nothing, as done', async () => {
    const { emu, port: client } = await startXivo('example');
    // Every PUT and DELETE is sent twice, as a client retries when the first reply is lost after the
    // server did the work: the second attempt meets the first one's result.
    const port: ApplyPort = {
      agentsAccess: () => client.agentsAccess(),
      async request(method, path, body) {
        if (method === 'PUT' || method === 'DELETE') await client.request(method, path, body);
        return client.request(method, path, body);
      },
    };

    const created = await applyPlan(
      computePlan(people, await readLiveInventory(client, 'userfield'), options),
      port,
    );
    const removal = computePlan([], await readLiveInventory(client, 'userfield'), {
      ...options,
      allowDeletions: 100,
    });
    const removed = await applyPlan(removal, port);

    const statuses = (method: string) =>
      emu.requestLog.entries.filter((e) => e.method === method).map((e) => e.status);
    // The retries met their first attempts: confd's "already associated" and 404 were answered...
    expect(statuses('PUT')).toContain(400);
    expect(statuses('DELETE')).toContain(404);
    // ...and none of them failed a step.
    expect(created.steps.filter((s) => s.status !== 'ok').map((s) => `${s.stepId} ${s.error}`)).toEqual([]);
    expect(removed.counts.failed + removed.counts.blocked).toBe(0);
    expect(computePlan([], await readLiveInventory(client, 'userfield'), options).steps).toEqual([]);
  });

  it('still fails an association that exists with another partner', async () => {
    const { port } = await startXivo('example');
    const plan = computePlan(people.slice(0, 1), await readLiveInventory(port, 'userfield'), options);
    await applyPlan(plan, port);
    const inventory = await readLiveInventory(port, 'userfield');
    const user = inventory.users.find((u) => u.fields['userfield'] === 'k0');
    const other = inventory.voicemails.find((v) => v.number === '1998');

    const second = await applyPlan(
      {
        ...plan,
        steps: [
          {
            id: 'u:k0:vm-other',
            key: 'k0',
            action: {
              op: 'associate',
              relation: 'user-voicemail',
              left: { id: user?.id ?? 0 },
              right: { id: other?.id ?? 0 },
            },
            dependsOn: [],
            description: 'link another voicemail',
          },
        ],
      },
      port,
    );

    expect(second.counts.failed).toBe(1);
    expect(second.steps[0]?.error).toMatch(/400: .*associated with/i);
  });
});
