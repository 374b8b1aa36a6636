/**
 * The portal's only way to the graph: a POST to the gateway from server code (server components,
 * server actions, route handlers), typed by the documents codegen generates from `graphql(...)`.
 * It sends each document's id only, never its text (Apollo's persisted-query format:
 * `extensions.persistedQuery.sha256Hash`): the gateway runs the documents of the portal's build,
 * whose manifest codegen writes beside them (src/gql/persisted-documents.json), and in production
 * refuses staff's text.
 *
 * It never throws for a failed query. It returns whatever data came back together with the
 * errors, so a page can show every section that answered and an error state for the rest; when
 * the gateway itself cannot be reached the result has no data and one error saying so.
 */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { withTracedCall } from '@lifeline/subgraph-runtime/telemetry';
import { readPortalConfig } from '@/lib/portal-config';
import { readIncomingTraceContext } from './incoming-trace-context';
import { persistedId } from './persisted-id';
import { readSessionToken } from './session-token';

/** Code of the error the client adds when the gateway cannot be reached or answers garbage. */
export const GATEWAY_UNAVAILABLE = 'GATEWAY_UNAVAILABLE';

/** Code of the error the client adds when the gateway refuses the session's token (HTTP 401). */
export const SESSION_REJECTED = 'SESSION_REJECTED';

/** One GraphQL error as it arrives from the gateway. */
export interface GraphError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; subgraph?: string; [key: string]: unknown };
}

/** Codes with which the graph refuses a caller who is not signed in or not entitled. */
const NOT_AUTHORISED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', SESSION_REJECTED]);

/** Whether an error says the caller may not read what was asked (sign-in missing or expired, or no right). */
export function isNotAuthorised(error: GraphError): boolean {
  return NOT_AUTHORISED_CODES.has(error.extensions?.code ?? '');
}

/**
 * Whether an error only withheld one value inside data that did arrive (a field the caller may
 * not read, e.g. biometric samples for non-police roles): the page shows that value as restricted.
 */
export function isWithheldValue(error: GraphError): boolean {
  return isNotAuthorised(error) && (error.path?.length ?? 0) > 1;
}

/** Data (possibly partial) and errors of one operation. */
export interface GraphResult<TData> {
  data: TData | null;
  errors: GraphError[];
}


function unavailable<TData>(cause: string): GraphResult<TData> {
  // Logged as a code only: the gateway's address stays out of the page and out of the log.
  console.warn(`[portal] gateway request failed: ${cause}`);
  return { data: null, errors: [{ message: 'The gateway is unavailable.', extensions: { code: GATEWAY_UNAVAILABLE } }] };
}

function isGraphError(value: unknown): value is GraphError {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/**
 * Runs one query or mutation against the gateway with the current user's token.
 * `cache: 'no-store'`: records change all the time and differ by caller.
 */
export async function queryGraph<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<GraphResult<TData>> {
  const { gatewayUrl, gatewayTimeoutMs } = readPortalConfig();
  const { sha256Hash, operationName } = persistedId(document);
  const token = await readSessionToken();
  const incomingTrace = await readIncomingTraceContext();
  let response: Response;
  try {
    // With tracing on, a span per call (named after the operation, never its variables) whose
    // traceparent the gateway continues; it continues the trace of the page's own request, if any.
    const traced = operationName ? { 'graphql.operation.name': operationName } : {};
    response = await withTracedCall(`graph ${operationName ?? 'operation'}`, traced, (trace) =>
      fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...trace,
        },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables, operationName }),
        cache: 'no-store',
        signal: AbortSignal.timeout(gatewayTimeoutMs),
      }),
      incomingTrace,
    );
  } catch (error) {
    return unavailable(error instanceof Error ? error.name : 'fetch failed');
  }
  if (response.status === 401) {
    // The token is bad or expired: the proxy refreshes expiring tokens, so the session is over.
    return { data: null, errors: [{ message: 'The gateway refused the session.', extensions: { code: SESSION_REJECTED } }] };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return unavailable(`HTTP_${response.status} without a JSON body`);
  }
  const { data, errors } = (body ?? {}) as { data?: unknown; errors?: unknown };
  const graphErrors = Array.isArray(errors) ? errors.filter(isGraphError) : [];
  if (data === undefined && graphErrors.length === 0) return unavailable(`HTTP_${response.status} without data or errors`);
  return { data: (data ?? null) as TData | null, errors: graphErrors };
}
