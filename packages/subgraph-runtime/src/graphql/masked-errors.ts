/**
 * What may leave a service in a GraphQL error. Expected failures carry one of the public codes of
 * the error-code table (`error-codes.ts`) and a message written for people; anything else is
 * replaced by a generic message. Unexpected errors are logged by class name and path with the
 * request id: no SQL, stack, host or personal data.
 */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { type GraphQLFormattedError } from 'graphql';
import { type Log } from '../http/log';
import { errorCode, PUBLIC_ERROR_CODES } from './error-codes';

export { PUBLIC_ERROR_CODES } from './error-codes';

const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/;

/**
 * A public error's message as it may leave: no "Did you mean" suggestions (they spell out the
 * schema), and no submitted value repeated (graphql-js quotes variables and literals it refuses,
 * which would send a passport or ID number back into logs and screens). What was wrong and where
 * stays.
 */
export function publicMessage(message: string, error?: unknown): string {
  let text = message;
  // `Variable "$i" got invalid value { ... } at "i.x"; <reason>`: keep the variable, the path and the reason.
  const variable = /^Variable "\$([^"]+)" got invalid value /.exec(text);
  if (variable) {
    const reason = (error as { originalError?: { message?: unknown } } | undefined)?.originalError?.message;
    const cut = typeof reason === 'string' && text.endsWith(`; ${reason}`) ? text.length - reason.length - 2 : text.indexOf('; ');
    const head = cut >= 0 ? text.slice(0, cut) : text;
    const at = / at "([^"]*)"$/.exec(head);
    const rest = cut >= 0 ? text.slice(cut + 2) : '';
    text = `Variable "$${variable[1]}" has an invalid value${at ? ` at "${at[1]}"` : ''}${rest ? `; ${rest}` : '.'}`;
  }
  return text
    .replace(/ ?Did you mean [^?]*\?/g, '')
    .replace(/ cannot represent ([^:]*): .*$/s, ' cannot represent $1.')
    .replace(/Value "[^"]*" does not exist in "([^"]+)" enum\./g, 'The value is not one of the "$1" enum values.')
    .replace(/, found .*$/s, '.')
    .trim();
}

/** An Apollo `formatError` that masks every error whose code is not public. */
export function maskedFormatError(_log?: Log) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // A query over the token limit is a limit like depth or aliases, not a syntax error.
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (tokens) return { message: `Token limit of ${tokens[1]} exceeded.`, extensions: { code: errorCode('GRAPHQL_VALIDATION_FAILED') } };
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      let message = publicMessage(formatted.message, error);
      // graphql-armor words its depth, alias, directive and cost limits as syntax errors; they are not.
      if (code === 'GRAPHQL_VALIDATION_FAILED') message = message.replace(/^Syntax Error: /, '');
      return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
    }
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: errorCode('INTERNAL_SERVER_ERROR') },
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
