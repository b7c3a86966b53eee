import type { EmulatorData } from './types.ts';

/*
 * Audits of an emulator's data for tests and benchmarks: what a crashed or faulted apply must not leave
 * behind. Reads a snapshot only; no route serves them.
 */

/** Objects nobody uses: lines, SIP endpoints, extensions, voicemails and agents of no user, incalls without a DID. */
export function auditOrphans(d: EmulatorData): Record<string, number> {
  const usedLines = new Set(d.userLines.map((a) => a.line_id));
  const usedSips = new Set(d.lineEndpointsSip.map((a) => a.endpoint_id));
  const usedExt = new Set([
    ...d.lineExtensions.map((a) => a.extension_id),
    ...d.incallExtensions.map((a) => a.extension_id),
  ]);
  const usedVm = new Set(d.userVoicemails.map((a) => a.voicemail_id));
  const usedAgents = new Set(d.userAgents.map((a) => a.agent_id));
  const incallsWithExt = new Set(d.incallExtensions.map((a) => a.incall_id));
  return {
    lines: d.lines.filter((l) => !usedLines.has(l.id)).length,
    sips: d.endpointsSip.filter((s) => !usedSips.has(s.id)).length,
    extensions: d.extensions.filter((e) => !usedExt.has(e.id)).length,
    voicemails: d.voicemails.filter((v) => !usedVm.has(v.id)).length,
    agents: d.agents.filter((a) => !usedAgents.has(a.id)).length,
    incalls: d.incalls.filter((i) => !incallsWithExt.has(i.id)).length,
  };
}

/** Two objects with the same deterministic key: users by marker, SIP endpoints by username, a user's incalls, agents by number. */
export function auditDuplicates(d: EmulatorData): Record<string, number> {
  const dupes = (keys: string[]): number => keys.length - new Set(keys).size;
  return {
    users: dupes(d.users.map((u) => u.userfield ?? `#${u.id}`)),
    sips: dupes(d.endpointsSip.map((s) => s.username)),
    incalls: dupes(
      d.incalls.filter((i) => i.destination['type'] === 'user').map((i) => String(i.destination['user_id'])),
    ),
    agents: dupes(d.agents.map((a) => a.number)),
  };
}
