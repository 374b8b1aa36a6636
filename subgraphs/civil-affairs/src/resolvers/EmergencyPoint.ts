import { pageSize } from '@lifeline/subgraph-runtime';
import { type EmergencyPointResolvers } from '../__generated__/resolvers-types';

export const EmergencyPoint: EmergencyPointResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.emergencyPointById.load(reference.id),
  // A point is visible only within an event that touches the caller's jurisdiction.
  event: async (point, _, { loaders }) => (await loaders.emergencyEventById.load(point.event.id))!,
  station: async (point, _, { loaders }) => (await loaders.stationById.load(point.station.id))!,
  state: (point) => (point.closedAt ? 'CLOSED' : 'OPEN'),
  peopleHelped: (point, _, { loaders }) => loaders.peopleHelpedByPoint.load(point.id),
  dailyHelpCounts: (point, _, { loaders }) => loaders.helpCountsByPoint.load(point.id),
  recentHelp: async (point, { first }, { loaders }) => (await loaders.recentHelpByPoint.load(point.id)).slice(0, pageSize(first, 100, 20)),
};
