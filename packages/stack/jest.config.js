const base = require('../../jest.base.js');

// The suites here start the real stack as child processes: run them one at a time.
module.exports = { ...base, maxWorkers: 1, testTimeout: 120000 };
