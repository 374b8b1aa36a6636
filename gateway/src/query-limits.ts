/**
 * What a single operation may cost before the gateway plans it: depth, aliases (`__typename`
 * aliases included), directives and a field cost, via graphql-armor, with no field suggestions in
 * errors; tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`), so a query over
 * the limit, like a syntax error, is answered 400 (graphql-armor re-parses in a plugin hook, where
 * any error, a syntax error included, became a 500). Lists are capped again in each subgraph
 * (page sizes of at most 100).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ApolloServerPlugin } from '@apollo/server';
import { type ValidationRule } from 'graphql';
import { type DocumentCosts } from './rate-limit';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 5,
  maxTokens: 2000,
  maxCost: 50_000,
} as const;

/**
 * The validation rules, plugins and parser options that enforce the limits; the cost of each
 * document that passes is noted in `costs` (what the caller's cost budget is charged).
 */
export function queryLimits(costs?: DocumentCosts): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, exposeLimits: true },
    // The default allow-list exempts __typename; aliasing it is as cheap a way to amplify as any.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: false,
      exposeLimits: true,
      onAccept: costs ? [(context, details: { n: number }) => context && costs.record(context.getDocument(), details.n)] : [],
    },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
