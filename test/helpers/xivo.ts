import { onTestFinished } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { createXivoClient, type XivoClient } from '../../src/xivo/index.ts';

/**
 * A fresh emulator on a free loopback port and the typed client logged in to it (auth and confd on
 * the emulator's one port), both closed when the current test finishes.
 */
export async function startXivo(
  seed: 'example' | 'none' = 'none',
  auth = { authUser: 'xivo-test', authPassword: 'xivo-test-secret' },
): Promise<{ emu: RunningEmulator; port: XivoClient }> {
  const emu = await startEmulator({ ...auth, seed });
  onTestFinished(() => emu.close());
  const port = createXivoClient({
    baseUrl: emu.url,
    authUrl: emu.url,
    username: auth.authUser,
    password: auth.authPassword,
  });
  onTestFinished(() => port.close());
  return { emu, port };
}
