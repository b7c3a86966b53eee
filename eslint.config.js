// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Pure stages must stay free of I/O so that they can be tested with plain data and run as a dry run.
const pureRestrictions = {
  paths: [
    ...['fs', 'fs/promises', 'net', 'tls', 'http', 'https', 'child_process', 'dgram', 'dns'].flatMap((m) => [
      { name: m, message: 'Pure modules do no I/O.' },
      { name: `node:${m}`, message: 'Pure modules do no I/O.' },
    ]),
    { name: 'ldapts', message: 'Pure modules do no I/O: LDAP belongs in src/ldap.' },
    { name: 'axios', message: 'Pure modules do no I/O: HTTP belongs in src/xivo.' },
    { name: 'nodemailer', message: 'Pure modules do no I/O: SMTP belongs in src/notify/send-*.' },
    { name: 'simple-git', message: 'Pure modules do no I/O: git belongs in src/git.' },
  ],
  patterns: [
    {
      group: ['**/ldap/**', '**/xivo/**', '**/git/**', '**/cli/**', '**/apply/**', '**/config/read*'],
      message: 'Pure modules must not import adapters.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.tmp/', '.cache/', 'src/state/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: [
      'src/mapping/**',
      'src/numbering/**',
      'src/plan/**',
      'src/**/render-*.ts',
      'src/**/compute-*.ts',
      'src/state/validate*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
  {
    // The CLI is the only place that prints; tests, benchmarks and tools report to the console too.
    files: ['src/cli/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
