const base = require('../../jest.base.js');

// One stack for the whole run: test/support/global-setup.ts starts it (four subgraphs, the gateway
// and, with Chromium, the portal) and global-teardown.ts stops it. Two suites run at a time on it:
// each test makes the records it reads and changes and never counts what another suite may add, so
// no suite depends on another's order or half-done changes; the few suites that stop services or
// run `npm start` themselves start their own.
module.exports = {
  ...base,
  maxWorkers: 2,
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/retry-once.ts'],
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
