const base = require('../jest.base.js');

/** The schema workspace is plain JavaScript: its tests are `test/*.test.js`. */
module.exports = { ...base, testMatch: ['<rootDir>/test/**/*.test.js'] };
