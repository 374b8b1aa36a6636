import { fieldsWithoutRule } from '@lifeline/subgraph-runtime';
import { definition } from './server';

describe('the permission table', () => {
  it('names an explicit rule for every field of every type in the schema', () => {
    expect(fieldsWithoutRule(definition.typeDefs, definition.permissions)).toEqual([]);
  });
});
