import { describe, expect, it } from 'vitest';
import { computePlan, type PlanOptions } from '../../src/plan/index.ts';
import { INTERNAL_PERMISSIONS, readLiveInventory } from '../../src/prepare/index.ts';
import { fetchInventoryRows } from '../../src/xivo/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { richXivo } from '../helpers/rich-xivo.ts';

/** Adoption, update, deletion, orphan re-use and creation on the rich XiVO. */
const STATES = [
  buildLineOnlyUser('k1', {
    user: { firstname: 'First1', lastname: 'Renamed', email: 'u1@example.com', username: 'u1' },
    line: { context: 'default', extension: '1001' },
    did: { number: '+33123456701', exten: '0123456701', context: 'from-extern' },
    voicemail: { number: '1001', context: 'default', name: 'First1 Renamed', email: 'new@example.com' },
    callPermissions: ['national'],
  }),
  buildLineOnlyUser('k3', { line: { context: 'default', extension: '1107' } }),
  buildLineOnlyUser('kdup'),
  buildLineOnlyUser('new', { line: { context: 'default', extension: '1100' } }),
  buildLineOnlyUser('adopted', {
    user: { firstname: 'First3', lastname: 'Last3', email: 'u3@example.com', username: 'u3' },
    line: { context: 'default', extension: '1003' },
  }),
];
const OPTIONS: PlanOptions = {
  keyField: 'userfield',
  adoptBy: ['email', 'username'],
  now: new Date('2026-11-27T12:00:00Z'),
  allowDeletions: 10,
};

describe('readLiveInventory', () => {
  for (const flavour of ['xivo-16.15', 'xivo-confd-agents'] as const) {
    it(`is what the planner plans from: adoption, update, deletion, orphan re-use and creation (${flavour})`, async () => {
      const { port } = await richXivo(flavour);
      const live = await readLiveInventory(port, 'userfield', 5000);
      // The page size changes nothing, the fingerprint included.
      expect(await readLiveInventory(port, 'userfield', 2)).toEqual(live);

      const plan = computePlan(STATES, live, OPTIONS);

      expect(plan.inventoryFingerprint).toBe(live.fingerprint);
      expect(plan.people.map((p) => [p.key, p.kind])).toEqual([
        ['adopted', 'adopt'],
        ['k1', 'update'],
        ['k2', 'delete'],
        ['k3', 'update'],
        ['kdup', 'update'],
        ['new', 'create'],
      ]);
      const k1 = plan.people.find((p) => p.key === 'k1');
      expect(k1?.fields).toEqual([{ field: 'lastname', old: 'Last1', new: 'Renamed' }]);
      // The orphan line is re-used; the voicemail e-mail, read from confd, is compared.
      expect(plan.people.find((p) => p.key === 'kdup')?.resources.map((r) => [r.resource, r.change])).toEqual(
        [['line', 'reuse']],
      );
      expect(k1?.resources.find((r) => r.resource === 'voicemail')?.change).toBe('update');
    });
  }

  it('keeps none of the raw confd rows: each is cut down to what the inventory reads', async () => {
    const { port } = await richXivo();

    const rows = await fetchInventoryRows(port, { pageSize: 2, ignoreCallPermissions: INTERNAL_PERMISSIONS });

    // confd's presentation (links, user and extension references) and the secrets are gone.
    const text = JSON.stringify({ ...rows, agentOfUser: [...rows.agentOfUser] });
    expect(text).not.toContain('"links"');
    expect(text).not.toContain('"href"');
    expect(text).not.toContain('secret-');
    expect(new Set(rows.users.flatMap((u) => Object.keys(u)))).toEqual(
      new Set(['id', 'uuid', 'fields', 'lines', 'incalls', 'voicemailId']),
    );
    for (const user of rows.users) {
      for (const value of Object.values(user.fields))
        expect(value === null || typeof value !== 'object').toBe(true);
      expect(user.fields).not.toHaveProperty('password');
    }
    expect(new Set(rows.lines.flatMap((l) => Object.keys(l)))).toEqual(
      new Set(['id', 'context', 'endpointSip', 'extension', 'userUuids']),
    );
    expect(new Set(rows.extensions.flatMap((e) => Object.keys(e)))).toEqual(
      new Set(['id', 'exten', 'context', 'lineIds', 'incallId']),
    );
    expect(new Set(rows.incalls.flatMap((i) => Object.keys(i)))).toEqual(
      new Set(['id', 'userId', 'extension']),
    );
    expect(rows.users.length).toBe(7);
  });

  it('holds one object per SIP endpoint and extension address, whichever lists repeat it', async () => {
    const { port } = await richXivo();

    const rows = await fetchInventoryRows(port, { pageSize: 2, ignoreCallPermissions: INTERNAL_PERMISSIONS });

    const sipById = new Map(rows.sips.map((s) => [s.id, s]));
    const lineById = new Map(rows.lines.map((l) => [l.id, l]));
    const incallById = new Map(rows.incalls.map((i) => [i.id, i]));
    const userLines = rows.users.flatMap((u) => u.lines);
    const userIncalls = rows.users.flatMap((u) => u.incalls);
    expect(userLines.filter((l) => l.endpointSip !== null && l.extension !== null).length).toBeGreaterThan(0);
    expect(userIncalls.filter((i) => i.extension !== null).length).toBeGreaterThan(0);
    for (const line of userLines) {
      if (line.endpointSip !== null) {
        expect(line.endpointSip).toBe(sipById.get(line.endpointSip.id));
        expect(lineById.get(line.id)?.endpointSip).toBe(line.endpointSip);
      }
      if (line.extension !== null) expect(lineById.get(line.id)?.extension).toBe(line.extension);
    }
    for (const incall of userIncalls)
      if (incall.extension !== null) expect(incallById.get(incall.id)?.extension).toBe(incall.extension);
  });
});

describe('forEachPage', () => {
  it('hands each page over as it arrives, once per row, and returns none of them', async () => {
    const { emu, port } = await richXivo();
    emu.requestLog.reset();
    const pages: number[][] = [];

    const result = await port.users.forEachPage(
      (rows) => pages.push(rows.map((u) => u.id)),
      { order: 'id' },
      3,
    );

    expect(result).toBeUndefined();
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(new Set(pages.flat()).size).toBe(7);
    expect(emu.requestLog.counts()['GET /1.1/users']).toBe(3);
  });
});
