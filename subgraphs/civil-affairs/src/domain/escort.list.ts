/**
 * The escorts a caller may see — in her work jurisdiction, of persons she sees (the access
 * module) — as cursor pages in three orders: newest or oldest request first, and a partner's sync
 * (least recently changed first, from `updatedSince`); and as the old capped list. Every order
 * ends with the id, so paging to the end yields each visible escort once; the page and the count
 * are two statements whatever the page size.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { sqlAllOf, sqlKeysetPage, sqlOneOf, viewFromRow, type Caller, type KeysetPage, type SqlKeysetOrder } from '@lifeline/subgraph-runtime';
import { type EscortOrder, type QueryEscortsConnectionArgs } from '../__generated__/resolvers-types';
import { Escort } from '../entities/escort.entity';
import { stationWorkVisibility, type SqlFragment } from './access';
import { type EscortStatus } from './vocabulary';

/** Escorts with their case, person and station, under the aliases the access module's fragments read (`es`, `rc`, `p`, `s`). */
export const ESCORT_ROWS = 'escort es join rescue_case rc on rc.id = es.rescue_case_id join person p on p.id = rc.person_id join station s on s.id = rc.station_id';

/** The escorts the caller sees that meet every condition: one visibility for the list, the pages and the by-id loader. */
export function visibleEscorts(caller: Caller, ...conditions: SqlFragment[]): SqlFragment {
  return sqlAllOf(...conditions, stationWorkVisibility(caller));
}

/** Each order's keyset (a timestamp, then the id). */
const KEYSETS: Record<EscortOrder, SqlKeysetOrder<Escort>> = {
  NEWEST_FIRST: { property: 'createdAt', column: 'es.created_at', direction: 'desc' },
  OLDEST_FIRST: { property: 'createdAt', column: 'es.created_at', direction: 'asc' },
  UPDATED: { property: 'updatedAt', column: 'es.updated_at', direction: 'asc' },
};

/** One page of the escorts the caller sees under the filters; what she may not see is absent from the page and the count alike. */
export function findEscortsPage(em: EntityManager, caller: Caller, args: QueryEscortsConnectionArgs): Promise<KeysetPage<Escort>> {
  const filters = sqlOneOf('es.status', args.statuses);
  if (args.crossProvince != null) filters.push({ sql: 'es.cross_province = ?', params: [args.crossProvince] });
  if (args.updatedSince) filters.push({ sql: 'es.updated_at >= ?', params: [args.updatedSince] });
  if (args.updatedBefore) filters.push({ sql: 'es.updated_at < ?', params: [args.updatedBefore] });
  const order = args.order ?? 'NEWEST_FIRST';
  return sqlKeysetPage(
    em,
    { select: 'es.*', from: ESCORT_ROWS, id: 'es.id', where: visibleEscorts(caller, ...filters) },
    (row) => viewFromRow(em, Escort, row),
    { order, keyset: KEYSETS[order], first: args.first, after: args.after, last: args.last, before: args.before },
  );
}

/** Escorts the caller sees in a status (cross-province requests awaiting the center when none is given), newest first. */
export async function findEscorts(em: EntityManager, caller: Caller, status: EscortStatus | null | undefined, first: number): Promise<Escort[]> {
  const where = visibleEscorts(caller, status ? { sql: 'es.status = ?', params: [status] } : { sql: `es.status = 'REQUESTED' and es.cross_province`, params: [] });
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `select es.* from ${ESCORT_ROWS} where ${where.sql} order by es.created_at desc, es.id desc limit ?`,
    [...where.params, first],
  );
  return rows.map((row) => viewFromRow(em, Escort, row));
}
