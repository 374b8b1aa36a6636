/**
 * The environment of a test run: Jest's global setup starts the databases and publishes where they
 * are (`TEST_DATABASE_URL`, `TEST_DATA_DIR`, …); the test files read them here and nowhere else.
 */

/** A value the global setup published; a clear error when the tests did not run through it. */
export function testEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the package's jest.config.js, whose global setup provides it.`);
  return value;
}

/** A value of the test environment that may be absent (`undefined` then). */
export function optionalTestEnv(name: string): string | undefined {
  return process.env[name] || undefined;
}

/** Publishes a value to the test files (from a global setup: Jest copies it into every worker). */
export function publishTestEnv(name: string, value: string): void {
  process.env[name] = value;
}

/** The test database of this package, as its global setup published it. */
export function testDatabaseUrl(): string {
  return testEnv('TEST_DATABASE_URL');
}
