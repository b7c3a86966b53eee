import type { ConfdStore } from './store.ts';
import type {
  AgentRow,
  CallPermissionRow,
  ContextRow,
  EndpointSipRow,
  ExtensionRow,
  IncallRow,
  JsonBody,
  LineRow,
  UserRow,
  VoicemailRow,
} from './types.ts';

/**
 * Response bodies: the stored row plus the read-only relations and `links` confd adds
 * (xivo-confd `<plugin>/schema.py`, `helpers/mallow.py` Link). Every function is O(relations of one row).
 */

const PATHS = {
  users: 'users',
  lines: 'lines',
  endpoint_sip: 'endpoints/sip',
  extensions: 'extensions',
  contexts: 'contexts',
  incalls: 'incalls',
  voicemails: 'voicemails',
  agents: 'agents',
  callpermissions: 'callpermissions',
} as const;
export type Rel = keyof typeof PATHS;

export class Presenter {
  readonly store: ConfdStore;
  readonly base: string;

  constructor(store: ConfdStore, base: string) {
    this.store = store;
    this.base = base;
  }

  href(rel: Rel, id: number | string): string {
    return `${this.base}/1.1/${PATHS[rel]}/${id}`;
  }

  links(...pairs: Array<[Rel, number | string]>): Array<{ rel: string; href: string }> {
    return pairs.map(([rel, id]) => ({ rel, href: this.href(rel, id) }));
  }

  private extensionRef(extension: ExtensionRow): JsonBody {
    return {
      id: extension.id,
      exten: extension.exten,
      context: extension.context,
      links: this.links(['extensions', extension.id]),
    };
  }

  private userRef(user: UserRow): JsonBody {
    return {
      uuid: user.uuid,
      firstname: user.firstname,
      lastname: user.lastname,
      links: this.links(['users', user.id]),
    };
  }

  private sipRef(lineId: number): JsonBody | null {
    const sipId = this.store.lineSip.get(lineId);
    const sip = sipId === undefined ? undefined : this.store.endpointsSip.get(sipId);
    return sip ? { id: sip.id, username: sip.username, links: this.links(['endpoint_sip', sip.id]) } : null;
  }

  private lineExtensions(lineId: number): JsonBody[] {
    const extensionId = this.store.lineExtension.get(lineId);
    const extension = extensionId === undefined ? undefined : this.store.extensions.get(extensionId);
    return extension ? [this.extensionRef(extension)] : [];
  }

  private incallExtensions(incallId: number): JsonBody[] {
    const extensionId = this.store.incallExtension.get(incallId);
    const extension = extensionId === undefined ? undefined : this.store.extensions.get(extensionId);
    return extension ? [this.extensionRef(extension)] : [];
  }

  user(user: UserRow): JsonBody {
    const { forwards, services, ...fields } = user;
    const lines = (this.store.userLines.get(user.id) ?? []).map((lineId) => ({
      id: lineId,
      endpoint_sip: this.sipRef(lineId),
      endpoint_sccp: null,
      endpoint_custom: null,
      extensions: this.lineExtensions(lineId),
      links: this.links(['lines', lineId]),
    }));
    const incalls = [...(this.store.userIncalls.get(user.id) ?? [])].map((incallId) => ({
      id: incallId,
      extensions: this.incallExtensions(incallId),
      links: this.links(['incalls', incallId]),
    }));
    const voicemailId = this.store.userVoicemail.get(user.id);
    const voicemail = voicemailId === undefined ? undefined : this.store.voicemails.get(voicemailId);
    return {
      ...fields,
      links: this.links(['users', user.id]),
      groups: [],
      incalls,
      lines,
      voicemail: voicemail
        ? { id: voicemail.id, name: voicemail.name, links: this.links(['voicemails', voicemail.id]) }
        : null,
      forwards: structuredClone(forwards),
      services: structuredClone(services),
    };
  }

  /** `GET /users?view=directory` (xivo-confd `UserDirectorySchema`). */
  userDirectory(user: UserRow): JsonBody {
    const extension = this.store.mainExtension(user.id);
    const voicemailId = this.store.userVoicemail.get(user.id);
    return {
      id: user.id,
      uuid: user.uuid,
      line_id: this.store.mainLineId(user.id) ?? null,
      agent_id: this.store.userAgent.get(user.id) ?? null,
      firstname: user.firstname,
      lastname: user.lastname,
      email: user.email,
      exten: extension?.exten ?? null,
      mobile_phone_number: user.mobile_phone_number,
      voicemail_number:
        voicemailId === undefined ? null : (this.store.voicemails.get(voicemailId)?.number ?? null),
      userfield: user.userfield,
      description: user.description,
      context: extension?.context ?? null,
    };
  }

  /** `GET /users?view=summary` (xivo-confd `UserSummarySchema`). No entities are emulated: `entity` is null. */
  userSummary(user: UserRow): JsonBody {
    const extension = this.store.mainExtension(user.id);
    const lineId = this.store.mainLineId(user.id);
    const line = lineId === undefined ? undefined : this.store.lines.get(lineId);
    return {
      id: user.id,
      uuid: user.uuid,
      firstname: user.firstname,
      lastname: user.lastname,
      email: user.email,
      extension: extension?.exten ?? null,
      context: extension?.context ?? null,
      provisioning_code: line?.provisioning_code ?? null,
      entity: null,
      protocol: line && this.store.lineSip.has(line.id) ? 'sip' : null,
      enabled: user.enabled,
    };
  }

