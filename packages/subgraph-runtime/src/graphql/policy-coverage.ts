/**
 * Checks a permission table against the schema it guards: every field of every object type
 * (federation plumbing included) must have its own rule, so that nothing is reachable by the
 * fallback alone and a new field cannot ship without a decision about who may read it; and the
 * scope table against the same schema, walking every field × scope through the real rules.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isObjectType, parse } from 'graphql';
import { type IRules } from 'graphql-shield';
import { type Agency, type Caller } from '../auth/caller';
import { ROLES } from '../auth/roles';
import { EVERY_SCOPE, isKnownScope, isOpenToEveryScope, isStaffOnly, SCOPES, scopesCovering, STAFF_ONLY, type FieldsByType, type ScopeDefinition, type ScopedSubgraph } from '../auth/scopes';

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

/** Every `Type.field` of the object types of a subgraph's SDL (federation plumbing included). */
function schemaFields(typeDefs: string): Array<[type: string, field: string]> {
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs) });
  const fields: Array<[string, string]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) fields.push([type.name, field]);
  }
  return fields;
}

/**
 * What is wrong with the scope table for one subgraph's SDL: a field that no scope covers and
 * that is neither staff-only nor open to every scope (a new field must be decided), a field both
 * given to a scope and named staff-only, and names of types or fields the SDL lacks.
 */
export function scopeTableProblems(subgraph: ScopedSubgraph, typeDefs: string): string[] {
  const fields = schemaFields(typeDefs);
  const known = new Set(fields.map(([type, field]) => `${type}.${field}`));
  const knownTypes = new Set(fields.map(([type]) => type));
  const problems: string[] = [];
  for (const [type, field] of fields) {
    const covering = scopesCovering(subgraph, type, field);
    const open = isOpenToEveryScope(subgraph, type, field);
    const staffOnly = isStaffOnly(subgraph, type, field);
    if (!open && !staffOnly && covering.length === 0) problems.push(`${type}.${field} is in no scope and not staff-only`);
    if (staffOnly && (covering.length > 0 || open)) problems.push(`${type}.${field} is staff-only and yet given to ${open ? 'every scope' : covering.join(', ')}`);
  }
  const named: Array<[where: string, fields: FieldsByType | undefined]> = [
    ...Object.entries(SCOPES).map(([name, scope]): [string, FieldsByType | undefined] => [name, (scope as ScopeDefinition).fields[subgraph]]),
    ['EVERY_SCOPE', EVERY_SCOPE[subgraph]],
    ['STAFF_ONLY', STAFF_ONLY[subgraph]],
  ];
  for (const [where, byType] of named) {
    for (const [type, list] of Object.entries(byType ?? {})) {
      if (!knownTypes.has(type)) problems.push(`${where} names the type ${type}, which ${subgraph} lacks`);
      else for (const field of list) if (field !== '*' && !known.has(`${type}.${field}`)) problems.push(`${where} names ${type}.${field}, which ${subgraph} lacks`);
    }
  }
  for (const [name, scope] of Object.entries(SCOPES) as Array<[string, ScopeDefinition]>) {
    for (const inner of scope.includes ?? []) if (!isKnownScope(inner)) problems.push(`${name} includes ${inner}, which is no scope`);
    if (scope.access === 'write' && !scope.agencies?.length) problems.push(`${name} is a write scope of no agency`);
  }
  return problems;
}

type EvaluatedRule = { resolve(parent: unknown, args: unknown, ctx: unknown, info: unknown, options: unknown): Promise<boolean | string | Error> };

const AGENCIES: Agency[] = ['CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT'];

/**
 * Walks every field × scope × agency through the subgraph's real permission table: an
 * integrating system holding only that scope (and, to leave roles out of it, every role) must be
 * refused every field the scope does not cover, and must get exactly what a signed-in person of
 * the same roles and agency gets on the fields it covers. Answers the mismatches.
 */
export async function scopeEnforcementMismatches(subgraph: ScopedSubgraph, typeDefs: string, permissions: IRules): Promise<string[]> {
  const table = permissions as Record<string, Record<string, EvaluatedRule> | undefined>;
  const roles = Object.values(ROLES) as string[];
  const options = { debug: false, allowExternalErrors: false, fallbackRule: undefined, fallbackError: undefined, hashFunction: () => '' };
  // The only database question a rule asks is a count (whether the caller referred anyone).
  const em = { count: async () => 0 };
  const ask = async (rule: EvaluatedRule, caller: Caller) =>
    (await rule.resolve(undefined, {}, { caller, requestId: 'scope-walk', em, _shield: { cache: {} } }, {}, options)) === true;
  const mismatches: string[] = [];
  for (const [type, field] of schemaFields(typeDefs)) {
    const rule = table[type]?.[field];
    if (!rule) continue; // fieldsWithoutRule reports it
    const covering: readonly string[] = scopesCovering(subgraph, type, field);
    const open = isOpenToEveryScope(subgraph, type, field);
    for (const agency of AGENCIES) {
      const base = { id: 'scope-walk', agency, orgUnit: 'scope-walk', jurisdiction: '379900', roles };
      const staff = await ask(rule, { ...base, kind: 'user', scopes: [] });
      for (const scope of Object.keys(SCOPES)) {
        const expected = open || covering.includes(scope) ? staff : false;
        const system = await ask(rule, { ...base, kind: 'service', scopes: [scope] });
        if (system !== expected) mismatches.push(`${type}.${field} for a ${agency} system with ${scope}: ${system ? 'allowed' : 'refused'}, expected ${expected ? 'allowed' : 'refused'}`);
      }
    }
  }
  return mismatches;
}
