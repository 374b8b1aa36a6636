/**
 * The gateway: Apollo Server over `@apollo/gateway`, serving the committed supergraph (never
 * introspecting subgraphs), calling each subgraph with a freshly signed internal token, and
 * answering at the edge like every other service (`/graphql`, `/healthz`, `/readyz`).
 * `createGateway` is pure (tests use it without sockets); `serveGateway` listens.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  errorLogPlugin,
  graphqlErrorMetricsPlugin,
  graphqlTracingPlugin,
  inputChecksPlugin,
  serveHttp,
  tracingOn,
  type Log,
  type ServeOptions,
  type ServiceMetrics,
} from '@lifeline/subgraph-runtime';
import { queryLimits } from './query-limits';
import { CostBudget, costBudgetPlugin, DocumentCosts, type CostBudgetOptions } from './rate-limit';
import { authenticate as anonymousOnly, type Authenticate } from './authentication';
import { type GatewayMode } from './config';
import { collapseSubgraphFailures, gatewayFormatError } from './subgraph-failure';
import { createSubgraphReadiness } from './subgraph-readiness';
import { type SubgraphCallPolicy } from './subgraph-resilience';
import { SubgraphDataSource, type GatewayContext, type InternalSigningKey } from './subgraph.data-source';
import { createSubgraphFetcher, type SubgraphFetcher } from './subgraph-fetcher';

type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];

export interface CreateGatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URLs by name; a subgraph not listed keeps the URL recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  signingKey: InternalSigningKey;
  mode: GatewayMode;
  log: Log;
  /** Deadline, in-flight cap and breaker per subgraph name (others get DEFAULT_SUBGRAPH_CALL_POLICY). */
  subgraphPolicies?: Record<string, SubgraphCallPolicy>;
  /** Given metrics: `/metrics` is answered, with requests, errors by code and each subgraph's fetches. */
  metrics?: ServiceMetrics;
  /** Each caller's budget of query cost per window (off when absent or 0). */
  costBudget?: CostBudgetOptions;
}

/** Adapts the service log to the logger interface Apollo's libraries expect. */
function apolloLogger(log: Log) {
  const text = (message: unknown) => String(message).slice(0, 500);
  return {
    debug: (message?: unknown) => log.debug(text(message)),
    info: (message?: unknown) => log.debug(text(message)),
    warn: (message?: unknown) => log.warn(text(message)),
    error: (message?: unknown) => log.error(text(message)),
  };
}

/**
 * Wraps the Apollo gateway so that every execution result carries at most one error per failing
 * subgraph (see `collapseSubgraphFailures`).
 */
function withCollapsedSubgraphFailures(gateway: ApolloGateway, onStop: () => void): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: async () => {
      await gateway.stop();
      onStop();
    },
    load: async (options) => {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      return { executor: async (requestContext) => collapseSubgraphFailures(await executor(requestContext)) };
    },
  };
}

/** Builds the gateway's Apollo Server (not started, no sockets). */
export function createGateway(options: CreateGatewayOptions): ApolloServer<GatewayContext> {
  const { log, mode } = options;
  const development = mode === 'development';
  const fetchers: SubgraphFetcher[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: apolloLogger(log),
    buildService: ({ name, url }) => {
      // One pool of kept-alive connections per subgraph, closed when the gateway stops.
      const fetcher = createSubgraphFetcher();
      fetchers.push(fetcher);
      return new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name] ?? url ?? '',
        signingKey: options.signingKey,
        log,
        fetcher: fetcher.fetch,
        ...(options.subgraphPolicies?.[name] ? { policy: options.subgraphPolicies[name] } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}),
      });
    },
  });
  const costs = new DocumentCosts();
  const limits = queryLimits(costs);
  const budget = options.costBudget ?? { costPerWindow: 0, windowSeconds: 60 };
  return new ApolloServer<GatewayContext>({
    gateway: withCollapsedSubgraphFailures(gateway, () => fetchers.forEach((fetcher) => fetcher.close())),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    logger: apolloLogger(log),
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    maxRecursiveSelections: true,
    stopOnTerminationSignals: false,
    formatError: gatewayFormatError(log),
    plugins: [
      development ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      errorLogPlugin(log),
      // Bad dates, ids and NUL bytes: 400 BAD_USER_INPUT here, the same for all four agencies,
      // never passed on to a subgraph to come back as its outage.
      inputChecksPlugin<GatewayContext>(),
      ...(options.metrics ? [graphqlErrorMetricsPlugin<GatewayContext>(options.metrics)] : []),
      ...(tracingOn() ? [graphqlTracingPlugin<GatewayContext>()] : []),
      ...limits.plugins,
      costBudgetPlugin<GatewayContext>(new CostBudget(budget), costs, budget.windowSeconds),
    ],
  });
}

export interface ServeGatewayOptions extends CreateGatewayOptions {
  host: string;
  port: number;
  /** Resolves the caller of each request (anonymous until the trust layer). */
  authenticate?: Authenticate;
  /** Largest accepted request body, in bytes (default 100 kB). */
  maxBodyBytes?: number;
  /** Extra HTTP routes answered before GraphQL (the identity endpoints mount here). */
  routes?: ServeOptions<GatewayContext>['routes'];
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the gateway and listens: `/graphql`, `/healthz`, and `/readyz` (every subgraph ready). */
export async function serveGateway(options: ServeGatewayOptions): Promise<RunningGateway> {
  const authenticate = options.authenticate ?? anonymousOnly;
  const http = await serveHttp<GatewayContext>({
    apollo: createGateway(options),
    host: options.host,
    port: options.port,
    log: options.log,
    path: '/graphql',
    maxBodyBytes: options.maxBodyBytes ?? 100_000,
    context: async ({ req, requestId, correlationId }) => ({
      caller: await authenticate(req),
      requestId,
      correlationId,
      ...(req.socket.remoteAddress ? { remoteAddress: req.socket.remoteAddress } : {}),
    }),
    ready: createSubgraphReadiness({ subgraphUrls: options.subgraphUrls }),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.routes ? { routes: options.routes } : {}),
  });
  return { url: http.url, port: http.port, close: http.close };
}
