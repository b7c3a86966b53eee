// Public surface of the XiVO emulator (auth 0.1 + confd 1.1, XiVO 16.15 semantics).
export { startEmulator, EmulatorStartError } from './server.ts';
export { ConfdError } from './errors.ts';
export { exampleSeed } from './seed.ts';
export type {
  AgentRow,
  CallPermissionRow,
  ContextIncallRange,
  ContextRange,
  ContextRow,
  EmulatorData,
  EmulatorOptions,
  EndpointSipRow,
  ExtensionRow,
  FaultOptions,
  IncallRow,
  JsonBody,
  LineRow,
  RequestLog,
  RequestLogEntry,
  RunningEmulator,
  SeedData,
  SeededUser,
  SeedResult,
  SeedUser,
  UserRow,
  VoicemailRow,
} from './types.ts';
