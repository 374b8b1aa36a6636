import { type EscortResolvers } from '../__generated__/resolvers-types';
import { Escort as EscortEntity } from '../entities/escort.entity';
import { jurisdictionPrefix } from '../domain/person-access';

export const Escort: EscortResolvers = {
  // Reloaded within the caller's jurisdiction: a representation proves nothing about access.
  __resolveReference: async (reference, { em, caller }) => {
    const visible = await em.findOne(EscortEntity, { id: reference.id }, { populate: ['rescueCase.station', 'rescueCase.person'] });
    if (!visible || visible.rescueCase.person.confidential || !caller.jurisdiction) return null;
    const prefix = caller.roles.includes('CENTER_STAFF') ? '' : jurisdictionPrefix(caller.jurisdiction);
    return visible.rescueCase.station.jurisdiction.startsWith(prefix) ? visible : null;
  },
  rescueCase: async (escort, _, { loaders }) => (await loaders.rescueCaseById.load(escort.rescueCase.id))!,
  legs: (escort, _, { loaders }) => loaders.legsByEscort.load(escort.id),
  totalCostFen: async (escort, _, { loaders }) => (await loaders.legsByEscort.load(escort.id)).reduce((sum, leg) => sum + leg.costFen, 0),
};
