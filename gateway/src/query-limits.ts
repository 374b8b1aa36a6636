/**
 * What a single operation may cost before the gateway plans it: depth, aliases (`__typename`
 * aliases included), directives, tokens and a field cost, via graphql-armor, with no field
 * suggestions in errors. Lists are capped again in each subgraph (page sizes of at most 100).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ApolloServerPlugin } from '@apollo/server';
import { type ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 5,
  maxTokens: 2000,
  maxCost: 50_000,
} as const;

/** The validation rules and plugins that enforce the limits. */
export function queryLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, exposeLimits: true },
    // The default allow-list exempts __typename; aliasing it is as cheap a way to amplify as any.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: false, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
