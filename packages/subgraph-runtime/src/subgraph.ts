/**
 * The shape every agency subgraph has, and the two ways to run one: `createSubgraphServer` (pure:
 * an ORM in, an Apollo Server and a context factory out — what tests use) and `startSubgraph`
 * (config → database → migrations → demo data → HTTP), which is all a subgraph's index.ts calls.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApolloServer, type BaseContext } from '@apollo/server';
import { type EntityClass, type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type IRules } from 'graphql-shield';
import { type Caller } from './auth/caller';
import { createInternalTokenVerifier, verifyInternalToken, type InternalTokenClaims } from './auth/internal-token';
import { loadOrCreateSigningKeys, publicKeyFromPem } from './auth/signing-keys';
import { type SubgraphConfig } from './config/env';
import { openConfiguredDatabase } from './database/database';
import { openOrm } from './database/orm';
import { createSubgraphApollo, createSubgraphSchema } from './graphql/subgraph-server';
import { WebhookDeliverer } from './change-feed/webhooks';
import { type GraphQLSchema } from 'graphql';
import { type ProtectedRecords } from './graphql/sensitivity';
import { HttpError, serveHttp, type RunningHttpServer } from './http/http-server';
import { createLog, type Log } from './http/log';
import { startExchange, type ExchangeDefinition, type RunningExchange } from './exchange/exchange-runtime';
import { ServiceMetrics, type GaugeSample } from './http/service-metrics';
import { auditAppenderFor } from './request-context';
import { startTelemetry } from './telemetry/telemetry';
import { StatementTracer } from './telemetry/tracing';

/** What every request in a subgraph knows before it touches data. */
export interface RequestScope {
  /** The verified caller forwarded by the gateway. */
  caller: Caller;
  /** The gateway's request id, for logs and the audit trail. */
  requestId: string;
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  /** Kebab-case name, the same as the SDL file and the internal token's audience. */
  name: string;
  defaultPort: number;
  typeDefs: string;
  resolvers: unknown;
  permissions: IRules;
  entities: EntityClass<unknown>[];
  /** Folder of the committed migrations. */
  migrationsPath: string;
  /** Builds the per-request context: an EntityManager fork, loaders, the caller. */
  createContext(orm: MikroORM<PostgreSqlDriver>, scope: RequestScope): TContext;
  /** Loads the demo data when the database holds none of this subgraph's records yet. */
  seedDemo?(em: EntityManager): Promise<void>;
  /** What this agency publishes to the exchange and which other agencies' events it applies. */
  exchange?: ExchangeDefinition;
  /** Per type, which objects are records of a protected person: reading their `@sensitive` fields is audited. */
  protectedRecords?: ProtectedRecords;
  /** The Query field of the agency's change feed (`foreignAffairsChanges`): its webhooks are delivered while the subgraph runs. */
  changeFeed?: string;
}

/** The SDL files of one subgraph, in order: its own, the value types it answers, then the shared types. */
export function subgraphSdlFiles(name: string, schemaDir: string): string[] {
  const listed = JSON.parse(readFileSync(join(schemaDir, 'subgraphs.json'), 'utf8')) as Array<{ name: string; valueTypes?: string[] }>;
  const entry = listed.find((subgraph) => subgraph.name === name);
  if (!entry) throw new Error(`schema/subgraphs.json lists no subgraph named ${name}`);
  return [`${name}.graphql`, ...(entry.valueTypes ?? []), 'shared.graphql'];
}

/**
 * What every subgraph lays out the same way: its SDL is `schema/<name>.graphql` of the repository,
 * then the value types schema/subgraphs.json lists for it (`money.graphql`), then
 * `schema/shared.graphql` (the audit and exchange types every agency serves alike), as
 * `npm run compose` reads them; its migrations sit in `migrations/` beside its compiled definition
 * (`srcDir`: its `__dirname`).
 */
export function subgraphFiles(name: string, srcDir: string): Pick<SubgraphDefinition<BaseContext>, 'name' | 'typeDefs' | 'migrationsPath'> {
  const schemaDir = join(srcDir, '..', '..', '..', 'schema');
  return {
    name,
    typeDefs: subgraphSdlFiles(name, schemaDir).map((file) => readFileSync(join(schemaDir, file), 'utf8')).join('\n'),
    migrationsPath: join(srcDir, 'migrations'),
  };
}

