import { defineConfig } from 'vitest/config';

/**
 * Tests that need the real directory servers (OpenLDAP slapd, the Samba AD DC) that
 * test/services/global-setup.ts starts, or that start their own, and the crash tests (apply processes
 * killed at random, half a minute). Everything else is the `unit` project: no service, no root,
 * seconds (`npm run test:unit`). A test put in the wrong project fails loudly: the services it reads
 * are not there.
 */
const integration = [
  'test/ldap/**/*.test.ts',
  'test/services/**/*.test.ts',
  'test/export/**/*.test.ts',
  'test/state/example-directory.test.ts',
  'test/apply/crash.test.ts',
  'test/writeback/writeback-slapd.test.ts',
  'test/writeback/writeback-ad.test.ts',
  'test/security/secret-scan.test.ts',
  'test/notify/onboarding-crash.test.ts',
  'test/roundtrip/roundtrip.test.ts',
  'test/roundtrip/gitops-loop.test.ts',
];

const shared = { clearMocks: true, restoreMocks: true, testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: integration } },
      {
        test: {
          ...shared,
          name: 'integration',
          include: integration,
          globalSetup: ['test/services/global-setup.ts'],
        },
      },
    ],
  },
});
