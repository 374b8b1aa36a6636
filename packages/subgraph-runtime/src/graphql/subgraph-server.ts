/**
 * Builds a subgraph's Apollo Server: the Federation 2 schema from its SDL and resolvers, wrapped
 * in its graphql-shield policy (default deny, no external errors), with masked errors.
 */
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { maskedFormatError } from './masked-errors';
import { type Log } from '../http/log';

export interface SubgraphSchemaInput {
  /** The subgraph's SDL (the file in schema/). */
  typeDefs: string;
  /** Resolvers as produced against the generated resolver types. */
  resolvers: unknown;
  /** The permission table: one rule per type and field. */
  permissions: IRules;
}

/** The error the policy answers with when a rule does not allow the access. */
export function notAuthorised(): GraphQLError {
  return new GraphQLError('Not authorised', { extensions: { code: 'FORBIDDEN' } });
}

/** The executable schema: SDL + resolvers + the permission policy (deny unless a rule allows). */
export function createSubgraphSchema(input: SubgraphSchemaInput): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(input.typeDefs),
    resolvers: input.resolvers as GraphQLResolverMap<unknown>,
  });
  const policy = shield(input.permissions, {
    fallbackRule: deny,
    allowExternalErrors: false,
    fallbackError: notAuthorised,
  });
  return applyMiddleware(schema, policy);
}

/** The subgraph's Apollo Server: no landing page, no stack traces, masked errors. */
export function createSubgraphApollo<TContext extends BaseContext>(schema: GraphQLSchema, log: Log): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: maskedFormatError(log),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
}
