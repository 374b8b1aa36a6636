/**
 * How the gateway calls one subgraph: an internal token for the caller (audience = the subgraph's
 * name, lifetime at most 60 s, carrying the verified caller; reused for that caller while it has
 * more than half its life left, see InternalTokenCache), the request id, and nothing else
 * from the incoming request: no client header (`authorization`, `x-user-id`, cookies, …) is ever
 * forwarded. A failed call becomes a `SubgraphUnavailableError` whose message names no host.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, type Caller, type Log } from '@lifeline/subgraph-runtime';
import { InternalTokenCache } from './internal-token-cache';
import { failureCause, SubgraphUnavailableError } from './subgraph-failure';

/** The per-request context the gateway builds for every operation. */
export type GatewayContext = {
  /** The verified caller (anonymous until the trust layer verifies user tokens). */
  caller: Caller;
  /** Correlates the gateway's and the subgraphs' logs. */
  requestId: string;
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
}

/** A `RemoteGraphQLDataSource` that sends the caller's internal token with every call. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly tokens: InternalTokenCache;
  private readonly log: Log;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
    this.name = options.name;
    this.tokens = new InternalTokenCache(options.name, options.signingKey);
    this.log = options.log;
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
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      const requestId = (options.context as Partial<GatewayContext>).requestId;
      this.log.warn('subgraph call failed', { subgraph: this.name, cause: failureCause(error), requestId });
      throw new SubgraphUnavailableError(this.name);
    }
  }
}
