/**
 * How the gateway calls one subgraph: an internal token for the caller (audience = the subgraph's
 * name, lifetime at most 60 s, carrying the verified caller; reused for that caller while it has
 * more than half its life left, see InternalTokenCache), the request id, and nothing else
 * from the incoming request: no client header (`authorization`, `x-user-id`, cookies, …) is ever
 * forwarded. Each call goes through the subgraph's guard (deadline, in-flight cap, circuit breaker,
 * one retry for reads: see subgraph-resilience.ts). A failed call becomes a `SubgraphUnavailableError` whose message names no host.
 * With tracing on, each call is a client span (`subgraph <name>`) whose W3C `traceparent` the
 * request carries, so the subgraph's spans join the caller's trace.
 */
import { type ServiceMetrics } from '@lifeline/subgraph-runtime';
import { randomUUID, type KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, injectTraceContext, withClientSpan, type Caller, type Log } from '@lifeline/subgraph-runtime';
import { InternalTokenCache } from './internal-token-cache';
import { failureCause, inputErrorsOf, SubgraphUnavailableError } from './subgraph-failure';
import { abortableFetcher, DEFAULT_SUBGRAPH_CALL_POLICY, SubgraphGuard, withCallSignal, type SubgraphCallPolicy } from './subgraph-resilience';

/** The per-request context the gateway builds for every operation. */
export type GatewayContext = {
  /** The verified caller (anonymous until the trust layer verifies user tokens). */
  caller: Caller;
  /** The gateway's own id for the request: logs, internal tokens, every agency's audit trail. */
  requestId: string;
  /** The client's own id for the request (its `x-request-id`), kept apart: never an audit id. */
  correlationId?: string | null;
  /** The client's address: whose cost budget an anonymous operation spends. */
  remoteAddress?: string;
};

/** The key the gateway signs internal tokens with. */
export interface InternalSigningKey {
  privateKey: KeyObject;
  kid: string;
}

/** Headers the gateway itself may put on a subgraph request; everything else is dropped. */
const OWN_HEADERS = new Set(['content-type', 'apollo-federation-include-trace']);

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph; also the internal token's audience. */
  name: string;
  url: string;
  signingKey: InternalSigningKey;
  log: Log;
  /** How requests are sent (default: `@apollo/gateway`'s own fetcher). */
  fetcher?: RemoteGraphQLDataSource['fetcher'];
  /** Deadline, in-flight cap and breaker for this subgraph (defaults: DEFAULT_SUBGRAPH_CALL_POLICY). */
  policy?: SubgraphCallPolicy;
  /** Observes each call's latency and outcome. */
  metrics?: ServiceMetrics;
}

/** Whether a subgraph call only reads, so sending it twice is harmless. */
function isRead(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  if (!('incomingRequestContext' in options)) return false;
  return options.incomingRequestContext.operation?.operation === 'query' && !/^\s*mutation\b/.test(options.request.query ?? '');
}

/** A `RemoteGraphQLDataSource` that sends the caller's internal token with every call. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly tokens: InternalTokenCache;
  private readonly log: Log;
  private readonly metrics: ServiceMetrics | undefined;
  /** This subgraph's deadline, in-flight cap and circuit breaker. */
  readonly guard: SubgraphGuard;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
    this.name = options.name;
    this.tokens = new InternalTokenCache(options.name, options.signingKey);
    this.log = options.log;
    this.metrics = options.metrics;
    this.guard = new SubgraphGuard(options.policy ?? DEFAULT_SUBGRAPH_CALL_POLICY);
    this.fetcher = abortableFetcher(this.fetcher);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    const foreign = [...headers].map(([name]) => name).filter((name) => !OWN_HEADERS.has(name.toLowerCase()));
    for (const name of foreign) headers.delete(name);
    const context = options.context as Partial<GatewayContext>;
    const caller = context.caller ?? ANONYMOUS;
    const requestId = context.requestId ?? randomUUID();
    headers.set('authorization', `Bearer ${this.tokens.tokenFor(caller)}`);
    headers.set('x-request-id', requestId);
    injectTraceContext((name, value) => headers.set(name, value));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    return withClientSpan(`subgraph ${this.name}`, { 'lifeline.subgraph': this.name }, () => this.guardedProcess(options));
  }

  private async guardedProcess(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    try {
      const call = async (signal: AbortSignal) => {
        try {
          return await withCallSignal(signal, () => super.process(options));
        } catch (error) {
          // The subgraph refused the input: an answer to pass on, not a failure of the subgraph.
          const refused = inputErrorsOf(error);
          if (refused) return refused;
          throw error;
        }
      };
      const response = await this.guard.run(call, { retry: isRead(options) });
      this.metrics?.observeSubgraphFetch(this.name, 'ok', (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const requestId = (options.context as Partial<GatewayContext>).requestId;
      const cause = failureCause(error);
      this.metrics?.observeSubgraphFetch(this.name, fetchOutcome(cause), (performance.now() - started) / 1000);
      this.log.warn('subgraph call failed', { subgraph: this.name, cause, requestId });
      throw new SubgraphUnavailableError(this.name);
    }
  }
}

/** A failed call's metric outcome: the guard's refusals by name, anything else an error. */
function fetchOutcome(cause: string): string {
  if (cause === 'TIMEOUT' || cause === 'CIRCUIT_OPEN' || cause === 'TOO_MANY_IN_FLIGHT') return cause.toLowerCase();
  return 'error';
}
