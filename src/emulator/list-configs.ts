import type { ListConfig } from './list.ts';
import type { ConfdStore } from './store.ts';
import type {
  AgentRow,
  CallPermissionRow,
  ContextRow,
  EndpointSipRow,
  ExtensionRow,
  IncallRow,
  LineRow,
  UserRow,
  VoicemailRow,
} from './types.ts';

/** List columns, search columns and default order per resource (xivo-dao `resources/<name>/search.py`). */
export function listConfigs(store: ConfdStore) {
  const fullname = (u: UserRow) => `${u.firstname} ${u.lastname ?? ''}`.trim();
  const users: ListConfig<UserRow> = {
    columns: {
      id: (u) => u.id,
      uuid: (u) => u.uuid,
      firstname: (u) => u.firstname,
      lastname: (u) => u.lastname,
      fullname,
      caller_id: (u) => u.caller_id,
      description: (u) => u.description,
      userfield: (u) => u.userfield,
      email: (u) => u.email,
      mobile_phone_number: (u) => u.mobile_phone_number,
      music_on_hold: (u) => u.music_on_hold,
      outgoing_caller_id: (u) => u.outgoing_caller_id,
      preprocess_subroutine: (u) => u.preprocess_subroutine,
      entity: () => null,
      voicemail_number: (u) => {
        const id = store.userVoicemail.get(u.id);
        return id === undefined ? null : (store.voicemails.get(id)?.number ?? null);
      },
      provisioning_code: (u) => {
        const lineId = store.mainLineId(u.id);
        return lineId === undefined ? null : (store.lines.get(lineId)?.provisioning_code ?? null);
      },
      exten: (u) => store.mainExtension(u.id)?.exten ?? null,
      extension: (u) => store.mainExtension(u.id)?.exten ?? null,
      context: (u) => store.mainExtension(u.id)?.context ?? null,
      enabled: (u) => u.enabled,
    },
    search: [
      'fullname',
      'caller_id',
      'description',
      'userfield',
      'email',
      'mobile_phone_number',
      'music_on_hold',
      'preprocess_subroutine',
      'outgoing_caller_id',
      'exten',
      'provisioning_code',
    ],
    defaultSort: 'lastname',
  };
  const lineName = (l: LineRow) => {
    const sipId = store.lineSip.get(l.id);
    return sipId === undefined ? null : (store.endpointsSip.get(sipId)?.username ?? null);
  };
  const lines: ListConfig<LineRow> = {
    columns: {
      context: (l) => l.context,
      provisioning_code: (l) => l.provisioning_code,
      provisioning_extension: (l) => l.provisioning_code,
      position: (l) => l.position,
      device_slot: (l) => l.position,
      protocol: (l) => (store.lineSip.has(l.id) ? 'sip' : null),
      device_id: (l) => l.device_id,
      name: lineName,
    },
    search: ['context', 'provisioning_code', 'protocol', 'device_id', 'name'],
    defaultSort: 'name',
  };
  const endpointsSip: ListConfig<EndpointSipRow> = {
    columns: { id: (s) => s.id, username: (s) => s.username, type: (s) => s.type, host: (s) => s.host },
    search: ['username', 'type', 'host'],
    defaultSort: 'id',
  };
  const extensions: ListConfig<ExtensionRow> = {
    columns: { id: (e) => e.id, exten: (e) => e.exten, context: (e) => e.context },
    search: ['exten', 'context'],
    defaultSort: 'exten',
  };
  const contexts: ListConfig<ContextRow> = {
    columns: { id: (c) => c.id, name: (c) => c.name, description: (c) => c.description, type: (c) => c.type },
    search: ['name', 'description', 'type'],
    defaultSort: 'id',
  };
  const incalls: ListConfig<IncallRow> = {
    columns: {
      id: (i) => i.id,
      preprocess_subroutine: (i) => i.preprocess_subroutine,
      description: (i) => i.description,
      user_id: (i) => (i.destination['type'] === 'user' ? (i.destination['user_id'] as number) : null),
    },
    search: ['preprocess_subroutine', 'description'],
    defaultSort: 'id',
  };
  const voicemails: ListConfig<VoicemailRow> = {
    columns: {
      id: (v) => v.id,
      name: (v) => v.name,
      number: (v) => v.number,
      email: (v) => v.email,
      context: (v) => v.context,
      language: (v) => v.language,
      timezone: (v) => v.timezone,
      pager: (v) => v.pager,
    },
    search: ['name', 'number', 'email', 'pager'],
    defaultSort: 'number',
  };
  const agents: ListConfig<AgentRow> = {
    columns: {
      id: (a) => a.id,
      firstname: (a) => a.firstname,
      lastname: (a) => a.lastname,
      number: (a) => a.number,
      preprocess_subroutine: (a) => a.preprocess_subroutine,
    },
    search: ['firstname', 'lastname', 'number', 'preprocess_subroutine'],
    defaultSort: 'number',
  };
  const callPermissions: ListConfig<CallPermissionRow> = {
    columns: {
      id: (p) => p.id,
      name: (p) => p.name,
      description: (p) => p.description,
      enabled: (p) => p.enabled,
      mode: (p) => p.mode,
    },
    search: ['name', 'description', 'mode'],
    defaultSort: 'name',
  };
  return { users, lines, endpointsSip, extensions, contexts, incalls, voicemails, agents, callPermissions };
}
