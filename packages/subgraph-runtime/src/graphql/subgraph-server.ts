/**
 * Builds a subgraph's Apollo Server: the Federation 2 schema from its SDL and resolvers, wrapped
 * in its graphql-shield policy (default deny, no external errors), with masked errors.
 */
import { graphqlErrorMetricsPlugin } from '../http/metrics-plugin';
import { type ServiceMetrics } from '../http/service-metrics';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { type RequestAudit } from '../audit/audit-trail';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type GraphQLSchema } from 'graphql';
import { refuseAndAudit, type PolicyContext } from './policy-rules';
import { applyMiddleware } from 'graphql-middleware';
import { deny, type IRules } from 'graphql-shield';
import { policyMiddleware } from './policy-middleware';
import { sensitivityMiddleware, sensitivityTable, type ProtectedRecords } from './sensitivity';
import { inputChecksPlugin } from './input-checks';
import { errorCode } from './error-codes';
import { errorLogPlugin, maskedFormatError } from './masked-errors';
import { type Log } from '../http/log';
import { graphqlTracingPlugin } from '../telemetry/graphql-tracing-plugin';
import { tracingOn } from '../telemetry/tracing';

export interface SubgraphSchemaInput {
  /** The subgraph's SDL (the file in schema/). */
  typeDefs: string;
  /** Resolvers as produced against the generated resolver types. */
  resolvers: unknown;
  /** The permission table: one rule per type and field. */
  permissions: IRules;
  /** Per type, which objects are records of a protected person (their classified fields are audited). */
  protectedRecords?: ProtectedRecords;
}

/**
 * The executable schema: SDL + resolvers + the permission policy (deny unless a rule allows), the
 * graphql-shield table applied by `policyMiddleware` (shield's semantics; rules about the caller
 * asked once per request instead of once per field).
 */
export function createSubgraphSchema(input: SubgraphSchemaInput): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(input.typeDefs),
    resolvers: input.resolvers as GraphQLResolverMap<unknown>,
  });
  const policy = policyMiddleware(schema, input.permissions, {
    fallbackRule: deny,
    // Every resolver error comes here too (no external errors): those pass on to the masking
    // formatError (typed ones keep their message); only a refusal becomes FORBIDDEN.
    fallbackError: (thrown, parent, args, ctx, info) => {
      if (thrown) return thrown instanceof Error ? thrown : new Error('non-error thrown');
      return refuseAndAudit(thrown, parent, args, ctx as unknown as PolicyContext, info);
    },
  });
  // The permission policy first: a refused field never resolves, so it is never audited as read.
  const sensitivity = sensitivityMiddleware(schema, sensitivityTable(input.typeDefs), input.protectedRecords ?? {});
  return applyMiddleware(schema, policy, sensitivity);
}

/**
 * Appends the request's audit entries once the response is ready. A failure to audit is an
 * internal error: the response is replaced, so nothing is served without its trace.
 */
function auditFlushPlugin(log: Log): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const audit = (contextValue as { audit?: RequestAudit }).audit;
          if (!audit) return;
          try {
            await audit.flush();
          } catch (error) {
            log.error('audit append failed', { requestId: (contextValue as { requestId?: string }).requestId ?? 'unknown', error: error instanceof Error ? error.name : 'unknown' });
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: 'Internal server error', extensions: { code: errorCode('INTERNAL_SERVER_ERROR') } }];
            }
          }
        },
      };
    },
  };
}

/**
 * The subgraph's Apollo Server: no landing page, no stack traces, masked errors. No cache-control
 * hints either (every answer is `no-store`, and the gateway ignores hints): with no plugin watching
 * fields, Apollo runs resolvers without wrapping each one in its instrumentation.
 */
export function createSubgraphApollo<TContext extends BaseContext>(schema: GraphQLSchema, log: Log, metrics?: ServiceMetrics): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process owner stops the server (runSubgraphProcess); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError: maskedFormatError(log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      errorLogPlugin(log),
      inputChecksPlugin<TContext>(),
      auditFlushPlugin(log),
      ...(metrics ? [graphqlErrorMetricsPlugin<TContext>(metrics)] : []),
      ...(tracingOn() ? [graphqlTracingPlugin<TContext>()] : []),
    ],
  });
}
