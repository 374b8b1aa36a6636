/**
 * Starts this suite's database once (PGlite cannot start inside a Jest worker), migrates it and
 * loads the demo region, then hands the URL to the tests through the environment.
 */
import { openTestSubgraph, startTestDatabase } from '@lifeline/subgraph-runtime/testing';
import { definition } from '../src/server';

export default async function globalSetup(): Promise<void> {
  const database = await startTestDatabase(definition.name);
  const subgraph = await openTestSubgraph(definition, database.clientUrl);
  await definition.seedDemo!(subgraph.orm.em.fork() as never);
  await subgraph.close();
  process.env.TEST_DATABASE_URL = database.clientUrl;
  (globalThis as { __lifelineDatabase?: { close(): Promise<void> } }).__lifelineDatabase = database;
}
