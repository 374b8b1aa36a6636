import { type EscortResolvers } from '../__generated__/resolvers-types';

export const Escort: EscortResolvers = {
  // Reloaded through the caller's visibility (the access module): a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.escortById.load(reference.id),
  rescueCase: async (escort, _, { loaders }) => (await loaders.rescueCaseById.load(escort.rescueCase.id))!,
  legs: (escort, _, { loaders }) => loaders.legsByEscort.load(escort.id),
  totalCostFen: async (escort, _, { loaders }) => (await loaders.legsByEscort.load(escort.id)).reduce((sum, leg) => sum + leg.costFen, 0),
};
