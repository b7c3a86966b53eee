import type { Schema } from './fields.ts';

/**
 * Field rules of the confd resources (xivo-confd `plugins/<resource>/schema.py` at xivo-16.15; agents:
 * wazo-confd `agent/schema.py`), in the form `parseBody` checks.
 */

const LANGUAGE = /^[a-z]{2}_[A-Z]{2}$/;
const CALLER_ID = /^"(.*)"( <\+?\d+>)?$/;
const MOBILE = /^\+?[0-9*#]+$/;
const USERNAME = /^[a-zA-Z0-9-._~!$&'()*+,;=%@]{2,254}$/;
const PASSWORD = /^[a-zA-Z0-9-._~!$&'()*+,;=%]{4,64}$/;
const CP_PASSWORD = /^[0-9#*]{1,16}$/;
const EXTEN = /^(_[*#0-9_XxZzNn[\].!-]{1,39}|[*#0-9]{1,40})$/;
const SIP_USERNAME = /^[a-zA-Z0-9_-]{1,40}$/;
// Python's string.printable, including its whitespace (\t \n \r \v \f).
// eslint-disable-next-line no-control-regex -- the set deliberately contains control characters
const PRINTABLE = /^[\x20-\x7e\t\n\r\x0b\x0c]{1,80}$/;
const VM_NUMBER = /^[0-9]{1,40}$/;
const VM_PASSWORD = /^[0-9]{1,80}$/;
const AGENT_NUMBER = /^[0-9*#]{1,40}$/;
const PERM_NAME = /^[a-z0-9_-]{1,128}$/;
const PERM_PASSWORD = /^[0-9#*]{1,40}$/;
const PERM_EXTEN = /^(?:_?\+?[0-9NXZ*#\-[\]]+[.!]?){1,40}$/;
const CONTEXT_NAME = /^[a-zA-Z0-9_-]{1,39}$/;
const SIX_DIGITS = /^[0-9]{6}$/;
export const DIGITS = /^[0-9]+$/;

const CONTEXT_TYPES = ['internal', 'incall', 'outcall', 'services', 'others'] as const;
/** Registrars known to provd on a fresh XiVO. */
export const REGISTRARS = ['default'];
/** Voicemail zonemessages of a stock XiVO `voicemail.conf`. */
export const TIMEZONES = ['eu-fr', 'us-eastern', 'us-central', 'us-mountain', 'us-pacific', 'eu-uk'];

export const USER_SCHEMA: Schema = {
  firstname: { kind: 'string', max: 128 },
  lastname: { kind: 'string', max: 128, nullable: true },
  email: { kind: 'string', max: 254, nullable: true },
  timezone: { kind: 'string', max: 128, nullable: true },
  language: { kind: 'string', pattern: LANGUAGE, nullable: true },
  description: { kind: 'string', nullable: true },
  caller_id: { kind: 'string', max: 160, pattern: CALLER_ID, nullable: true },
  outgoing_caller_id: { kind: 'string', max: 80, nullable: true },
  mobile_phone_number: { kind: 'string', max: 80, pattern: MOBILE, nullable: true },
  username: { kind: 'string', pattern: USERNAME, nullable: true },
  password: { kind: 'string', pattern: PASSWORD, nullable: true },
  music_on_hold: { kind: 'string', max: 128, nullable: true },
  preprocess_subroutine: { kind: 'string', max: 39, nullable: true },
  userfield: { kind: 'string', max: 128, nullable: true },
  call_transfer_enabled: { kind: 'bool' },
  dtmf_hangup_enabled: { kind: 'bool' },
  call_record_enabled: { kind: 'bool' },
  online_call_record_enabled: { kind: 'bool' },
  supervision_enabled: { kind: 'bool' },
  ring_seconds: { kind: 'int', min: 0, max: 60 },
  simultaneous_calls: { kind: 'int', min: 1, max: 20 },
  call_permission_password: { kind: 'string', pattern: CP_PASSWORD, nullable: true },
  enabled: { kind: 'bool' },
};

export const LINE_SCHEMA: Schema = {
  context: { kind: 'string' },
  position: { kind: 'int', min: 1 },
  provisioning_code: { kind: 'string', pattern: SIX_DIGITS },
  registrar: { kind: 'string', max: 128 },
  caller_id_name: { kind: 'string', nullable: true },
  caller_id_num: { kind: 'string', pattern: DIGITS, nullable: true },
};

export const SIP_SCHEMA: Schema = {
  username: { kind: 'string', pattern: SIP_USERNAME, nullable: true },
  secret: { kind: 'string', pattern: PRINTABLE, nullable: true },
  type: { kind: 'string', oneOf: ['friend', 'peer', 'user'] },
  host: { kind: 'string', max: 255, nullable: true },
  options: { kind: 'pairs' },
};

export const EXTENSION_SCHEMA: Schema = {
  exten: { kind: 'string', pattern: EXTEN },
  context: { kind: 'string' },
  commented: { kind: 'bool' },
};

export const CONTEXT_SCHEMA: Schema = {
  name: { kind: 'string', pattern: CONTEXT_NAME },
  label: { kind: 'string', max: 128, nullable: true },
  type: { kind: 'string', oneOf: CONTEXT_TYPES },
  user_ranges: { kind: 'ranges', incall: false },
  group_ranges: { kind: 'ranges', incall: false },
  queue_ranges: { kind: 'ranges', incall: false },
  conference_room_ranges: { kind: 'ranges', incall: false },
  incall_ranges: { kind: 'ranges', incall: true },
  description: { kind: 'string', nullable: true },
  enabled: { kind: 'bool' },
};

export const INCALL_SCHEMA: Schema = {
  destination: { kind: 'object' },
  caller_id_mode: { kind: 'string', oneOf: ['prepend', 'overwrite', 'append'], nullable: true },
  caller_id_name: { kind: 'string', max: 80, nullable: true },
  preprocess_subroutine: { kind: 'string', max: 39, nullable: true },
  description: { kind: 'string', nullable: true },
};

export const VOICEMAIL_SCHEMA: Schema = {
  name: { kind: 'string', max: 80 },
  number: { kind: 'string', pattern: VM_NUMBER },
  context: { kind: 'string' },
  password: { kind: 'string', pattern: VM_PASSWORD, nullable: true },
  email: { kind: 'string', max: 80, nullable: true },
  pager: { kind: 'string', max: 80, nullable: true },
  language: { kind: 'string', max: 20, nullable: true },
  timezone: { kind: 'string', nullable: true },
  max_messages: { kind: 'int', min: 0, nullable: true },
  attach_audio: { kind: 'bool', nullable: true },
  delete_messages: { kind: 'bool' },
  ask_password: { kind: 'bool' },
  enabled: { kind: 'bool' },
  options: { kind: 'pairs' },
};

export const AGENT_SCHEMA: Schema = {
  number: { kind: 'string', pattern: AGENT_NUMBER },
  firstname: { kind: 'string', max: 128, nullable: true },
  lastname: { kind: 'string', max: 128, nullable: true },
  password: { kind: 'string', max: 128, nullable: true },
  language: { kind: 'string', max: 20, nullable: true },
  preprocess_subroutine: { kind: 'string', max: 79, nullable: true },
  description: { kind: 'string', nullable: true },
};

export const CALL_PERMISSION_SCHEMA: Schema = {
  name: { kind: 'string', pattern: PERM_NAME },
  password: { kind: 'string', pattern: PERM_PASSWORD, nullable: true },
  mode: { kind: 'string', oneOf: ['allow', 'deny'] },
  enabled: { kind: 'bool' },
  description: { kind: 'string', nullable: true },
  extensions: { kind: 'strings', pattern: PERM_EXTEN },
};

/** Destination fields per type (xivo-confd `helpers/destination.py`), all validated strictly. */
export const DESTINATION_SCHEMAS: Record<string, { schema: Schema; required: string[] }> = {
  none: { schema: {}, required: [] },
  user: {
    schema: { user_id: { kind: 'int' }, ring_time: { kind: 'number', nullable: true } },
    required: ['user_id'],
  },
  voicemail: {
    schema: {
      voicemail_id: { kind: 'int' },
      skip_instructions: { kind: 'bool' },
      greeting: { kind: 'string', oneOf: ['busy', 'unavailable'], nullable: true },
    },
    required: ['voicemail_id'],
  },
  hangup: {
    schema: {
      cause: { kind: 'string', oneOf: ['busy', 'congestion', 'normal'] },
      timeout: { kind: 'int', nullable: true },
    },
    required: ['cause'],
  },
  extension: {
    schema: { exten: { kind: 'string', pattern: EXTEN }, context: { kind: 'string' } },
    required: ['exten', 'context'],
  },
  custom: { schema: { command: { kind: 'string', max: 255 } }, required: ['command'] },
  group: {
    schema: { group_id: { kind: 'int' }, ring_time: { kind: 'number', nullable: true } },
    required: ['group_id'],
  },
  queue: {
    schema: { queue_id: { kind: 'int' }, ring_time: { kind: 'number', nullable: true } },
    required: ['queue_id'],
  },
  ivr: { schema: { ivr_id: { kind: 'int' } }, required: ['ivr_id'] },
  conference: { schema: { conference_id: { kind: 'int' } }, required: ['conference_id'] },
  outcall: {
    schema: { outcall_id: { kind: 'int' }, exten: { kind: 'string', pattern: DIGITS } },
    required: ['outcall_id', 'exten'],
  },
};

/** Destination types that point at objects this emulator has no table for. */
export const UNSUPPORTED_TARGETS: Record<string, string> = {
  group: 'Group',
  queue: 'Queue',
  ivr: 'IVR',
  conference: 'Conference',
  outcall: 'Outcall',
};
