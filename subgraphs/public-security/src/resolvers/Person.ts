import { referenceOf } from '@lifeline/subgraph-runtime';
import { type PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (representation) => referenceOf(representation),
  identityChecks: (person, _, { loaders }) => loaders.identityChecksByPerson.load(person.id),
};
