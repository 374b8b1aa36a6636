/** Counts the GraphQL errors of every answer by code, for `/metrics`. */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { type ServiceMetrics } from './service-metrics';

export function graphqlErrorMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) metrics.countErrors(errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : undefined)));
        },
      };
    },
  };
}
