/**
 * This request's DataLoaders: every `__resolveReference` and every relation a list can fan out on
 * goes through one of these, so a request's SQL statements do not grow with list length. Person
 * and case loaders apply the caller's visibility in the same statement.
 */
import { type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { findViews, loaderByKey, loaderOfLists, type Caller, viewFromRow } from '@lifeline/subgraph-runtime';
import DataLoader from 'dataloader';
import { CareService } from './entities/care-service.entity';
import { CareZone } from './entities/care-zone.entity';
import { EscortLeg } from './entities/escort-leg.entity';
import { Person } from './entities/person.entity';
import { RescueCase } from './entities/rescue-case.entity';
import { RescueCaseEvent } from './entities/rescue-case-event.entity';
import { Station } from './entities/station.entity';
import { helpVisibility, missingPersonReportVisibility, personVisibility, pointVisibility, streetReportVisibility, visibleCaseSql } from './domain/access';
import { EmergencyEvent } from './entities/emergency-event.entity';
import { EmergencyHelp } from './entities/emergency-help.entity';
import { EmergencyPoint } from './entities/emergency-point.entity';
import { MissingPersonReport } from './entities/missing-person-report.entity';
import { Shelter } from './entities/shelter.entity';
import { StreetReport } from './entities/street-report.entity';
import { Escort } from './entities/escort.entity';
import { Settlement } from './entities/settlement.entity';
import { type EmergencyHelpCountView } from './domain/emergency.service';
import { EMERGENCY_EVENT_ROWS, visibleEmergencyEvents } from './domain/emergency-event.list';
import { ESCORT_ROWS, visibleEscorts } from './domain/escort.list';
import { SETTLEMENT_ROWS, visibleSettlements } from './domain/settlement.list';
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
  emergencyEventById: DataLoader<string, EmergencyEvent | null>;
  emergencyPointById: DataLoader<string, EmergencyPoint | null>;
  emergencyPointsByEvent: DataLoader<string, EmergencyPoint[]>;
  helpCountsByEvent: DataLoader<string, EmergencyHelpCountView[]>;
  helpCountsByPoint: DataLoader<string, EmergencyHelpCountView[]>;
  peopleHelpedByEvent: DataLoader<string, number>;
  peopleHelpedByPoint: DataLoader<string, number>;
  recentHelpByPoint: DataLoader<string, EmergencyHelp[]>;
  settlementById: DataLoader<string, Settlement | null>;
  escortById: DataLoader<string, Escort | null>;
  careZoneById: DataLoader<string, CareZone | null>;
  careServiceById: DataLoader<string, CareService | null>;
  rescueCaseEventById: DataLoader<string, RescueCaseEvent | null>;
  shelterById: DataLoader<string, Shelter | null>;
  streetReportById: DataLoader<string, StreetReport | null>;
  missingPersonReportById: DataLoader<string, MissingPersonReport | null>;
  emergencyHelpById: DataLoader<string, EmergencyHelp | null>;
}

/** Help counted per point per Asia/Shanghai day: a linked person once a day, each anonymous entry once. */
const DAILY_COUNTS = `select p.event_id, h.point_id, to_char(h.helped_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
  count(distinct h.person_id) + count(*) filter (where h.person_id is null) as people,
  count(*) filter (where h.food) as food, count(*) filter (where h.lodging) as lodging, count(*) filter (where h.clothing) as clothing
  from emergency_help h join emergency_point p on p.id = h.point_id join station s on s.id = p.station_id`;
