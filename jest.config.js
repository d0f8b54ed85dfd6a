/**
 * One Jest run for everything: pure unit tests (shared policy and rules, web logic), API
 * integration tests (real GraphQL over HTTP against a real PostgreSQL), and browser end-to-end
 * tests (headless Chromium). The global setup starts an embedded PostgreSQL, migrates it, loads
 * the small demo data set and starts the API serving the web build; see packages/api/test/.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@djt)/)'],
  moduleNameMapper: { '^@djt/shared$': '<rootDir>/packages/shared/src/index.ts' },
  testMatch: [
    '<rootDir>/packages/*/src/**/*.test.ts',
    '<rootDir>/packages/*/test/**/*.test.ts',
    '<rootDir>/packages/web/e2e/**/*.e2e.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/packages/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/packages/api/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
