/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest transpiles each file alone (types are checked by `npm run typecheck`).
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // Tests that spawn the CLI run dist/cli.js: rebuild it when a source is newer, so they never test stale code.
  globalSetup: '<rootDir>/tests/global-setup.js',
  // Whole-article and CLI tests spawn the built CLI; give them room on a 2-core CI machine.
  testTimeout: 60000,
};
