import { type PersonResolvers } from '../__generated__/resolvers-types';
import { displayName } from '../domain/person-description';

export const Person: PersonResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
  displayName: (person) => displayName(person),
  rescueCases: (person, _, { loaders }) => loaders.rescueCasesByPerson.load(person.id),
};
