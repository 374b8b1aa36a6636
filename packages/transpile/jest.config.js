const base = require('../../jest.base.js');

module.exports = { ...base };
