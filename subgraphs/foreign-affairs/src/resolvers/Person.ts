import { referenceOf } from '@lifeline/subgraph-runtime';
import { type PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (representation) => referenceOf(representation),
  aidEntrustments: (person, _, { loaders }) => loaders.aidEntrustmentsByPerson.load(person.id),
};
