const base = require('../../jest.base.js');

// One stack for the whole run: test/support/global-setup.ts starts it (four subgraphs, the gateway
// and, with Chromium, the portal) and global-teardown.ts stops it. The suites share it, so they
// run one at a time (a suite never sees another's half-done changes); the few suites that stop
// services or run `npm start` themselves start their own.
module.exports = {
  ...base,
  maxWorkers: 1,
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