type DailyCountRow = { event_id: string; point_id: string; day: string; people: string; food: string; lodging: string; clothing: string };
const countView = (row: DailyCountRow): EmergencyHelpCountView & { eventId: string } => ({
  eventId: row.event_id,
  pointId: row.point_id,
  day: row.day,
  peopleHelped: Number(row.people),
  food: Number(row.food),
  lodging: Number(row.lodging),
  clothing: Number(row.clothing),
});

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const connection = em.getConnection();
  const persons = personVisibility(caller);
  const cases = visibleCaseSql(caller);
  const visibleCases = async (condition: string, params: unknown[]) => {
    const rows = await connection.execute<Array<Record<string, unknown>>>(
      `select rc.* from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id
       where ${condition} and ${cases.sql} order by rc.intake_at desc, rc.id desc`,
      [...params, ...cases.params],
    );
    return rows.map((row) => viewFromRow(em, RescueCase, row));
  };
  // A case's events and services are seen exactly where the case is (its person and its station).
  const ofVisibleCases = async <T extends object>(entity: EntityName<T>, table: string, ids: readonly string[]) => {
    const rows = await connection.execute<Array<Record<string, unknown>>>(
      `select x.* from ${table} x join rescue_case rc on rc.id = x.rescue_case_id join person p on p.id = rc.person_id join station s on s.id = rc.station_id
       where x.id in (?) and ${cases.sql}`,
      [[...ids], ...cases.params],
    );
    return rows.map((row) => viewFromRow(em, entity, row));
  };
  const points = pointVisibility(caller);
  const visiblePoints = async (condition: string, params: unknown[]) => {
    const rows = await connection.execute<Array<Record<string, unknown>>>(
      `select p.* from emergency_point p join station s on s.id = p.station_id where ${condition} and ${points.sql} order by p.opened_at asc, p.id asc`,
      [...params, ...points.params],
    );
    return rows.map((row) => viewFromRow(em, EmergencyPoint, row));
  };
  // The figures count exactly the entries `recentHelp` lists: a visible point's help the caller sees.
  const help = helpVisibility(caller);
  const dailyCounts = async (column: 'p.event_id' | 'h.point_id', ids: readonly string[]) => {
    const rows = await connection.execute<DailyCountRow[]>(
      `${DAILY_COUNTS} where ${column} in (?) and ${points.sql} and ${help.sql} group by p.event_id, h.point_id, 3 order by 3 asc, h.point_id asc`,
      [[...ids], ...points.params, ...help.params],
    );
    return rows.map(countView);
  };
  const peopleHelped = async (column: 'p.event_id' | 'h.point_id', ids: readonly string[]) => {
    const rows = await connection.execute<Array<{ key: string; people: string }>>(
      `select ${column} as key, count(distinct h.person_id) + count(*) filter (where h.person_id is null) as people
       from emergency_help h join emergency_point p on p.id = h.point_id join station s on s.id = p.station_id where ${column} in (?) and ${points.sql} and ${help.sql} group by ${column}`,
      [[...ids], ...points.params, ...help.params],
    );
    const byKey = new Map(rows.map((row) => [row.key, Number(row.people)]));
    return ids.map((id) => byKey.get(id) ?? 0);
  };
  const stationById: DataLoader<string, Station | null> = loaderByKey(async (ids) => {
    const rows = await connection.execute<Array<Record<string, unknown>>>(
      'select s.* from station s where s.id in (?) or s.id in (select parent_id from station where id in (?))',
      [[...ids], [...ids]],
    );
    const stations = rows.map((row) => viewFromRow(em, Station, row));
    // Keys of this batch are cached already (priming them is a no-op); their parents are not.
    for (const station of stations) stationById.prime(station.id, station);
    return stations;
  }, (s) => s.id);
  return {
    emergencyEventById: loaderByKey(async (ids) => {
      const visible = visibleEmergencyEvents(caller, { sql: 'e.id in (?)', params: [[...ids]] });
      const rows = await connection.execute<Array<Record<string, unknown>>>(`select e.* from ${EMERGENCY_EVENT_ROWS} where ${visible.sql}`, visible.params);
      return rows.map((row) => viewFromRow(em, EmergencyEvent, row));
    }, (e) => e.id),
    emergencyPointById: loaderByKey((ids) => visiblePoints('p.id in (?)', [[...ids]]), (p) => p.id),
    emergencyPointsByEvent: loaderOfLists((eventIds) => visiblePoints('p.event_id in (?)', [[...eventIds]]), (p) => p.event.id),
    helpCountsByEvent: loaderOfLists((eventIds) => dailyCounts('p.event_id', eventIds), (row) => (row as ReturnType<typeof countView>).eventId),
    helpCountsByPoint: loaderOfLists((pointIds) => dailyCounts('h.point_id', pointIds), (row) => row.pointId),
    peopleHelpedByEvent: new DataLoader<string, number>((eventIds) => peopleHelped('p.event_id', eventIds)),
    peopleHelpedByPoint: new DataLoader<string, number>((pointIds) => peopleHelped('h.point_id', pointIds)),
    // The latest 100 entries of each point (the resolver takes the page it needs).
    recentHelpByPoint: loaderOfLists(async (pointIds) => {
      const rows = await connection.execute<Array<Record<string, unknown>>>(
        `select ranked.* from (select h.*, row_number() over (partition by h.point_id order by h.helped_at desc, h.id desc) as position
           from emergency_help h join emergency_point p on p.id = h.point_id join station s on s.id = p.station_id where h.point_id in (?) and ${points.sql} and ${help.sql}) ranked
         where ranked.position <= 100 order by ranked.helped_at desc, ranked.id desc`,
        [[...pointIds], ...points.params, ...help.params],
      );
      return rows.map(({ position: _position, ...row }) => viewFromRow(em, EmergencyHelp, row));
    }, (help) => help.point.id),
    settlementById: loaderByKey(async (ids) => {
      const visible = visibleSettlements(caller, { sql: 'st.id in (?)', params: [[...ids]] });
      const rows = await connection.execute<Array<Record<string, unknown>>>(`select st.* from ${SETTLEMENT_ROWS} where ${visible.sql}`, visible.params);
      return rows.map((row) => viewFromRow(em, Settlement, row));
    }, (s) => s.id),
    escortById: loaderByKey(async (ids) => {
      const visible = visibleEscorts(caller, { sql: 'es.id in (?)', params: [[...ids]] });
      const rows = await connection.execute<Array<Record<string, unknown>>>(`select es.* from ${ESCORT_ROWS} where ${visible.sql}`, visible.params);
      return rows.map((row) => viewFromRow(em, Escort, row));
    }, (e) => e.id),
    careZoneById: loaderByKey((ids) => findViews(em, CareZone, { id: { $in: [...ids] } }), (zone) => zone.id),
    careServiceById: loaderByKey((ids) => ofVisibleCases(CareService, 'care_service', ids), (service) => service.id),
    rescueCaseEventById: loaderByKey((ids) => ofVisibleCases(RescueCaseEvent, 'rescue_case_event', ids), (event) => event.id),
    // Every signed-in caller sees that a shelter exists and whether it has room (its location is guarded field by field).
    shelterById: loaderByKey((ids) => findViews(em, Shelter, { id: { $in: [...ids] } }), (shelter) => shelter.id),
    streetReportById: loaderByKey(async (ids) => {
      const visible = streetReportVisibility(caller);
      const rows = await connection.execute<Array<Record<string, unknown>>>(`select sr.* from street_report sr where sr.id in (?) and ${visible.sql}`, [[...ids], ...visible.params]);
      return rows.map((row) => viewFromRow(em, StreetReport, row));
    }, (report) => report.id),
    missingPersonReportById: loaderByKey(async (ids) => {
      const visible = missingPersonReportVisibility(caller);
      const rows = await connection.execute<Array<Record<string, unknown>>>(`select r.* from missing_person_report r where r.id in (?) and ${visible.sql}`, [[...ids], ...visible.params]);
      return rows.map((row) => viewFromRow(em, MissingPersonReport, row));
    }, (report) => report.id),
    // The entries `recentHelp` lists: of a point the caller sees, and seen by her (a protected victim's only by those she is visible to).
    emergencyHelpById: loaderByKey(async (ids) => {
      const rows = await connection.execute<Array<Record<string, unknown>>>(
        `select h.* from emergency_help h join emergency_point p on p.id = h.point_id join station s on s.id = p.station_id where h.id in (?) and ${points.sql} and ${help.sql}`,
        [[...ids], ...points.params, ...help.params],
      );
      return rows.map((row) => viewFromRow(em, EmergencyHelp, row));
    }, (entry) => entry.id),
    personById: loaderByKey(async (ids) => {
      const rows = await connection.execute<Array<Record<string, unknown>>>(
        `select p.* from person p where p.id in (?) and ${persons.sql}`,
        [[...ids], ...persons.params],
      );
      return rows.map((row) => viewFromRow(em, Person, row));
    }, (p) => p.id),
    // A station comes with its parent in the same statement, so `parent` never costs a batch of its
    // own: the parents are put in this loader's cache. Stations as read views (no managed entities).
    stationById,
    rescueCaseById: loaderByKey((ids) => visibleCases('rc.id in (?)', [[...ids]]), (c) => c.id),
    rescueCasesByPerson: loaderOfLists((personIds) => visibleCases('rc.person_id in (?)', [[...personIds]]), (c) => c.person.id),
    eventsByRescueCase: loaderOfLists(
      (caseIds) => findViews(em, RescueCaseEvent, { rescueCase: { $in: [...caseIds] } }, { at: 'asc', id: 'asc' }),
      (e) => e.rescueCase.id,
    ),
    childStationsByParent: loaderOfLists(
      (parentIds) => findViews(em, Station, { parent: { $in: [...parentIds] } }, { level: 'asc', name: 'asc' }),
      (s) => s.parent!.id,
    ),
    // Counts only; the shelter zone is left out so that no count moves when a victim arrives, and
    // a case counts only where the caller could see it: a protected person's case elsewhere counts
    // for those she is visible to, county staff count their county's cases.
    openCaseCountByStation: new DataLoader<string, number>(async (stationIds) => {
      const rows = await connection.execute<Array<{ station_id: string; open: string }>>(
        `select rc.station_id, count(*) as open from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id
         where rc.station_id in (?) and rc.status in (?) and rc.zone is distinct from 'DV_SHELTER'
           and ${cases.sql} group by rc.station_id`,
        [[...stationIds], [...OPEN_CASE_STATUSES], ...cases.params],
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
      (caseIds) => findViews(em, CareService, { rescueCase: { $in: [...caseIds] } }, { givenAt: 'asc', id: 'asc' }),
      (service) => service.rescueCase.id,
    ),
    legsByEscort: loaderOfLists(
      (escortIds) => findViews(em, EscortLeg, { escort: { $in: [...escortIds] } }, { sequence: 'asc' }),
      (leg) => leg.escort.id,
    ),
    careZonesByStation: loaderOfLists(
      (stationIds) => findViews(em, CareZone, { station: { $in: [...stationIds] } }, { kind: 'asc' }),
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
