import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.ts';
import { createXivoClient, XivoApiError, type XivoClientOptions } from '../../../src/xivo/index.ts';
import { closeAll, startHarness } from './helpers.ts';
import { EMULATOR_AUTH } from '../../helpers/emulator.ts';
import { makeTestCertificate } from '../../helpers/tls.ts';
import { tempdir } from '../../helpers/tmp-dir.ts';

// The key lives in a temp dir for the duration of this file only; nothing is committed.
let dir = '';
let cert: Buffer;
let key: Buffer;

beforeAll(async () => {
  const tmp = await tempdir('client-tls');
  dir = tmp.path;
  ({ cert, key } = makeTestCertificate(dir));
  return tmp.remove;
});
afterEach(closeAll);

/** An HTTPS emulator with auth on its own port, as XiVO (9497 / 9486). */
async function httpsHarness(client: Partial<XivoClientOptions>) {
  return startHarness({ tls: { cert, key }, authPort: 0 }, client);
}

describe('HTTPS', () => {
  it('verifies the server against a custom CA file', async () => {
    const { client, emu, warnings } = await httpsHarness({ caFile: join(dir, 'cert.pem') });
    expect(emu.url).toMatch(/^https:/);
    expect(emu.authUrl).not.toBe(emu.url);
    expect((await client.contexts.list()).items.map((c) => c.name)).toContain('default');
    // The agents web services go through the same TLS settings.
    const access = await client.agentsAccess();
    expect(access.backend).toBe('webservices');
    if (access.backend !== 'none')
      expect((await access.api.listAll()).map((a) => a.number)).toEqual(['8000']);
    expect(warnings).toEqual([]);
  });

  it('refuses a self-signed server without the CA', async () => {
    const { client } = await httpsHarness({});
    const error: unknown = await client.users.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XivoApiError);
    expect(error).toMatchObject({ method: 'POST', path: '/0.1/token', status: 0 });
    expect((error as XivoApiError).messages[0]).toMatch(/self[- ]signed|certificate/i);
  });

  it('connects with insecure, and says so through the logger', async () => {
    const { client, warnings } = await httpsHarness({ insecure: true });
    expect((await client.users.list()).total).toBeGreaterThan(0);
    expect(warnings).toEqual(['TLS certificate verification is disabled (insecure)']);
  });

  it('reports an unreadable CA file as a configuration error', () => {
    expect(() =>
      createXivoClient({
        baseUrl: 'https://127.0.0.1:9486',
        username: EMULATOR_AUTH.authUser,
        password: EMULATOR_AUTH.authPassword,
        caFile: join(dir, 'missing.pem'),
      }),
    ).toThrow(ConfigError);
  });
});
