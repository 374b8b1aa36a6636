/**
 * What a client sees when a subgraph cannot answer: one error per failing subgraph, saying which
 * agency's data is missing, while the rest of the data still comes back. The cause (connection
 * refused, a non-2xx status, a malformed body) is logged as a code only; the message that leaves
 * never names a host, a port or a stack.
 */
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { errorCode, maskedFormatError, type Log } from '@lifeline/subgraph-runtime';

export const SUBGRAPH_UNAVAILABLE = errorCode('SUBGRAPH_UNAVAILABLE');

/** Thrown by the gateway's data source in place of whatever made a subgraph call fail. */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(readonly subgraph: string) {
    super(`Data from ${subgraph} is unavailable right now.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph },
    });
    this.name = 'SubgraphUnavailableError';
  }
}

/** The codes with which a subgraph refuses the request it was sent, rather than failing. */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([errorCode('BAD_USER_INPUT'), errorCode('GRAPHQL_VALIDATION_FAILED'), errorCode('GRAPHQL_PARSE_FAILED')]);

/**
 * When a subgraph answered HTTP 400 with input errors only (bad input the gateway's own checks did
 * not catch), those errors as the subgraph's answer: the caller's mistake, not an outage, so it is
 * neither counted against the subgraph's breaker nor reported as SUBGRAPH_UNAVAILABLE. Keeps each
 * error's code and message only. `null` for anything else.
 */
export function inputErrorsOf(error: unknown): { errors: GraphQLFormattedError[] } | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions?.response as { status?: unknown; body?: unknown } | undefined;
  if (response?.status !== 400) return null;
  const errors = (response.body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const answered: GraphQLFormattedError[] = [];
  for (const item of errors as Array<{ message?: unknown; extensions?: { code?: unknown } }>) {
    const code = item?.extensions?.code;
    if (typeof code !== 'string' || !CLIENT_ERROR_CODES.has(code) || typeof item.message !== 'string') return null;
    answered.push({ message: item.message, extensions: { code } });
  }
  return { errors: answered };
}

/** A short, host-free description of why a subgraph call failed, for the log. */
export function failureCause(error: unknown): string {
  if (error instanceof GraphQLError) {
    const response = error.extensions?.response as { status?: unknown } | undefined;
    if (typeof response?.status === 'number') return `HTTP_${response.status}`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Keeps one error per failing subgraph: a query plan may call the same subgraph several times
 * (one fetch per entity level), and each failed fetch would otherwise add its own error.
 */
export function collapseSubgraphFailures<T extends ExecutionResult>(result: T): T {
  if (!result.errors || result.errors.length < 2) return result;
  const seen = new Set<string>();
  const errors = result.errors.filter((error) => {
    if (!(error instanceof SubgraphUnavailableError)) return true;
    if (seen.has(error.subgraph)) return false;
    seen.add(error.subgraph);
    return true;
  });
  return { ...result, errors };
}

/**
 * The gateway's `formatError`: a subgraph outage passes with its code and the subgraph's name;
 * everything else goes through the runtime's masking (generic message unless the code is public).
 */
export function gatewayFormatError(log: Log) {
  const masked = maskedFormatError(log);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof SubgraphUnavailableError) {
      return { message: original.message, extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph: original.subgraph } };
    }
    return masked(formatted, error);
  };
}
