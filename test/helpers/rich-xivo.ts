import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { EmulatorFlavour, SeedData, SeedUser } from '../../src/emulator/index.ts';
import { LOCK_NAME } from '../../src/prepare/index.ts';
import { connectTestClient, startTestEmulator } from './emulator.ts';

const BASE = path.resolve(import.meta.dirname, '../fixtures/scenarios/xivo-base.json');

function fullUser(i: number, userfield: string | null): SeedUser {
  const exten = String(1000 + i);
  return {
    user: {
      firstname: `First${i}`,
      lastname: `Last${i}`,
      email: `u${i}@example.com`,
      username: `u${i}`,
      password: `secret-${i}`,
      ...(userfield === null ? {} : { userfield }),
    },
    line: {
      line: { context: 'default' },
      endpointSip: { username: `sip${i}` },
      extension: { exten, context: 'default' },
    },
    incall: { extension: { exten: `01234567${String(i).padStart(2, '0')}`, context: 'from-extern' } },
    voicemail: {
      name: `First${i} Last${i}`,
      number: exten,
      context: 'default',
      email: `vm${i}@example.com`,
      language: 'fr_FR',
      timezone: 'eu-fr',
    },
    agent: { number: String(8000 + i), firstname: `First${i}`, context: 'default' },
  };
}

/**
 * The scenarios' XiVO plus everything the planner distinguishes: managed and unmanaged users, a
 * duplicate key, a blank key, a line shared by two users (main user with the higher id), a shared
 * voicemail, orphan line, SIP endpoint, extension, incall, voicemail and agent, call permission
 * members and the apply lock (with a member). XiVO 16.15 (agents through the web services) unless
 * `flavour` says otherwise.
 */
export async function richXivo(flavour: EmulatorFlavour = 'xivo-16.15') {
  const emu = await startTestEmulator({ seed: 'none', flavour });
  const client = connectTestClient(emu);
  onTestFinished(() => client.close());
  const xivo = { emu, port: client };
  const base = emu.seed(JSON.parse(await readFile(BASE, 'utf8')) as SeedData);
  const [leftover] = emu.seed({ extensions: [{ exten: '1500', context: 'default' }] }).extensions;
  const [k1, k2, plain, dupA, dupB, blank, k3] = emu.seed({
    users: [
      { ...fullUser(1, 'k1'), callPermissions: ['national', 'international'] },
      {
        user: { firstname: 'Bob', userfield: 'k2', call_permission_password: '1234' },
        line: { line: { context: 'default' }, extension: { exten: '1002', context: 'default' } },
      },
      { ...fullUser(3, null), callPermissions: ['national'] },
      { user: { firstname: 'Dup', lastname: 'A', userfield: 'kdup' } },
      { user: { firstname: 'Dup', lastname: 'B', userfield: 'kdup', email: 'dupb@example.com' } },
      { user: { firstname: 'Blank', userfield: '   ', mobile_phone_number: '+33600000000' } },
      fullUser(7, 'k3'),
    ],
  }).users;
  const [national, international] = base.callPermissions;
  if (!k1 || !k2 || !plain || !dupA || !dupB || !blank || !k3 || !national || !international || !leftover)
    throw new Error('seed failed');
  // k3's line also rings k1 (secondary user, lower id); blank shares k1's voicemail.
  await client.userLines.associate(k1.userId, k3.lineId ?? 0);
  await client.userVoicemail.associate(blank.userId, k1.voicemailId ?? 0);
  // Orphans.
  const vm = await client.voicemails.create({
    name: 'Old',
    number: '1900',
    context: 'default',
    email: 'old@example.com',
  });
  const access = await client.agentsAccess();
  if (access.backend === 'none') throw new Error(access.reason);
  const agent = {
    id: await access.api.create({ number: '8999', firstname: null, lastname: null, context: 'default' }),
  };
  const sip = await client.endpointsSip.create({ username: 'leftover' });
  const line = await client.lines.create({ context: 'default' });
  const did = await client.extensions.create({ exten: '0472100042', context: 'from-extern' });
  const incall = await client.incalls.create({ destination: { type: 'none' } });
  await client.incallExtensions.associate(incall.id, did.id);
  // The apply lock is not telephony state, even with a member.
  const lock = await client.callPermissions.create({ name: LOCK_NAME, mode: 'deny' });
  await client.userCallPermissions.associate(dupA.userId, lock.id);
  return {
    ...xivo,
    seeded: { k1, k2, plain, dupA, dupB, blank, k3 },
    permissions: { national, international, lock: lock.id },
    orphans: {
      vm: vm.id,
      agent: agent.id,
      sip: sip.id,
      line: line.id,
      did: did.id,
      incall: incall.id,
      leftover,
    },
  };
}
