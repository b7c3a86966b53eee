import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/index.ts';
import { type ForgeStandIn, startForgeStandIn } from '../helpers/forge-stand-in.ts';
import { type TestCertificate, makeTestCertificate } from '../helpers/tls.ts';
import { repoRoot, tempdir } from '../helpers/tmp-dir.ts';

// The forges verify certificates as Node does: a private CA is trusted through NODE_EXTRA_CA_CERTS
// (read when the process starts, hence the child process), and nothing else.

const run = promisify(execFile);
const TOKEN = 'ghs_tls-token';
let api: ForgeStandIn;
let certificate: TestCertificate;

let removeCertificate: () => Promise<void>;

beforeAll(async () => {
  const dir = await tempdir('forge-tls');
  removeCertificate = dir.remove;
  certificate = makeTestCertificate(dir.path);
});
afterAll(async () => removeCertificate());
beforeEach(async () => {
  api = await startForgeStandIn({ githubToken: TOKEN, tls: certificate });
});
afterEach(async () => api.close());

describe('forge TLS', () => {
  it('refuses a certificate no trusted CA signed, before sending the token', async () => {
    const forge = createGitHubForge({ token: TOKEN, repository: 'acme/phones', apiUrl: api.url });

    await expect(forge.upsertIssue({ title: 't', marker: '<!-- m -->', body: 'b' })).rejects.toThrow(
      /^github: list the open issues of acme\/phones: no answer: self-signed certificate/,
    );
    expect(api.requests).toEqual([]);
  });

  it('trusts the CA NODE_EXTRA_CA_CERTS names', async () => {
    const script = `
      import { createGitHubForge } from ${JSON.stringify(path.join(repoRoot, 'src/forge/index.ts'))};
      const forge = createGitHubForge({ token: ${JSON.stringify(TOKEN)}, repository: 'acme/phones', apiUrl: ${JSON.stringify(api.url)} });
      const issue = await forge.upsertIssue({ title: 't', marker: '<!-- m -->', body: 'b' });
      process.stdout.write(JSON.stringify(issue));
    `;
    const { stdout } = await run(
      path.join(repoRoot, 'node_modules/.bin/node'),
      ['--input-type=module', '-e', script],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.certFile },
      },
    );

    expect(JSON.parse(stdout)).toEqual({
      number: 1,
      url: 'https://github.example/acme/phones/issues/1',
      created: true,
    });
  });
});
