/**
 * Checks a permission table against the schema it guards: every field of every object type
 * (federation plumbing included) must have its own rule, so that nothing is reachable by the
 * fallback alone and a new field cannot ship without a decision about who may read it.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isObjectType, parse } from 'graphql';
import { type IRules } from 'graphql-shield';

/** `Type.field` names that have no explicit rule in the table. */
export function fieldsWithoutRule(typeDefs: string, permissions: IRules): string[] {
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs) });
  const table = permissions as Record<string, unknown>;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules = table[type.name];
    for (const field of Object.keys(type.getFields())) {
      const explicit = rules !== null && typeof rules === 'object' && !('resolve' in (rules as object)) && field in (rules as object);
      if (!explicit) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}