  line(line: LineRow): JsonBody {
    const sipId = this.store.lineSip.get(line.id);
    const sip = sipId === undefined ? undefined : this.store.endpointsSip.get(sipId);
    return {
      id: line.id,
      context: line.context,
      position: line.position,
      device_slot: line.position,
      caller_id_name: line.caller_id_name,
      caller_id_num: line.caller_id_num,
      device_id: line.device_id,
      name: sip?.username ?? null,
      protocol: sip ? 'sip' : null,
      provisioning_code: line.provisioning_code,
      provisioning_extension: line.provisioning_code,
      registrar: line.registrar,
      endpoint_sip: this.sipRef(line.id),
      endpoint_sccp: null,
      endpoint_custom: null,
      extensions: this.lineExtensions(line.id),
      users: (this.store.lineUsers.get(line.id) ?? []).flatMap((userId) => {
        const user = this.store.users.get(userId);
        return user ? [this.userRef(user)] : [];
      }),
      links: this.links(['lines', line.id]),
    };
  }

  endpointSip(sip: EndpointSipRow): JsonBody {
    const lineId = this.store.sipLine.get(sip.id);
    return {
      ...structuredClone(sip),
      trunk: null,
      line: lineId === undefined ? null : { id: lineId, links: this.links(['lines', lineId]) },
      links: this.links(['endpoint_sip', sip.id]),
    };
  }

  extension(extension: ExtensionRow): JsonBody {
    const incallId = this.store.extensionIncall.get(extension.id);
    return {
      ...extension,
      incall: incallId === undefined ? null : { id: incallId, links: this.links(['incalls', incallId]) },
      outcall: null,
      lines: (this.store.extensionLines.get(extension.id) ?? []).map((lineId) => ({
        id: lineId,
        links: this.links(['lines', lineId]),
      })),
      links: this.links(['extensions', extension.id]),
    };
  }

  context(context: ContextRow): JsonBody {
    return { ...structuredClone(context), links: this.links(['contexts', context.id]) };
  }

  incall(incall: IncallRow): JsonBody {
    const destination = structuredClone(incall.destination);
    if (destination['type'] === 'user') {
      const user = this.store.users.get(destination['user_id'] as number);
      destination['user_firstname'] = user?.firstname ?? null;
      destination['user_lastname'] = user?.lastname ?? null;
    }
    return {
      ...incall,
      destination,
      extensions: this.incallExtensions(incall.id),
      links: this.links(['incalls', incall.id]),
    };
  }

  voicemail(voicemail: VoicemailRow): JsonBody {
    return {
      ...structuredClone(voicemail),
      users: (this.store.voicemailUsers.get(voicemail.id) ?? []).flatMap((userId) => {
        const user = this.store.users.get(userId);
        return user ? [this.userRef(user)] : [];
      }),
      links: this.links(['voicemails', voicemail.id]),
    };
  }

  agent(agent: AgentRow): JsonBody {
    // The web services' columns (context, numgroup, autologoff) are not part of confd's agent.
    const { context: _context, numgroup: _numgroup, autologoff: _autologoff, ...confd } = agent;
    return {
      ...confd,
      queues: [],
      skills: [],
      users: (this.store.agentUsers.get(agent.id) ?? []).flatMap((userId) => {
        const user = this.store.users.get(userId);
        return user ? [this.userRef(user)] : [];
      }),
      links: this.links(['agents', agent.id]),
    };
  }

  callPermission(permission: CallPermissionRow): JsonBody {
    return { ...structuredClone(permission), links: this.links(['callpermissions', permission.id]) };
  }

  userLine(userId: number, lineId: number): JsonBody {
    return {
      user_id: userId,
      line_id: lineId,
      main_user: this.store.lineUsers.get(lineId)?.[0] === userId,
      main_line: this.store.userLines.get(userId)?.[0] === lineId,
      links: this.links(['users', userId], ['lines', lineId]),
    };
  }

  lineExtension(lineId: number, extensionId: number): JsonBody {
    return {
      line_id: lineId,
      extension_id: extensionId,
      links: this.links(['lines', lineId], ['extensions', extensionId]),
    };
  }

  lineEndpoint(lineId: number, sipId: number): JsonBody {
    return {
      line_id: lineId,
      endpoint_id: sipId,
      endpoint: 'sip',
      links: this.links(['lines', lineId], ['endpoint_sip', sipId]),
    };
  }

  userVoicemail(userId: number, voicemailId: number): JsonBody {
    return {
      user_id: userId,
      voicemail_id: voicemailId,
      links: this.links(['users', userId], ['voicemails', voicemailId]),
    };
  }

  userAgent(userId: number, agentId: number): JsonBody {
    return { user_id: userId, agent_id: agentId, links: this.links(['users', userId], ['agents', agentId]) };
  }

  userCallPermission(userId: number, permissionId: number): JsonBody {
    return {
      user_id: userId,
      call_permission_id: permissionId,
      links: this.links(['users', userId], ['callpermissions', permissionId]),
    };
  }
}
