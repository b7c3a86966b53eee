import { onTestFinished } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.ts';
import { createXivoClient, type XivoClient, type XivoClientOptions } from '../../src/xivo/index.ts';

/** The one web-services login of every emulator the tests start: test-only, never a real secret. */
export const EMULATOR_AUTH = { authUser: 'xivo-sync-test', authPassword: 'emulator-test-password' } as const;

/** The agents web-services account of every emulator the tests start (XiVO 16.15 flavour). */
export const EMULATOR_WS_AUTH = {
  wsUser: 'xivo-sync-ws-test',
  wsPassword: 'emulator-ws-test-password',
} as const;

/**
 * A fresh emulator on a free loopback port with the test logins, closed when the current test
 * finishes. XiVO 16.15 (agents through the web services) unless `flavour` says otherwise.
 */
export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const emu = await startEmulator({ ...EMULATOR_AUTH, ...EMULATOR_WS_AUTH, ...options });
  onTestFinished(() => emu.close());
  return emu;
}

/**
 * The typed client logged in to `emu` with the test logins (auth where the emulator serves it, the
 * web services at its URL).
 */
export function connectTestClient(
  emu: RunningEmulator,
  options: Partial<XivoClientOptions> = {},
): XivoClient {
  return createXivoClient({
    baseUrl: emu.url,
    authUrl: emu.authUrl,
    username: EMULATOR_AUTH.authUser,
    password: EMULATOR_AUTH.authPassword,
    webservices: { url: emu.url, username: EMULATOR_WS_AUTH.wsUser, password: EMULATOR_WS_AUTH.wsPassword },
    ...options,
  });
}

/** The environment a CLI run needs to reach `emu` with the test logins (without the web-services one on request). */
export function xivoEnv(emu: RunningEmulator, { webservices = true } = {}): Record<string, string> {
  return {
    XIVO_URL: emu.url,
    XIVO_USER: EMULATOR_AUTH.authUser,
    XIVO_PASSWORD: EMULATOR_AUTH.authPassword,
    ...(webservices
      ? { XIVO_WS_USER: EMULATOR_WS_AUTH.wsUser, XIVO_WS_PASSWORD: EMULATOR_WS_AUTH.wsPassword }
      : {}),
  };
}

/** An emulator and a client on it, both closed when the current test finishes. */
export async function startXivo(
  seed: 'example' | 'none' = 'none',
): Promise<{ emu: RunningEmulator; port: XivoClient }> {
  const emu = await startTestEmulator({ seed });
  const port = connectTestClient(emu);
  onTestFinished(() => port.close());
  return { emu, port };
}
