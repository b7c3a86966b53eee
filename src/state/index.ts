// Public surface of src/state: other folders import only this file.
export type {
  UserState,
  XivoUserFields,
  LineAssignment,
  DidAssignment,
  VoicemailAssignment,
  AgentAssignment,
  ContactFields,
} from './generated/user.ts';
export type { QuarantineFile, QuarantinedNumber } from './generated/quarantine.ts';
