import { type EmergencyEventResolvers } from '../__generated__/resolvers-types';

export const EmergencyEvent: EmergencyEventResolvers = {
  // Reloaded within the caller's jurisdiction: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.emergencyEventById.load(reference.id),
  state: (event) => (event.endedAt ? 'ENDED' : 'ONGOING'),
  points: (event, _, { loaders }) => loaders.emergencyPointsByEvent.load(event.id),
  dailyHelpCounts: (event, _, { loaders }) => loaders.helpCountsByEvent.load(event.id),
  peopleHelped: (event, _, { loaders }) => loaders.peopleHelpedByEvent.load(event.id),
};
