import { type CareZoneResolvers } from '../__generated__/resolvers-types';

export const CareZone: CareZoneResolvers = {
  // Capacity of the network, the same for every caller by design: stations place and transfer
  // people by free places across counties. It counts places, not the persons in them (those are
  // listed and counted only through the access module: Station.openCaseCount).
  freePlaces: async (zone, _, { loaders }) => zone.places - (await loaders.takenPlacesByZone.load(zone.id)),
};
