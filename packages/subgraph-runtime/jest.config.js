const base = require('../../jest.base.js');

module.exports = {
  ...base,
  globalSetup: '<rootDir>/test/exchange-global-setup.ts',
  globalTeardown: '<rootDir>/test/exchange-global-teardown.ts',
};
