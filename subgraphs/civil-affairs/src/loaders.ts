/**
 * This request's DataLoaders: every `__resolveReference` and every relation a list can fan out on
 * goes through one of these, so a request's SQL statements do not grow with list length.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists } from '@lifeline/subgraph-runtime';
import DataLoader from 'dataloader';
import { Person } from './entities/person.entity';
import { RescueCase } from './entities/rescue-case.entity';
import { RescueCaseEvent } from './entities/rescue-case-event.entity';
import { Station } from './entities/station.entity';
import { OPEN_CASE_STATUSES } from './domain/vocabulary';

export interface Loaders {
  personById: DataLoader<string, Person | null>;
  stationById: DataLoader<string, Station | null>;
  rescueCaseById: DataLoader<string, RescueCase | null>;
  rescueCasesByPerson: DataLoader<string, RescueCase[]>;
  eventsByRescueCase: DataLoader<string, RescueCaseEvent[]>;
  childStationsByParent: DataLoader<string, Station[]>;
  openCaseCountByStation: DataLoader<string, number>;
}

/** Creates the loaders for one request over its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    personById: loaderByKey((ids) => em.find(Person, { id: { $in: [...ids] } }), (p) => p.id),
    stationById: loaderByKey((ids) => em.find(Station, { id: { $in: [...ids] } }), (s) => s.id),
    rescueCaseById: loaderByKey((ids) => em.find(RescueCase, { id: { $in: [...ids] } }), (c) => c.id),
    rescueCasesByPerson: loaderOfLists(
      (personIds) => em.find(RescueCase, { person: { $in: [...personIds] } }, { orderBy: { intakeAt: 'desc', id: 'desc' } }),
      (c) => c.person.id,
    ),
    eventsByRescueCase: loaderOfLists(
      (caseIds) => em.find(RescueCaseEvent, { rescueCase: { $in: [...caseIds] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.rescueCase.id,
    ),
    childStationsByParent: loaderOfLists(
      (parentIds) => em.find(Station, { parent: { $in: [...parentIds] } }, { orderBy: { level: 'asc', name: 'asc' } }),
      (s) => s.parent!.id,
    ),
    openCaseCountByStation: new DataLoader<string, number>(async (stationIds) => {
      const rows: Array<{ station_id: string; open: string }> = await em
        .getConnection()
        .execute('select station_id, count(*) as open from rescue_case where station_id in (?) and status in (?) group by station_id', [
          [...stationIds],
          [...OPEN_CASE_STATUSES],
        ]);
      const open = new Map(rows.map((row) => [row.station_id, Number(row.open)]));
      return stationIds.map((id) => open.get(id) ?? 0);
    }),
  };
}
