/**
 * What may leave a service in a GraphQL error. Expected failures carry one of the codes below and
 * a message written for people; anything else is replaced by a generic message, and only its
 * class name and the request id are logged: no SQL, stack, host or personal data.
 */
import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
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
export function maskedFormatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      return { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
    }
    const original = unwrapResolverError(error);
    log.error('masked error', {
      error: original instanceof Error ? original.name : typeof original,
      path: formatted.path?.join('.'),
    });
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
