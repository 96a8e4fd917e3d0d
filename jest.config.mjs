// Jest 30 in ESM mode (run with --experimental-vm-modules); SWC compiles TypeScript
// with decorator metadata, which Nest and TypeORM need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@igu/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  // The web app has its own runners (Vitest, Playwright).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
  rootDir: '.',
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,scripts,test}/**/*.spec.ts'],
      setupFiles: ['<rootDir>/libs/testing/src/shift-system-date.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,scripts,tools}/**/*.integration-spec.ts'],
      setupFiles: ['<rootDir>/libs/testing/src/setup-env.ts', '<rootDir>/libs/testing/src/shift-system-date.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/libs/testing/src/setup-env.ts', '<rootDir>/libs/testing/src/shift-system-date.ts'],
    },
  ],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: 60_000,
};
