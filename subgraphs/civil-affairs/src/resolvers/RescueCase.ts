import { type RescueCaseResolvers } from '../__generated__/resolvers-types';
import { stayDays } from '../domain/person-description';

export const RescueCase: RescueCaseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.rescueCaseById.load(reference.id),
  person: async (rescueCase, _, { loaders }) => (await loaders.personById.load(rescueCase.person.id))!,
  station: async (rescueCase, _, { loaders }) => (await loaders.stationById.load(rescueCase.station.id))!,
  stayDays: (rescueCase) => stayDays(rescueCase.intakeAt, rescueCase.exitAt),
  events: (rescueCase, _, { loaders }) => loaders.eventsByRescueCase.load(rescueCase.id),
};
