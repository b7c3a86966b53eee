// Public surface of the XiVO emulator (auth 0.1 + confd 1.1, XiVO 16.15 semantics).
export { startEmulator } from './server.ts';
export { parseFaults } from './faults.ts';
export { auditDuplicates, auditOrphans } from './audit.ts';
export type { EmulatorFlavour, EmulatorOptions, RunningEmulator, SeedData, SeedUser } from './types.ts';
