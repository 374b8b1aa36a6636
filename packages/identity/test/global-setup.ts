/**
 * Starts this suite's identity database the way the gateway does — `openIdentity`: database,
 * committed migrations, demo accounts, client secrets file — once, in Jest's main process
 * (PGlite cannot start inside a worker), then hands the database URL and the data directory to
 * the tests through the environment. With DATABASE_URL the database is `lifeline_test_identity`
 * on that server, dropped first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestDatabase } from '@lifeline/subgraph-runtime/testing';
import { openIdentity, readIdentityConfig, type OpenedIdentity } from '../src';
import { TEST_DEMO_PASSWORD } from './identity.fixture';

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-identity-test-'));
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) await (await startTestDatabase('identity', databaseUrl)).close();
  const config = readIdentityConfig({
    LIFELINE_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, LIFELINE_DB_PREFIX: 'lifeline_test' } : {}),
    IDENTITY_DB_POOL_SIZE: '24',
    SEED_DEMO: 'true',
    DEMO_PASSWORD: TEST_DEMO_PASSWORD,
    // The lowest cost a deployment may configure: the suites sign in hundreds of times.
    PASSWORD_HASH_LOG_N: '10',
    LOG_LEVEL: 'silent',
  });
  const identity = await openIdentity(config);
  if (!(await identity.ready())) throw new Error('the identity test database is not ready');
  // The workers use their own ORMs; this one only keeps the embedded server alive.
  await identity.orm.close(true);
  // MikroORM keeps its decorator registry on globalThis, and Jest 30 shows this process's globals
  // to tests run in band: forget it, so the tests register their entities in their own realm.
  delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];
  process.env.TEST_DATABASE_URL = identity.database.clientUrl;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as { __lifelineIdentity?: OpenedIdentity }).__lifelineIdentity = identity;
}
