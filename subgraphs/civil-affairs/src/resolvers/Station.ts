import { wrap } from '@mikro-orm/core';
import { type StationResolvers } from '../__generated__/resolvers-types';

export const Station: StationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.stationById.load(reference.id),
  // Loaded with the station (see the loader); through the loader only when it arrived some other way.
  parent: (station, _, { loaders }) => {
    if (!station.parent) return null;
    return wrap(station.parent).isInitialized() ? station.parent : loaders.stationById.load(station.parent.id);
  },
  children: (station, _, { loaders }) => loaders.childStationsByParent.load(station.id),
  openCaseCount: (station, _, { loaders }) => loaders.openCaseCountByStation.load(station.id),
  careZones: (station, _, { loaders }) => loaders.careZonesByStation.load(station.id),
};