export interface SubgraphServer<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  contextFor(scope: RequestScope): TContext;
}

/** Builds the Apollo Server of a subgraph over an open ORM (no sockets, no side effects). */
export function createSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM<PostgreSqlDriver>,
  log: Log = createLog(definition.name, 'silent'),
  metrics?: ServiceMetrics,
  schema: GraphQLSchema = createSubgraphSchema(definition),
): SubgraphServer<TContext> {
  return {
    apollo: createSubgraphApollo<TContext>(schema, log, metrics),
    contextFor: (scope) => definition.createContext(orm, scope),
  };
}

/**
 * Answers 401 unless the request carries a valid internal token for this subgraph. The request id
 * is the token's, else the one the HTTP edge read from `x-request-id` (or made).
 */
export function authenticateInternalRequest(
  authorization: string | undefined,
  verify: KeyObject | ((token: string) => InternalTokenClaims),
  audience: string,
  headerRequestId: string = randomUUID(),
): RequestScope {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : undefined;
  if (!token) throw new HttpError(401, 'Missing internal token', { 'www-authenticate': 'Bearer' });
  let claims: InternalTokenClaims;
  try {
    claims = typeof verify === 'function' ? verify(token) : verifyInternalToken(token, verify, audience);
  } catch {
    throw new HttpError(401, 'Invalid internal token', { 'www-authenticate': 'Bearer error="invalid_token"' });
  }
  return { caller: claims.caller, requestId: claims.requestId ?? headerRequestId };
}

/** The public key that verifies the gateway's internal tokens (configured, or from the data dir). */
export function internalTokenPublicKey(config: Pick<SubgraphConfig, 'internalTokenPublicKeyPem' | 'dataDir'>): KeyObject {
  if (config.internalTokenPublicKeyPem) return publicKeyFromPem(config.internalTokenPublicKeyPem);
  return loadOrCreateSigningKeys(join(config.dataDir, 'keys'), 'internal-token').publicKey;
}

/**
 * The subgraph's HTTP edge over an open ORM: `/graphql` for requests carrying the gateway's
 * internal token (401 otherwise), `/healthz`, `/readyz` (the database answers) and, given
 * metrics, `/metrics` (counts only).
 */
export async function serveSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM<PostgreSqlDriver>,
  options: {
    publicKey: KeyObject;
    host: string;
    port: number;
    log: Log;
    metrics?: ServiceMetrics;
    exchange?: RunningExchange;
    schema?: GraphQLSchema;
    /** Told the verified caller of every request (the webhooks renew a system's subscriptions with it). */
    onCaller?: (caller: Caller) => void;
  },
): Promise<RunningHttpServer> {
  const exchange = options.exchange;
  const server = createSubgraphServer(definition, orm, options.log, options.metrics, options.schema);
  const verify = createInternalTokenVerifier(options.publicKey, definition.name);
  return serveHttp<TContext>({
    apollo: server.apollo,
    host: options.host,
    port: options.port,
    log: options.log,
    maxBodyBytes: 2_000_000,
    // The gateway is the only caller: its request id (x-request-id) names the request here too.
    requestIds: 'trust-caller',
    context: async ({ req, requestId }) => {
      const scope = authenticateInternalRequest(req.headers.authorization, verify, definition.name, requestId);
      options.onCaller?.(scope.caller);
      return server.contextFor(scope);
    },
    ready: async () => {
      await orm.em.fork().getConnection().execute('select 1');
      return true;
    },
    ...(options.metrics ? { metrics: options.metrics } : {}),
    routes: async (req, res) => (exchange ? exchange.route(req, res) : false),
    ...(exchange ? { readyDetail: () => ({ exchange: { consumers: exchange.lag() } }) } : {}),
  });
}

