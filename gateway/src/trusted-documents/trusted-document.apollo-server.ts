/**
 * The gateway's Apollo Server, which admits each HTTP GraphQL request through the persisted-query
 * gate before Apollo Server reads it. Apollo's own persisted queries stay off
 * (`persistedQueries: false`): they keep one cache for every caller and would refuse the
 * extension before any plugin could look the id up for this caller, so the gate answers a refusal
 * itself, or hands Apollo the request with the document's text in `query` and no `persistedQuery`
 * extension. Handles POST bodies and GET query strings alike, so text cannot slip in by GET.
 */
import { ApolloServer, HeaderMap, type ApolloServerOptions, type ContextThunk, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { type ServiceMetrics } from '@lifeline/subgraph-runtime';
import { type GatewayContext } from '../subgraph.data-source';
import { admitOperation, type GateDecision, type OperationSource, type PersistedQueryGate } from './persisted-query.gate';

type JsonObject = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a request carries its operation: a POST's JSON body or a GET's query string. */
type Carrier = { kind: 'body'; body: JsonObject; extensions: JsonObject | undefined } | { kind: 'search'; params: URLSearchParams; extensions: JsonObject | undefined };

/** The carrier of the request's operation, or null for anything Apollo Server refuses by itself (a batch, a bad body). */
function carrierOf(request: HTTPGraphQLRequest): Carrier | null {
  if (request.method === 'POST') {
    if (!isRecord(request.body)) return null;
    const extensions = request.body.extensions;
    if (extensions !== undefined && !isRecord(extensions)) return null;
    return { kind: 'body', body: request.body, extensions };
  }
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    const raw = params.get('extensions');
    let extensions: unknown;
    try {
      extensions = raw === null ? undefined : JSON.parse(raw);
    } catch {
      return null;
    }
    if (extensions !== undefined && !isRecord(extensions)) return null;
    return { kind: 'search', params, extensions };
  }
  return null;
}

function sourceOf(carrier: Carrier): OperationSource {
  const query = carrier.kind === 'body' ? carrier.body.query : (carrier.params.get('query') ?? undefined);
  return { query: typeof query === 'string' ? query : undefined, persistedQuery: carrier.extensions?.persistedQuery };
}

/** The request with `query` set to the document's text and the `persistedQuery` extension gone. */
function withText(request: HTTPGraphQLRequest, carrier: Carrier, query: string): HTTPGraphQLRequest {
  const { persistedQuery: _persistedQuery, ...otherExtensions } = carrier.extensions ?? {};
  const extensions = Object.keys(otherExtensions).length > 0 ? otherExtensions : undefined;
  if (carrier.kind === 'body') {
    const { extensions: _extensions, ...body } = carrier.body;
    return { ...request, body: { ...body, query, ...(extensions ? { extensions } : {}) } };
  }
  const params = new URLSearchParams(carrier.params);
  params.set('query', query);
  if (extensions) params.set('extensions', JSON.stringify(extensions));
  else params.delete('extensions');
  return { ...request, search: params.toString() };
}

function refusal(decision: Extract<GateDecision, { outcome: 'refuse' }>): HTTPGraphQLResponse {
  return {
    status: decision.status,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: JSON.stringify({ errors: [{ message: decision.message, extensions: { code: decision.code } }] }) },
  };
}

/** Apollo Server behind the persisted-query gate (see the file header). */
export class TrustedDocumentApolloServer extends ApolloServer<GatewayContext> {
  constructor(
    options: ApolloServerOptions<GatewayContext>,
    /** The trusted documents and the rules: `/trusted-documents` shares them. */
    readonly gate: PersistedQueryGate,
    private readonly metrics?: ServiceMetrics,
  ) {
    super(options);
  }

  override async executeHTTPGraphQLRequest(request: { httpGraphQLRequest: HTTPGraphQLRequest; context: ContextThunk<GatewayContext> }): Promise<HTTPGraphQLResponse> {
    const carrier = carrierOf(request.httpGraphQLRequest);
    if (!carrier) return super.executeHTTPGraphQLRequest(request);
    let context: GatewayContext;
    try {
      context = await request.context();
    } catch {
      // Apollo Server answers a failed context its own way (it asks for it again).
      return super.executeHTTPGraphQLRequest(request);
    }
    const decision = await admitOperation(this.gate, context.caller, sourceOf(carrier));
    if (decision.outcome === 'refuse') {
      this.metrics?.countErrors([decision.code]);
      return refusal(decision);
    }
    const httpGraphQLRequest = decision.outcome === 'run' ? withText(request.httpGraphQLRequest, carrier, decision.query) : request.httpGraphQLRequest;
    // The context built once: Apollo Server is handed the one the gate decided for.
    return super.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context });
  }
}
