import { referenceOf } from '@lifeline/subgraph-runtime';
import { type StationResolvers } from '../__generated__/resolvers-types';

export const Station: StationResolvers = {
  __resolveReference: (representation) => referenceOf(representation),
  openIdentityChecks: (station, _, { loaders }) => loaders.openIdentityChecksByStation.load(station.id),
};
