import { type RescueCaseResolvers } from '../__generated__/resolvers-types';
import { stayDays } from '../domain/person-description';
import { stayFlag } from '../domain/stay-clock';

export const RescueCase: RescueCaseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.rescueCaseById.load(reference.id),
  person: async (rescueCase, _, { loaders }) => (await loaders.personById.load(rescueCase.person.id))!,
  station: async (rescueCase, _, { loaders }) => (await loaders.stationById.load(rescueCase.station.id))!,
  stayDays: (rescueCase) => stayDays(rescueCase.intakeAt, rescueCase.exitAt),
  events: (rescueCase, _, { loaders }) => loaders.eventsByRescueCase.load(rescueCase.id),
  services: (rescueCase, _, { loaders }) => loaders.servicesByRescueCase.load(rescueCase.id),
  stayFlag: async (rescueCase, _, { loaders }) => {
    const person = await loaders.personById.load(rescueCase.person.id);
    return stayFlag(rescueCase, { identityStatus: person?.identityStatus ?? 'UNIDENTIFIED' }, new Date());
  },
};
