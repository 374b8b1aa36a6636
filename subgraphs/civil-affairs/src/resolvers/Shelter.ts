import { type ShelterResolvers } from '../__generated__/resolvers-types';

export const Shelter: ShelterResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.shelterById.load(reference.id),
  address: (shelter, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'Shelter', recordId: shelter.id, fields: ['address'], outcome: 'ALLOWED' });
    return shelter.address;
  },
  contactPhone: (shelter, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'Shelter', recordId: shelter.id, fields: ['contactPhone'], outcome: 'ALLOWED' });
    return shelter.contactPhone;
  },
  // Capacity, open to every signed-in caller by design: other agencies may know whether the
  // shelter has room, never who is in it (DOMAIN.md §4). These count places (held or taken) and
  // empty family rooms, never persons or referrals, and answer the same whoever asks.
  freePlaces: (shelter, _, { loaders }) => loaders.occupiedPlacesByShelterStation.load(shelter.station.id).then((taken) => Math.max(0, shelter.totalPlaces - taken)),
  freeFamilyRooms: async (shelter, _, { loaders }) =>
    (await loaders.roomsByStation.load(shelter.station.id)).filter((room) => room.kind === 'FAMILY' && room.freePlaces === room.places && room.places > 0).length,
  // Which rooms are taken tells who is there: the shelter's own staff only (see permissions).
  rooms: (shelter, _, { loaders }) => loaders.roomsByStation.load(shelter.station.id),
};
