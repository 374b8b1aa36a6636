const base = require('../jest.base.js');

// Unit tests of the portal's pure modules (search parameters, error attribution, names, ages).
// The pages themselves are covered by the browser tests in packages/stack.
module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
};
