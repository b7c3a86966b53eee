// Public surface of src/xivo: other folders import only this file.
export * from './client/index.ts';
export * from './inventory/index.ts';
export { startEmulator, EmulatorStartError, exampleSeed } from './emulator/index.ts';
export type { EmulatorOptions, FaultOptions, RunningEmulator, SeedData, SeedUser } from './emulator/index.ts';
