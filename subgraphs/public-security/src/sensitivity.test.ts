import { personalDataTypes, unclassifiedFields } from '@lifeline/subgraph-runtime';
import { definition } from './server';

describe('the sensitivity classification in the SDL', () => {
  it('classifies every field of every type that holds personal data (a new field fails until decided)', () => {
    expect(personalDataTypes(definition.typeDefs).length).toBeGreaterThan(0);
    expect(unclassifiedFields(definition.typeDefs)).toEqual([]);
  });

  it('names a protected-record rule only for types the SDL has', () => {
    const types = new Set(personalDataTypes(definition.typeDefs));
    expect(Object.keys(definition.protectedRecords ?? {}).filter((type) => !types.has(type))).toEqual([]);
  });
});
