/**
 * One Jest base config that every workspace spreads: TypeScript through SWC (decorators on,
 * CommonJS out), tests named `*.test.ts` (unit, beside the code) and `*.int.test.ts`
 * (integration, against a real database) under src/ and test/.
 */
module.exports = {
  testEnvironment: 'node',
  // Modules compiled once per worker, not once per test file (see jest.runtime.js).
  runtime: require('node:path').join(__dirname, 'jest.runtime.js'),
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 60000,
};
