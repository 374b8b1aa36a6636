import { type StationResolvers } from '../__generated__/resolvers-types';

export const Station: StationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.stationById.load(reference.id),
  // The loader put the parent in its cache when it loaded the station: no batch of its own.
  parent: (station, _, { loaders }) => (station.parent ? loaders.stationById.load(station.parent.id) : null),
  children: (station, _, { loaders }) => loaders.childStationsByParent.load(station.id),
  openCaseCount: (station, _, { loaders }) => loaders.openCaseCountByStation.load(station.id),
  careZones: (station, _, { loaders }) => loaders.careZonesByStation.load(station.id),
};