export interface RunningSubgraph {
  url: string;
  http: RunningHttpServer;
  orm: MikroORM<PostgreSqlDriver>;
  exchange: RunningExchange;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo data if asked and empty, and listens. */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  config: SubgraphConfig,
): Promise<RunningSubgraph> {
  const log = createLog(definition.name, config.logLevel);
  const publicKey = internalTokenPublicKey(config);
  const metrics = new ServiceMetrics(definition.name);
  const database = await openConfiguredDatabase(definition.name, config);
  const orm = await openOrm({
    name: definition.name,
    clientUrl: database.clientUrl,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
    poolSize: config.poolSize,
    onQuery: metrics.countStatement,
    statementTracer: new StatementTracer(),
  });
  if (config.seedDemo && definition.seedDemo) {
    await definition.seedDemo(orm.em.fork());
  }
  const exchange = await startExchange({
    name: definition.name,
    definition: definition.exchange,
    orm,
    config: { dataDir: config.dataDir, peerUrls: config.peerUrls, pollIntervalMs: config.exchangePollMs, natsUrl: config.natsUrl },
    log,
  });
  metrics.addCollector(() =>
    exchange.lag().flatMap((lag) => [
      { name: 'lifeline_exchange_events_behind', help: 'Events a source agency published that this consumer has not applied yet.', labels: { source: lag.source }, value: lag.eventsBehind },
      { name: 'lifeline_exchange_seconds_behind', help: 'Age in seconds of the oldest event not yet applied (0 when caught up).', labels: { source: lag.source }, value: lag.secondsBehind },
    ]),
  );
  metrics.addCollector(() => databasePoolGauges(orm));
  auditAppenderFor(orm).onBatch = (seconds) => metrics.observeAuditAppend(seconds);
  const schema = createSubgraphSchema(definition);
  // The change feed's webhooks: read as each subscribing system through this same schema, with its claims as of its latest request.
  const webhooks = definition.changeFeed
    ? new WebhookDeliverer<TContext & { audit?: { flush(): Promise<void> } }>({ orm, schema, feedField: definition.changeFeed, contextFor: (scope) => definition.createContext(orm, scope), log })
    : null;
  const http = await serveSubgraph(definition, orm, {
    publicKey,
    host: config.host,
    port: config.port,
    log,
    metrics,
    exchange,
    schema,
    ...(webhooks ? { onCaller: (caller: Caller) => webhooks.heard(caller) } : {}),
  });
  webhooks?.start();
  log.info('listening', { url: http.url, database: database.kind, exchange: config.natsUrl ? 'nats' : 'embedded' });
  return {
    url: http.url,
    http,
    orm,
    exchange,
    stop: async () => {
      await webhooks?.stop();
      await exchange.stop();
      await http.close();
      await orm.close(true);
      await database.close();
    },
  };
}

/** The connection pool's use: connections in use, idle, and requests waiting for one. */
function databasePoolGauges(orm: MikroORM<PostgreSqlDriver>): GaugeSample[] {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
  if (!pool) return [];
  const help = 'Database pool connections by state (used, free) and acquisitions waiting (pending).';
  return [
    { name: 'lifeline_db_pool_connections', help, labels: { state: 'used' }, value: pool.numUsed() },
    { name: 'lifeline_db_pool_connections', help, labels: { state: 'free' }, value: pool.numFree() },
    { name: 'lifeline_db_pool_connections', help, labels: { state: 'pending' }, value: pool.numPendingAcquires() },
  ];
}

/** Runs a subgraph as a process: starts it and stops cleanly on SIGINT/SIGTERM. */
export function runSubgraphProcess<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>, config: SubgraphConfig): void {
  // Tracing first, so the spans of everything started after it reach the exporter.
  startTelemetry(config.telemetry).then(async (telemetry) => {
    const running = await startSubgraph(definition, config);
    return { running, telemetry };
  }).then(
    ({ running, telemetry }) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        running.stop().then(() => telemetry.shutdown()).then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      // The class and code tell an operator what failed; the message may carry SQL or values.
      const code = (error as { code?: unknown }).code;
      console.error(`[${definition.name}] failed to start: ${error instanceof Error ? error.name : 'error'}${typeof code === 'string' ? ` (${code})` : ''}`);
      process.exit(1);
    },
  );
}
