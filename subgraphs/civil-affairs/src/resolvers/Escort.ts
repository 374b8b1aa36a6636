import { type EscortLegResolvers, type EscortResolvers } from '../__generated__/resolvers-types';
import { intFen, sumFen } from '../domain/money';

export const Escort: EscortResolvers = {
  // Reloaded through the caller's visibility (the access module): a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.escortById.load(reference.id),
  rescueCase: async (escort, _, { loaders }) => (await loaders.rescueCaseById.load(escort.rescueCase.id))!,
  legs: (escort, _, { loaders }) => loaders.legsByEscort.load(escort.id),
  totalCost: async (escort, _, { loaders }) => sumFen((await loaders.legsByEscort.load(escort.id)).map((leg) => leg.costFen)),
  totalCostFen: async (escort, _, { loaders }) => intFen(sumFen((await loaders.legsByEscort.load(escort.id)).map((leg) => leg.costFen)), 'totalCost'),
};

export const EscortLeg: EscortLegResolvers = {
  cost: (leg) => leg.costFen,
  costFen: (leg) => intFen(leg.costFen, 'cost'),
};
