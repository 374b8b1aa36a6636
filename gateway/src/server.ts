/**
 * The gateway: Apollo Server over `@apollo/gateway`, serving the committed supergraph (never
 * introspecting subgraphs), calling each subgraph with a freshly signed internal token, and
 * answering at the edge like every other service (`/graphql`, `/healthz`, `/readyz`), and running
 * trusted documents by id (trusted-documents/: the portal's from its build, each integrating
 * system's own from `/trusted-documents`).
 * `createGateway` is pure (tests use it without sockets); `serveGateway` listens.
 */
import { ApolloGateway } from '@apollo/gateway';
import { type ApolloServerOptionsWithGateway } from '@apollo/server';
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
import { operationResolutionPlugin } from './operation-resolution';
import { queryLimits } from './query-limits';
import { CostBudget, costBudgetPlugin, DocumentCosts, type CostBudgetOptions } from './rate-limit';
import { authenticate as anonymousOnly, type Authenticate } from './authentication';
import { type GatewayMode } from './config';
import { collapseSubgraphFailures, gatewayFormatError } from './subgraph-failure';
import { createSubgraphReadiness } from './subgraph-readiness';
import { type SubgraphCallPolicy } from './subgraph-resilience';
import { SubgraphDataSource, type GatewayContext, type InternalSigningKey } from './subgraph.data-source';
import { createSubgraphFetcher, type SubgraphFetcher } from './subgraph-fetcher';
import { DocumentCheck } from './trusted-documents/document-check';
import { type FreeTextPolicy, type PersistedQueryGate } from './trusted-documents/persisted-query.gate';
import { TrustedDocumentApolloServer } from './trusted-documents/trusted-document.apollo-server';
import { TrustedDocumentStore, type ClientDocuments } from './trusted-documents/trusted-document.store';
import { trustedDocumentRoutes } from './trusted-documents/trusted-documents.routes';

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
  /** Which documents run by id, and who may send text. */
  trustedDocuments: TrustedDocumentsOptions;
}

/** The gateway's trusted documents (see trusted-documents/persisted-query.gate.ts for the rules). */
export interface TrustedDocumentsOptions {
  /** Whether staff and anonymous callers may send query text: `require` (production's default) runs trusted documents only. */
  freeText: FreeTextPolicy;
  /** Documents of build-time manifests (the portal's `persisted-documents.json`) by SHA-256; every caller may run them. */
  manifest: ReadonlyMap<string, string>;
  /** Reads the manifest again when it changed (development: the portal's documents are edited while the gateway runs). */
  reloadManifest?: () => ReadonlyMap<string, string> | undefined;
  /** Integrating systems' own documents and document policies (the identity database's registry). */
  clients?: ClientDocuments;
  /** Most documents one system may register (default 500). */
  perClientLimit?: number;
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
export function createGateway(options: CreateGatewayOptions): TrustedDocumentApolloServer {
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
  const trusted = options.trustedDocuments;
  const check = new DocumentCheck();
  const gate: PersistedQueryGate = {
    store: new TrustedDocumentStore({
      manifest: trusted.manifest,
      ...(trusted.reloadManifest ? { reloadManifest: trusted.reloadManifest } : {}),
      ...(trusted.clients ? { clients: trusted.clients } : {}),
      ...(trusted.perClientLimit !== undefined ? { perClientLimit: trusted.perClientLimit } : {}),
    }),
    check,
    freeText: trusted.freeText,
    onRegistered: (caller, sha256Hash) => log.info('trusted document registered by automatic persisted query', { client: caller.id, sha256Hash }),
  };
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    check.useSchema(apiSchema);
    // A manifest built against another schema would fail when its documents run: said at start.
    const stale = [...trusted.manifest].filter(([, text]) => check.problemOf(text) !== null).map(([id]) => id);
    if (stale.length > 0) log.warn('trusted documents of the manifest do not validate against the schema', { count: stale.length, ids: stale.slice(0, 5) });
  });
  return new TrustedDocumentApolloServer({
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
      operationResolutionPlugin<GatewayContext>(),
      ...(options.metrics ? [graphqlErrorMetricsPlugin<GatewayContext>(options.metrics)] : []),
      ...(tracingOn() ? [graphqlTracingPlugin<GatewayContext>()] : []),
      ...limits.plugins,
      costBudgetPlugin<GatewayContext>(new CostBudget(budget), costs, budget.windowSeconds),
    ],
  }, gate, options.metrics);
}

export interface ServeGatewayOptions extends CreateGatewayOptions {
  host: string;
  port: number;
  /** Resolves the caller of each request (anonymous until the trust layer). */
  authenticate?: Authenticate;
  /** Largest accepted request body, in bytes (default 100 kB). */
  maxBodyBytes?: number;
  /** Extra HTTP routes answered before GraphQL (the identity endpoints mount here; `/trusted-documents` is the gateway's own). */
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
  const apollo = createGateway(options);
  const trustedDocuments = trustedDocumentRoutes(apollo.gate, authenticate, options.log);
  const extraRoutes = options.routes;
  const http = await serveHttp<GatewayContext>({
    apollo,
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
    routes: async (req, res, info) => (await trustedDocuments(req, res, info)) || (extraRoutes ? extraRoutes(req, res, info) : false),
  });
  return { url: http.url, port: http.port, close: http.close };
}
