/**
 * The settlements a caller may see — in her work jurisdiction, of persons she sees (the access
 * module) — as cursor pages in three orders: newest or oldest proposal first, and a partner's sync
 * (least recently changed first, from `updatedSince`); and as the old capped list. Every order
 * ends with the id, so paging to the end yields each visible settlement once; the page and the
 * count are two statements whatever the page size.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { sqlAllOf, sqlKeysetPage, sqlOneOf, viewFromRow, type Caller, type KeysetPage, type SqlKeysetOrder } from '@lifeline/subgraph-runtime';
import { type QuerySettlementsConnectionArgs, type SettlementOrder } from '../__generated__/resolvers-types';
import { Settlement } from '../entities/settlement.entity';
import { stationWorkVisibility, type SqlFragment } from './access';
import { type SettlementStatus } from './vocabulary';

/** Settlements with their person, case and station, under the aliases the access module's fragments read (`st`, `p`, `rc`, `s`). */
export const SETTLEMENT_ROWS = 'settlement st join person p on p.id = st.person_id join rescue_case rc on rc.id = st.rescue_case_id join station s on s.id = rc.station_id';

/** The settlements the caller sees that meet every condition: one visibility for the list, the pages and the by-id loader. */
export function visibleSettlements(caller: Caller, ...conditions: SqlFragment[]): SqlFragment {
  return sqlAllOf(...conditions, stationWorkVisibility(caller));
}

/** Each order's keyset (a timestamp, then the id); a settlement is created by its proposal. */
const KEYSETS: Record<SettlementOrder, SqlKeysetOrder<Settlement>> = {
  NEWEST_FIRST: { property: 'proposedAt', column: 'st.proposed_at', direction: 'desc' },
  OLDEST_FIRST: { property: 'proposedAt', column: 'st.proposed_at', direction: 'asc' },
  UPDATED: { property: 'updatedAt', column: 'st.updated_at', direction: 'asc' },
};

/** One page of the settlements the caller sees under the filters; what she may not see is absent from the page and the count alike. */
export function findSettlementsPage(em: EntityManager, caller: Caller, args: QuerySettlementsConnectionArgs): Promise<KeysetPage<Settlement>> {
  const filters = sqlOneOf('st.status', args.statuses);
  if (args.updatedSince) filters.push({ sql: 'st.updated_at >= ?', params: [args.updatedSince] });
  if (args.updatedBefore) filters.push({ sql: 'st.updated_at < ?', params: [args.updatedBefore] });
  const order = args.order ?? 'NEWEST_FIRST';
  return sqlKeysetPage(
    em,
    { select: 'st.*', from: SETTLEMENT_ROWS, id: 'st.id', where: visibleSettlements(caller, ...filters) },
    (row) => viewFromRow(em, Settlement, row),
    { order, keyset: KEYSETS[order], first: args.first, after: args.after, last: args.last, before: args.before },
  );
}

/** Settlements the caller sees in a status (proposals awaiting the center when none is given), newest first. */
export async function findSettlements(em: EntityManager, caller: Caller, status: SettlementStatus | null | undefined, first: number): Promise<Settlement[]> {
  const where = visibleSettlements(caller, { sql: 'st.status = ?', params: [status ?? 'PROPOSED'] });
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `select st.* from ${SETTLEMENT_ROWS} where ${where.sql} order by st.proposed_at desc, st.id desc limit ?`,
    [...where.params, first],
  );
  return rows.map((row) => viewFromRow(em, Settlement, row));
}
