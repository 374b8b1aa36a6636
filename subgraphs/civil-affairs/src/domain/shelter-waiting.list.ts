/**
 * The women's-federation referrals the shelter has not answered yet, as cursor pages: the
 * caseworker's file still open (civil affairs' projection of the referral) and no record of the
 * shelter's. The shelter's desk reads them the highest risk first, the longest waiting first within
 * a level; or the longest waiting first whatever the risk. Each order is a row comparison on
 * (risk rank, submission, id) in SQL, so the page and the count are two statements whatever the
 * page size. Only the shelter's staff read them: to anyone else the pages are empty.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  EMPTY_PAGE,
  decodeOrderedCursor,
  encodeOrderedCursor,
  pageInfoOf,
  pageWindow,
  readPurpose,
  recordExports,
  windowRows,
  type Caller,
  type EntityReference,
  type KeysetCursor,
  type KeysetPage,
  type PageArgs,
  type RequestAudit,
} from '@lifeline/subgraph-runtime';
import { type ShelterWaitingOrder } from '../__generated__/resolvers-types';
import { isShelterStaff } from './access';

/** Risk levels from the most urgent: a referral's rank is its place here, from 1. */
const RISK_FROM_HIGHEST = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** Each order's rank of a referral (SQL on alias `r`): its risk's place, or the same for all when risk does not count. */
const RANK_SQL: Record<ShelterWaitingOrder, string> = {
  HIGHEST_RISK_FIRST: `coalesce(array_position(array['${RISK_FROM_HIGHEST.join("','")}']::text[], r.risk_level), ${RISK_FROM_HIGHEST.length + 1})`,
  // A cast, not a bare number: `order by 0` would name a column by position.
  OLDEST_FIRST: '0::int',
};

/** The ranks a cursor of each order may hold. */
const RANKS: Record<ShelterWaitingOrder, readonly number[]> = {
  HIGHEST_RISK_FIRST: Array.from({ length: RISK_FROM_HIGHEST.length + 1 }, (_, index) => index + 1),
  OLDEST_FIRST: [0],
};

/** A referral's place in an order. */
interface WaitingKey extends KeysetCursor {
  rank: number;
}

/** The cursor's order name holds the rank (`HIGHEST_RISK_FIRST/2`), so a page continues after a referral that has been answered since. */
const rankedOrder = (order: ShelterWaitingOrder, rank: number) => `${order}/${rank}`;

/** The position a page starts after or ends before; a malformed cursor, or one of another order, is refused with BAD_USER_INPUT. */
function decodeWaitingCursor(value: string, order: ShelterWaitingOrder): WaitingKey {
  const refusals: unknown[] = [];
  for (const rank of RANKS[order]) {
    try {
      return { rank, ...decodeOrderedCursor(value, rankedOrder(order, rank)) };
    } catch (refusal) {
      refusals.push(refusal);
    }
  }
  throw refusals[0];
}

/** What a page of the waiting referrals asks for; with a purpose, each referral on the page is an export in the audit trail. */
export interface ShelterWaitingPageRequest extends PageArgs {
  order?: ShelterWaitingOrder | null;
  purpose?: string | null;
}

/** Waiting: the caseworker's file open, and the shelter has neither accepted nor declined it. */
const WAITING_SQL = `from shelter_referral_projection r
  where r.file_status = 'SUBMITTED' and not exists (select 1 from shelter_placement sp where sp.referral_id = r.id)`;

/** One page of the referrals waiting for the shelter's answer (none to a caller who is not the shelter's staff). */
export async function findShelterWaitingPage(em: EntityManager, caller: Caller, audit: RequestAudit, args: ShelterWaitingPageRequest): Promise<KeysetPage<EntityReference>> {
  const order = args.order ?? 'HIGHEST_RISK_FIRST';
  // Both checked before any statement runs.
  const window = pageWindow(args, (cursor) => decodeWaitingCursor(cursor, order));
  const purpose = readPurpose(args.purpose);
  if (!isShelterStaff(caller)) return EMPTY_PAGE;
  const rank = RANK_SQL[order];
  const { cursor, limit } = window;
  // Read from the cursor towards the page: forward in the order, back against it.
  const direction = window.backward ? 'desc' : 'asc';
  const beyond = cursor ? { sql: ` and (${rank}, r.submitted_at, r.id) ${window.backward ? '<' : '>'} (?, ?, ?)`, params: [cursor.rank, cursor.at, cursor.id] } : { sql: '', params: [] };
  const connection = em.getConnection();
  const [rows, counted] = await Promise.all([
    connection.execute<Array<{ id: string; submitted_at: Date | string; rank: number | string }>>(
      `select r.id, r.submitted_at, ${rank} as rank ${WAITING_SQL}${beyond.sql} order by ${rank} ${direction}, r.submitted_at ${direction}, r.id ${direction} limit ?`,
      [...beyond.params, limit + 1],
    ),
    connection.execute<Array<{ total: string | number }>>(`select count(*) as total ${WAITING_SQL}`),
  ]);
  const { rows: onPage, more } = windowRows(rows, window);
  const edges = onPage.map((row) => ({ node: { id: row.id }, cursor: encodeOrderedCursor(rankedOrder(order, Number(row.rank)), { at: new Date(row.submitted_at), id: row.id }) }));
  recordExports(audit, purpose, 'ShelterReferral', edges.map(({ node }) => node.id), ['riskLevel', 'submittedAt']);
  return { edges, pageInfo: pageInfoOf(edges, window, more), totalCount: Number(counted[0]?.total ?? 0) };
}
