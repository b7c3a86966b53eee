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

// Pure stages are functions of their inputs: no environment, clock, network or timers. The clock and
// the environment arrive as parameters (`now`, `env`), so a run can be replayed in a test.
const pureGlobals = ['process', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'performance'].map(
  (name) => ({ name, message: 'Pure modules take the environment, the clock and I/O as parameters.' }),
);
const pureSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Pure modules take the clock as a parameter (`now: Date`).',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Pure modules take the clock as a parameter (`now: Date`).',
  },
];

// A folder of src/ is a module: others see only its index.ts. The generated schema types are shared
// by producers and consumers alike (src/state/generated/), so they are the one exception.
const throughIndex = {
  regex: String.raw`^(\.\./)+(?!state/generated/)([a-z0-9-]+/)+(?!index\.ts$)[a-z0-9-]+\.(ts|js)$`,
  message: 'Import another folder through its index.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.tmp/',
      '.cache/',
      'src/state/generated/',
      'src/xivo/client/generated/',
    ],
  },
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
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [throughIndex] }] },
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
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...pureRestrictions, patterns: [...pureRestrictions.patterns, throughIndex] },
      ],
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-syntax': ['error', ...pureSyntax],
    },
  },
  {
    // The CLI is the only place that prints; tests, benchmarks and tools report to the console too.
    files: ['src/cli/**', 'test/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
