/**
 * Jest globalSetup for the exchange suite: two empty databases (a producer agency's and a
 * consumer agency's), embedded PGlite unless DATABASE_URL names a server.
 */
import { connect } from 'node:net';
import { startTestDatabase } from '../src/testing';
import { type SubgraphDatabase } from '../src/database/database';

export default async function setup(): Promise<void> {
  const producer = await startTestDatabase('exchange-producer');
  const consumer = await startTestDatabase('exchange-consumer');
  // The ORM keeps entity metadata in a process-wide store; leave none behind for the test realm.
  delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];
  process.env.TEST_PRODUCER_DATABASE_URL = producer.clientUrl;
  process.env.TEST_CONSUMER_DATABASE_URL = consumer.clientUrl;
  // The NATS transport's tests run against the server this machine provides, when it answers.
  const nats = new URL(process.env.NATS_URL ?? 'nats://127.0.0.1:4222');
  process.env.TEST_NATS_URL = nats.toString();
  process.env.TEST_NATS_REACHABLE = (await reachable(nats.hostname, Number(nats.port || 4222))) ? 'true' : 'false';
  (globalThis as { __exchangeDatabases?: SubgraphDatabase[] }).__exchangeDatabases = [producer, consumer];
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}
