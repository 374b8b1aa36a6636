/**
 * The emergency events a caller may see — those touching her jurisdiction (the access module) —
 * as cursor pages in three orders: newest or oldest started first, and a partner's sync (least
 * recently changed first, from `updatedSince`); and as the old capped list. Every order ends with
 * the id, so paging to the end yields each visible event once; the page and the count are two
 * statements whatever the page size.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { sqlAllOf, sqlKeysetPage, viewFromRow, type Caller, type KeysetPage, type SqlKeysetOrder } from '@lifeline/subgraph-runtime';
import { type EmergencyEventOrder, type QueryEmergencyEventsConnectionArgs } from '../__generated__/resolvers-types';
import { EmergencyEvent } from '../entities/emergency-event.entity';
import { eventVisibility, type SqlFragment } from './access';

/** Events under the alias the access module's fragment reads (`e`). */
export const EMERGENCY_EVENT_ROWS = 'emergency_event e';

/** The events the caller sees that meet every condition: one visibility for the list, the pages and the by-id loader. */
export function visibleEmergencyEvents(caller: Caller, ...conditions: SqlFragment[]): SqlFragment {
  return sqlAllOf(...conditions, eventVisibility(caller));
}

const ONGOING: SqlFragment = { sql: 'e.ended_at is null', params: [] };

/** Each order's keyset (a timestamp, then the id): the old list's start time, or the last change. */
const KEYSETS: Record<EmergencyEventOrder, SqlKeysetOrder<EmergencyEvent>> = {
  NEWEST_FIRST: { property: 'startedAt', column: 'e.started_at', direction: 'desc' },
  OLDEST_FIRST: { property: 'startedAt', column: 'e.started_at', direction: 'asc' },
  UPDATED: { property: 'updatedAt', column: 'e.updated_at', direction: 'asc' },
};

/** One page of the events the caller sees under the filters; what she may not see is absent from the page and the count alike. */
export function findEmergencyEventsPage(em: EntityManager, caller: Caller, args: QueryEmergencyEventsConnectionArgs): Promise<KeysetPage<EmergencyEvent>> {
  const filters: SqlFragment[] = [];
  if (args.ongoingOnly) filters.push(ONGOING);
  if (args.updatedSince) filters.push({ sql: 'e.updated_at >= ?', params: [args.updatedSince] });
  if (args.updatedBefore) filters.push({ sql: 'e.updated_at < ?', params: [args.updatedBefore] });
  const order = args.order ?? 'NEWEST_FIRST';
  return sqlKeysetPage(
    em,
    { select: 'e.*', from: EMERGENCY_EVENT_ROWS, id: 'e.id', where: visibleEmergencyEvents(caller, ...filters) },
    (row) => viewFromRow(em, EmergencyEvent, row),
    { order, keyset: KEYSETS[order], first: args.first, after: args.after, last: args.last, before: args.before },
  );
}

/** Events touching the caller's jurisdiction, newest first. */
export async function findEmergencyEvents(em: EntityManager, caller: Caller, ongoingOnly: boolean, first: number): Promise<EmergencyEvent[]> {
  const where = visibleEmergencyEvents(caller, ...(ongoingOnly ? [ONGOING] : []));
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `select e.* from ${EMERGENCY_EVENT_ROWS} where ${where.sql} order by e.started_at desc, e.id desc limit ?`,
    [...where.params, first],
  );
  return rows.map((row) => viewFromRow(em, EmergencyEvent, row));
}
