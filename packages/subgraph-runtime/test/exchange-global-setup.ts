/**
 * Jest globalSetup for the exchange suite: two empty databases (a producer agency's and a
 * consumer agency's), embedded PGlite unless DATABASE_URL names a server.
 */
import { startTestDatabase } from '../src/testing';
import { type SubgraphDatabase } from '../src/database/database';

export default async function setup(): Promise<void> {
  const producer = await startTestDatabase('exchange-producer');
  const consumer = await startTestDatabase('exchange-consumer');
  // The ORM keeps entity metadata in a process-wide store; leave none behind for the test realm.
  delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];
  process.env.TEST_PRODUCER_DATABASE_URL = producer.clientUrl;
  process.env.TEST_CONSUMER_DATABASE_URL = consumer.clientUrl;
  (globalThis as { __exchangeDatabases?: SubgraphDatabase[] }).__exchangeDatabases = [producer, consumer];
}
