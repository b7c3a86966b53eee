import { ConfdError } from './errors.ts';
import type { ConfdStore } from './store.ts';
import type { SeedData, SeededUser, SeedResult, SeedUser } from './types.ts';

/**
 * Bulk seeding through the store's public operations, in the order of the provisioning recipe
 * (xivo-api.md §5), so a seed is refused exactly where the same HTTP calls would be.
 */

function seedUser(store: ConfdStore, seed: SeedUser): SeededUser {
  const user = store.createUser(seed.user);
  const result: SeededUser = { userId: user.id, uuid: user.uuid };
  const userId = String(user.id);
  if (seed.line) {
    const line = store.createLine(seed.line.line);
    const sip = store.createSip(seed.line.endpointSip ?? {});
    store.associateLineSip(String(line.id), String(sip.id));
    store.associateUserLine(userId, String(line.id));
    result.lineId = line.id;
    result.sipId = sip.id;
    if (seed.line.extension) {
      const extension = store.createExtension(seed.line.extension);
      store.associateLineExtension(String(line.id), String(extension.id));
      result.extensionId = extension.id;
    }
    if (seed.line.deviceId !== undefined) store.attachDevice(line.id, seed.line.deviceId);
  }
  if (seed.incall) {
    const extension = store.createExtension(seed.incall.extension);
    const incall = store.createIncall({
      ...seed.incall.incall,
      destination: { type: 'user', user_id: user.id },
    });
    store.associateIncallExtension(String(incall.id), String(extension.id));
    result.incallId = incall.id;
    result.didExtensionId = extension.id;
  }
  if (seed.voicemail) {
    const voicemail = store.createVoicemail(seed.voicemail);
    store.associateUserVoicemail(userId, String(voicemail.id));
    result.voicemailId = voicemail.id;
  }
  if (seed.agent) {
    const { queues, context, ...body } = seed.agent;
    const agent = store.createAgent(body);
    agent.context = typeof context === 'string' ? store.requireContext(context).name : null;
    agent.numgroup = 1;
    agent.autologoff = 0;
    for (const queue of queues ?? []) joinQueue(store, agent.id, queue.name, queue.penalty ?? 0);
    store.associateUserAgent(userId, String(agent.id));
    result.agentId = agent.id;
  }
  for (const name of seed.callPermissions ?? []) {
    const permission = store.callPermissionByName(name);
    if (!permission)
      throw new ConfdError(400, [
        `Input Error - field 'callPermissions': CallPermission was not found ('name': '${name}')`,
      ]);
    store.associateUserCallPermission(userId, String(permission.id));
  }
  return result;
}

function joinQueue(store: ConfdStore, agentId: number, name: string, penalty: number): void {
  if (!store.queues.has(name)) throw new ConfdError(400, [`Input Error - queue '${name}' does not exist`]);
  const queues = store.agentQueues.get(agentId) ?? new Map<string, number>();
  queues.set(name, penalty);
  store.agentQueues.set(agentId, queues);
}

function labelled<T>(label: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ConfdError) {
      throw new ConfdError(
        error.status,
        error.messages.map((m) => `${label}: ${m}`),
      );
    }
    throw error;
  }
}

export function applySeed(store: ConfdStore, data: SeedData): SeedResult {
  for (const name of data.queues ?? []) store.queues.add(name);
  return {
    contexts: (data.contexts ?? []).map((body, i) =>
      labelled(`contexts[${i}]`, () => store.createContext(body).id),
    ),
    callPermissions: (data.callPermissions ?? []).map((body, i) =>
      labelled(`callPermissions[${i}]`, () => store.createCallPermission(body).id),
    ),
    extensions: (data.extensions ?? []).map((body, i) =>
      labelled(`extensions[${i}]`, () => store.createExtension(body).id),
    ),
    users: (data.users ?? []).map((seed, i) => labelled(`users[${i}]`, () => seedUser(store, seed))),
  };
}

/**
 * `--seed example`: what a XiVO looks like after the wizard plus a little hand-made history:
 * the three wizard contexts, two DID blocks (one whose operator sends the full 10-digit number,
 * one that sends 4 digits), and objects that no tool manages.
 */
export function exampleSeed(): SeedData {
  return {
    contexts: [
      {
        name: 'default',
        label: 'Default',
        type: 'internal',
        // 1000-1999 for the hand-made objects below; 6700-6799 (Paris) and 2000-2099 (Lyon) are the
        // ranges of the shipped mappings/.
        user_ranges: [
          { start: '1000', end: '1999' },
          { start: '2000', end: '2099' },
          { start: '6700', end: '6799' },
        ],
        group_ranges: [{ start: '3100', end: '3199' }],
        queue_ranges: [{ start: '3000', end: '3099' }],
        conference_room_ranges: [{ start: '4000', end: '4099' }],
      },
      {
        name: 'from-extern',
        label: 'Incalls',
        type: 'incall',
        // The Paris and Lyon DID blocks of the shipped mappings/, received in national form.
        incall_ranges: [
          { start: '0123456700', end: '0123456799', did_length: 10 },
          { start: '0472100000', end: '0472100099', did_length: 10 },
          { start: '0198765400', end: '0198765499', did_length: 4 },
        ],
      },
      { name: 'to-extern', label: 'Outcalls', type: 'outcall' },
    ],
    // The two call permissions the shipped mappings/ grant.
    callPermissions: [
      { name: 'national', mode: 'allow', extensions: ['_0[1-9]XXXXXXXX'], description: 'National calls' },
      { name: 'international', mode: 'deny', extensions: ['_00.'], description: 'No international calls' },
    ],
    extensions: [{ exten: '1999', context: 'default' }],
    queues: ['sales', 'support'],
    users: [
      {
        user: { firstname: 'Reception', lastname: 'Desk', description: 'hand-made in the web UI' },
        line: {
          line: { context: 'default' },
          extension: { exten: '1000', context: 'default' },
          deviceId: '5b1ee5c2b3c04c4bb5b7a1f3d1e4c001',
        },
        incall: { extension: { exten: '0123456700', context: 'from-extern' } },
      },
      {
        user: { firstname: 'Meeting', lastname: 'Room', email: 'meeting-room@example.com' },
        line: { line: { context: 'default' }, extension: { exten: '1001', context: 'default' } },
      },
      {
        user: { firstname: 'Night', lastname: 'Operator', mobile_phone_number: '+33600000000' },
        voicemail: { name: 'Night Operator', number: '1998', context: 'default' },
        agent: {
          number: '8000',
          firstname: 'Night',
          lastname: 'Operator',
          context: 'default',
          queues: [{ name: 'support', penalty: 1 }],
        },
        callPermissions: ['international'],
      },
    ],
  };
}
