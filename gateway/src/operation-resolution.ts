/**
 * A request whose `operationName` names no operation of its document, or that sends several
 * operations and no name, is answered 400 OPERATION_RESOLUTION_FAILURE, as the error-code table
 * says. Without this, Apollo's gateway executor throws on it, which Apollo Server answered with a
 * masked 500 (INTERNAL_SERVER_ERROR) as if the gateway had failed.
 */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { errorCode } from '@lifeline/subgraph-runtime';

/** Refuses a request whose operation cannot be told, before any agency is asked. */
export function operationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? 'No operation of the document has the name given in operationName.'
            : `The document holds ${operations} operations: name the one to run in operationName.`;
          throw new GraphQLError(message, { extensions: { code: errorCode('OPERATION_RESOLUTION_FAILURE'), http: { status: 400 } } });
        },
      };
    },
  };
}
