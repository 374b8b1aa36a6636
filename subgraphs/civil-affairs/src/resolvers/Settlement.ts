import { type SettlementResolvers } from '../__generated__/resolvers-types';

export const Settlement: SettlementResolvers = {
  // Reloaded within the caller's jurisdiction: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.settlementById.load(reference.id),
  person: async (settlement, _, { loaders }) => (await loaders.personById.load(settlement.person.id))!,
  rescueCase: async (settlement, _, { loaders }) => (await loaders.rescueCaseById.load(settlement.rescueCase.id))!,
  // Public security resolves the check (its outcome and completion) through the graph.
  identityRecheck: (settlement) => (settlement.identityRecheckId ? { id: settlement.identityRecheckId } : null),
  escort: (settlement, _, { loaders }) => (settlement.escort ? loaders.escortById.load(settlement.escort.id) : null),
  // A settlement comes into being when the station proposes it.
  createdAt: (settlement) => settlement.proposedAt,
};
