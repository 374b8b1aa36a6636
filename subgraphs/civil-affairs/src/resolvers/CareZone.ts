import { type CareZoneResolvers } from '../__generated__/resolvers-types';

export const CareZone: CareZoneResolvers = {
  freePlaces: async (zone, _, { loaders }) => zone.places - (await loaders.takenPlacesByZone.load(zone.id)),
};
