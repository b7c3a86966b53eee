import { expect } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/index.ts';
import { XivoApiError, type XivoClient, type XivoClientOptions } from '../../../src/xivo/index.ts';
import { EMULATOR_AUTH, EMULATOR_WS_AUTH, connectTestClient } from '../../helpers/emulator.ts';

export interface Harness {
  emu: RunningEmulator;
  client: XivoClient;
  warnings: string[];
}

const open: (() => Promise<void>)[] = [];

/** An emulator with the example seed and a client on it; both closed by `closeAll`. */
export async function startHarness(
  emulator: Partial<EmulatorOptions> = {},
  client: Partial<XivoClientOptions> = {},
): Promise<Harness> {
  const emu = await startEmulator({ ...EMULATOR_AUTH, ...EMULATOR_WS_AUTH, seed: 'example', ...emulator });
  const warnings: string[] = [];
  const c = connectTestClient(emu, {
    backoffBaseMs: 5,
    logger: { warn: (_context, message) => warnings.push(message) },
    ...client,
  });
  open.push(async () => {
    c.close();
    await emu.close();
  });
  return { emu, client: c, warnings };
}

export async function closeAll(): Promise<void> {
  for (const close of open.splice(0)) await close();
}

/** Statuses the emulator answered, per `"METHOD /path"`, in order. */
export function statuses(emu: RunningEmulator, key: string): number[] {
  return emu.requestLog.entries.filter((e) => `${e.method} ${e.path}` === key).map((e) => e.status);
}

/** The XivoApiError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<XivoApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XivoApiError);
  return error as XivoApiError;
}
