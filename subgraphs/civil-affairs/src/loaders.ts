/**
 * This request's DataLoaders: every `__resolveReference` and every relation a list can fan out on
 * goes through one of these, so a request's SQL statements do not grow with list length. Person
 * and case loaders apply the caller's visibility in the same statement.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists, type Caller } from '@lifeline/subgraph-runtime';
import DataLoader from 'dataloader';
import { CareService } from './entities/care-service.entity';
import { CareZone } from './entities/care-zone.entity';
import { EscortLeg } from './entities/escort-leg.entity';
import { Person } from './entities/person.entity';
import { RescueCase } from './entities/rescue-case.entity';
import { RescueCaseEvent } from './entities/rescue-case-event.entity';
import { Station } from './entities/station.entity';
import { caseVisibility, personVisibility } from './domain/person-access';
import { OPEN_CASE_STATUSES } from './domain/vocabulary';
import { createShelterLoaders, PLACE_TAKEN_SQL, type ShelterLoaders } from './shelter-loaders';

export interface Loaders extends ShelterLoaders {
  personById: DataLoader<string, Person | null>;
  stationById: DataLoader<string, Station | null>;
  rescueCaseById: DataLoader<string, RescueCase | null>;
  rescueCasesByPerson: DataLoader<string, RescueCase[]>;
  eventsByRescueCase: DataLoader<string, RescueCaseEvent[]>;
  childStationsByParent: DataLoader<string, Station[]>;
  openCaseCountByStation: DataLoader<string, number>;
  occupiedPlacesByShelterStation: DataLoader<string, number>;
  careZonesByStation: DataLoader<string, CareZone[]>;
  takenPlacesByZone: DataLoader<string, number>;
  servicesByRescueCase: DataLoader<string, CareService[]>;
  legsByEscort: DataLoader<string, EscortLeg[]>;
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const connection = em.getConnection();
  const persons = personVisibility(caller);
  const cases = caseVisibility(caller);
  const visibleCases = async (condition: string, params: unknown[]) => {
    const rows = await connection.execute<Array<Record<string, unknown>>>(
      `select rc.* from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id
       where ${condition} and ${persons.sql} and (${cases.sql}) order by rc.intake_at desc, rc.id desc`,
      [...params, ...persons.params, ...cases.params],
    );
    return rows.map((row) => em.map(RescueCase, row));
  };
  return {
    personById: loaderByKey(async (ids) => {
      const rows = await connection.execute<Array<Record<string, unknown>>>(
        `select p.* from person p where p.id in (?) and ${persons.sql}`,
        [[...ids], ...persons.params],
      );
      return rows.map((row) => em.map(Person, row));
    }, (p) => p.id),
    stationById: loaderByKey((ids) => em.find(Station, { id: { $in: [...ids] } }), (s) => s.id),
    rescueCaseById: loaderByKey((ids) => visibleCases('rc.id in (?)', [[...ids]]), (c) => c.id),
    rescueCasesByPerson: loaderOfLists((personIds) => visibleCases('rc.person_id in (?)', [[...personIds]]), (c) => c.person.id),
    eventsByRescueCase: loaderOfLists(
      (caseIds) => em.find(RescueCaseEvent, { rescueCase: { $in: [...caseIds] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.rescueCase.id,
    ),
    childStationsByParent: loaderOfLists(
      (parentIds) => em.find(Station, { parent: { $in: [...parentIds] } }, { orderBy: { level: 'asc', name: 'asc' } }),
      (s) => s.parent!.id,
    ),
    // Counts only; the shelter zone is left out so that no count moves when a victim arrives.
    openCaseCountByStation: new DataLoader<string, number>(async (stationIds) => {
      const rows = await connection.execute<Array<{ station_id: string; open: string }>>(
        `select station_id, count(*) as open from rescue_case where station_id in (?) and status in (?) and zone is distinct from 'DV_SHELTER' group by station_id`,
        [[...stationIds], [...OPEN_CASE_STATUSES]],
      );
      const open = new Map(rows.map((row) => [row.station_id, Number(row.open)]));
      return stationIds.map((id) => open.get(id) ?? 0);
    }),
    occupiedPlacesByShelterStation: new DataLoader<string, number>(async (stationIds) => {
      const rows = await connection.execute<Array<{ station_id: string; taken: string }>>(
        `select z.station_id, count(*) as taken from zone_place zp join care_zone z on z.id = zp.zone_id where z.station_id in (?) and z.kind = 'DV_SHELTER' and ${PLACE_TAKEN_SQL} group by z.station_id`,
        [[...stationIds]],
      );
      const taken = new Map(rows.map((row) => [row.station_id, Number(row.taken)]));
      return stationIds.map((id) => taken.get(id) ?? 0);
    }),
    servicesByRescueCase: loaderOfLists(
      (caseIds) => em.find(CareService, { rescueCase: { $in: [...caseIds] } }, { orderBy: { givenAt: 'asc', id: 'asc' } }),
      (service) => service.rescueCase.id,
    ),
    legsByEscort: loaderOfLists(
      (escortIds) => em.find(EscortLeg, { escort: { $in: [...escortIds] } }, { orderBy: { sequence: 'asc' } }),
      (leg) => leg.escort.id,
    ),
    careZonesByStation: loaderOfLists(
      (stationIds) => em.find(CareZone, { station: { $in: [...stationIds] } }, { orderBy: { kind: 'asc' } }),
      (zone) => zone.station.id,
    ),
    takenPlacesByZone: new DataLoader<string, number>(async (zoneIds) => {
      const rows = await connection.execute<Array<{ zone_id: string; taken: string }>>(
        `select zp.zone_id, count(*) as taken from zone_place zp where zp.zone_id in (?) and ${PLACE_TAKEN_SQL} group by zp.zone_id`,
        [[...zoneIds]],
      );
      const taken = new Map(rows.map((row) => [row.zone_id, Number(row.taken)]));
      return zoneIds.map((id) => taken.get(id) ?? 0);
    }),
    ...createShelterLoaders(em, caller),
  };
}
