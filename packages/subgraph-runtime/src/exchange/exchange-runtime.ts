/**
 * The exchange of one running subgraph: the transport chosen by configuration (NATS JetStream
 * when NATS_URL is set, else the embedded feed), one consumer per source agency the subgraph
 * declares handlers for, and their lag for `/readyz`.
 */
import { type KeyObject } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type Log } from '../http/log';
import { EXCHANGE_AGENCIES, type EventTypeName, type ExchangeAgency } from './event-catalog';
import { ExchangeConsumer, type ConsumerLag, type ExchangeHandlers } from './consumer';
import { embeddedTransport, exchangeFeedRoute, FEED_PATH } from './embedded-transport';
import { exchangeKeys } from './exchange-token';
import { natsTransport } from './nats-transport';
import { type ProjectionDefinition } from './maintenance';
import { type ExchangeTransport } from './transport';

/** What a subgraph publishes and what it consumes, declared in its definition. */
export interface ExchangeDefinition {
  /** Event types this agency writes to its outbox (each must be owned by it). */
  publishes: readonly EventTypeName[];
  /** Handlers per source agency. */
  consumes: Partial<Record<ExchangeAgency, ExchangeHandlers>>;
  /** The projections this agency keeps of a source's events (what the rebuild and reconcile commands act on). */
  projections?: Partial<Record<ExchangeAgency, ProjectionDefinition>>;
}

export interface ExchangeConfig {
  dataDir: string;
  /** Each agency's GraphQL URL (its feed is served beside it). */
  peerUrls: Record<ExchangeAgency, string>;
  pollIntervalMs: number;
  natsUrl: string | undefined;
}

export interface RunningExchange {
  consumers: ExchangeConsumer[];
  /** Serves this agency's feed (embedded transport). */
  route: ReturnType<typeof exchangeFeedRoute>;
  lag(): ConsumerLag[];
  stop(): Promise<void>;
}

/** The URL of an agency's feed, beside its GraphQL endpoint. */
export function feedUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = FEED_PATH;
  url.search = '';
  return url.toString();
}

/** Creates the transport configured for this agency. */
export async function createExchangeTransport(name: string, orm: MikroORM<PostgreSqlDriver>, config: ExchangeConfig, log: Log): Promise<ExchangeTransport> {
  const key = exchangeKeys(config.dataDir, name);
  if (config.natsUrl) return natsTransport({ servers: config.natsUrl, agency: name, orm, log, signingKey: key.privateKey });
  return embeddedTransport({
    reader: name,
    key,
    feedUrlOf: (source) => feedUrl(config.peerUrls[source]),
    pollIntervalMs: config.pollIntervalMs,
  });
}

/** Starts the consumers a subgraph declares (and the broker relay when on NATS). */
export async function startExchange(options: {
  name: string;
  definition: ExchangeDefinition | undefined;
  orm: MikroORM<PostgreSqlDriver>;
  config: ExchangeConfig;
  log: Log;
}): Promise<RunningExchange> {
  const { name, orm, config, log } = options;
  const keys = new Map<ExchangeAgency, KeyObject>();
  const publicKeyOf = (agency: ExchangeAgency) => {
    if (!keys.has(agency)) keys.set(agency, exchangeKeys(config.dataDir, agency).publicKey);
    return keys.get(agency) ?? null;
  };
  const stopping = new AbortController();
  const route = exchangeFeedRoute({ orm, producer: name, publicKeyOf, signingKey: exchangeKeys(config.dataDir, name).privateKey, stopping: stopping.signal });
  const transport = await createExchangeTransport(name, orm, config, log);
  await transport.startProducer?.();
  const consumers = Object.entries(options.definition?.consumes ?? {})
    .filter(([source]) => (EXCHANGE_AGENCIES as readonly string[]).includes(source) && source !== name)
    .map(
      ([source, handlers]) =>
        new ExchangeConsumer({
          orm,
          consumer: name,
          source: source as ExchangeAgency,
          handlers: handlers ?? {},
          transport,
          // Only events the source agency signed are applied.
          publicKey: exchangeKeys(config.dataDir, source).publicKey,
          onError: (error) => log.warn('exchange consumer waiting', { source, error: error instanceof Error ? error.message : 'error' }),
        }),
    );
  for (const consumer of consumers) await consumer.start();
  return {
    consumers,
    route,
    lag: () => consumers.map((c) => c.lag()),
    async stop() {
      stopping.abort();
      await Promise.all(consumers.map((c) => c.stop()));
      await transport.close();
    },
  };
}
