/** Names each GraphQL request's server span after its operation (name and type only). */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { recordGraphQLOperation } from './tracing';

/** Add only when `tracingOn()`: without tracing the plugin would be one more hook per request. */
export function graphqlTracingPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          recordGraphQLOperation(operationName, operation?.operation);
        },
      };
    },
  };
}
