/**
 * The shelter's DataLoaders (part of the request's loaders): placements by id (the shelter staff
 * only, as their list) and by referral (scoped: the shelter staff see all, a referring caseworker
 * her own), the referrals as the women's federation
 * sent them (shelter staff only), held places, rooms and the counts that every signed-in caller
 * may see.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { findViews, loaderByKey, loaderOfLists, type Caller } from '@lifeline/subgraph-runtime';
import DataLoader from 'dataloader';
import { ShelterPlaceHold } from './entities/shelter-place-hold.entity';
import { ShelterPlacement } from './entities/shelter-placement.entity';
import { ShelterReferralProjection } from './entities/shelter-referral-projection.entity';
import { isShelterStaff, placementScope } from './domain/access';
import { type ShelterRoomView } from './domain/shelter-capacity';
import { type ShelterRoomKind } from './domain/vocabulary';

export interface ShelterLoaders {
  placementById: DataLoader<string, ShelterPlacement | null>;
  placementByReferral: DataLoader<string, ShelterPlacement | null>;
  referralById: DataLoader<string, ShelterReferralProjection | null>;
  liveHoldsByPlacement: DataLoader<string, ShelterPlaceHold[]>;
  roomsByStation: DataLoader<string, ShelterRoomView[]>;
  roomById: DataLoader<string, ShelterRoomView | null>;
}

/** A place counts as taken while a live hold or a person in care has it. */
export const PLACE_TAKEN_SQL = `(exists (select 1 from shelter_place_hold h where h.place_id = zp.id and h.released_at is null) or exists (select 1 from rescue_case rc where rc.place_id = zp.id and rc.status = 'IN_CARE'))`;

/** Creates the shelter loaders for one request. */
type RoomRow = { station_id: string; id: string; label: string; kind: ShelterRoomKind; places: string; free: string };
const roomView = (row: RoomRow): ShelterRoomView => ({ id: row.id, label: row.label, kind: row.kind, places: Number(row.places), freePlaces: Number(row.free) });

export function createShelterLoaders(em: EntityManager, caller: Caller): ShelterLoaders {
  const connection = em.getConnection();
  // The shelter's rooms with their places now, by a condition on the room (r) or its zone (z).
  const roomRows = (condition: string, params: unknown[]) =>
    connection.execute<RoomRow[]>(
      `select z.station_id, r.id, r.label, r.kind, count(zp.id) as places, count(zp.id) filter (where not ${PLACE_TAKEN_SQL}) as free
         from shelter_room r join care_zone z on z.id = r.zone_id left join zone_place zp on zp.room_id = r.id
        where ${condition} and z.kind = 'DV_SHELTER'
        group by z.station_id, r.id, r.label, r.kind order by r.label`,
      params,
    );
  const staff = isShelterStaff(caller);
  const placements = placementScope(caller);
  return {
    placementById: loaderByKey((ids) => (staff ? findViews(em, ShelterPlacement, { id: { $in: [...ids] } }) : Promise.resolve([])), (placement) => placement.id),
    placementByReferral: loaderByKey(
      (referralIds) =>
        placements ? findViews(em, ShelterPlacement, { referralId: { $in: [...referralIds] }, ...placements }) : Promise.resolve([]),
      (placement) => placement.referralId,
    ),
    referralById: loaderByKey(
      (referralIds) => (staff ? findViews(em, ShelterReferralProjection, { id: { $in: [...referralIds] } }) : Promise.resolve([])),
      (referral) => referral.id,
    ),
    liveHoldsByPlacement: loaderOfLists(
      (placementIds) => em.find(ShelterPlaceHold, { placement: { $in: [...placementIds] }, releasedAt: null }, { populate: ['place', 'place.room'], orderBy: { forVictim: 'desc', place: { number: 'asc' } } }),
      (hold) => hold.placement.id,
    ),
    roomsByStation: new DataLoader<string, ShelterRoomView[]>(async (stationIds) => {
      const rows = await roomRows('z.station_id in (?)', [[...stationIds]]);
      return stationIds.map((id) => rows.filter((row) => row.station_id === id).map(roomView));
    }),
    // A room as the shelter's rooms show it: to shelter staff only, as `Shelter.rooms`.
    roomById: loaderByKey(async (roomIds) => (staff ? (await roomRows('r.id in (?)', [[...roomIds]])).map(roomView) : []), (room) => room.id),
  };
}
