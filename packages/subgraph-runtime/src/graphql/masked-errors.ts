/**
 * What may leave a service in a GraphQL error. Expected failures carry one of the codes below and
 * a message written for people; anything else is replaced by a generic message. Unexpected errors
 * are logged by class name and path with the request id: no SQL, stack, host or personal data.
 */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { type GraphQLFormattedError } from 'graphql';
import { type Log } from '../http/log';

export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
]);

/** An Apollo `formatError` that masks every error whose code is not public. */
export function maskedFormatError(_log?: Log) {
  return (formatted: GraphQLFormattedError, _error?: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      return { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
    }
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Logs each unexpected error once, by class name and path, with the request id. */
export function errorLogPlugin(log: Log): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = (contextValue as { requestId?: string }).requestId ?? 'unknown';
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) continue;
            const original = unwrapResolverError(error);
            log.error('unexpected error', { requestId, error: original instanceof Error ? original.name : typeof original, path: error.path?.join('.') });
          }
        },
      };
    },
  };
}
