import { fieldsWithoutRule, scopeEnforcementMismatches, scopeTableProblems } from '@lifeline/subgraph-runtime';
import { definition } from './server';

describe('the permission table', () => {
  it('names an explicit rule for every field of every type in the schema', () => {
    expect(fieldsWithoutRule(definition.typeDefs, definition.permissions)).toEqual([]);
  });

  it('gives every field of the schema to a scope, to every scope, or to staff only (a new field fails until decided)', () => {
    expect(scopeTableProblems('womens-federation', definition.typeDefs)).toEqual([]);
  });

  it('refuses an integrating system every field its one scope does not cover, for every field × scope', async () => {
    expect(await scopeEnforcementMismatches('womens-federation', definition.typeDefs, definition.permissions)).toEqual([]);
  });
});
