/**
 * The work list of stays past the standard 10 days in the caller's jurisdiction: staying on
 * (file an extension or end the stay), extended, and long-stay (eligible for settlement), and the
 * settlement candidates among them. As cursor pages (longest or shortest stay first, the case's id
 * breaking ties, so paging to the end, or back from it, yields each visible case once; the page and
 * the count are two statements whatever the page size), and as the old capped lists, which are the
 * first page of the same pages, so the two cannot drift apart.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller, sqlAllOf, sqlKeysetPage, viewFromRow, type KeysetPage, type PageArgs, type SqlKeysetOrder } from '@lifeline/subgraph-runtime';
import { type StayOrder } from '../__generated__/resolvers-types';
import { RescueCase } from '../entities/rescue-case.entity';
import { visibleCaseSql, workPrefix, type SqlFragment } from './access';
import { LONG_STAY_DAYS, STANDARD_STAY_DAYS } from './stay-clock';
import { ACTIVE_SETTLEMENT_STATUSES, type StayFlag } from './vocabulary';

const DAY = 86_400_000;

/** Cases with their person and station, under the aliases the access module's fragments read (`rc`, `p`, `s`). */
const CASE_ROWS = 'rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id';

/** Open cases in care past the standard stay at `now`. */
const pastStandardStay = (now: Date): SqlFragment => ({ sql: `rc.status = 'IN_CARE' and rc.intake_at < ?`, params: [new Date(now.getTime() - STANDARD_STAY_DAYS * DAY)] });

/**
 * `stayFlag` (stay-clock.ts) as a condition on a case already past the standard stay: long-stay
 * when unidentified past 3 months, else extended while an extension runs, else staying on. The
 * integration tests hold the pages' flags against `RescueCase.stayFlag`, which `stayFlag` answers.
 */
export function stayFlagCondition(flag: StayFlag, now: Date): SqlFragment {
  const longStay = { sql: `p.identity_status = 'UNIDENTIFIED' and rc.intake_at < ?`, params: [new Date(now.getTime() - LONG_STAY_DAYS * DAY)] };
  switch (flag) {
    case 'LONG_STAY':
      return longStay;
    case 'EXTENDED':
      return { sql: `not (${longStay.sql}) and rc.extended_until > ?`, params: [...longStay.params, now] };
    case 'STAYING_ON':
      return { sql: `not (${longStay.sql}) and (rc.extended_until is null or rc.extended_until <= ?)`, params: [...longStay.params, now] };
    case 'STANDARD':
      return { sql: 'false', params: [] };
  }
}

/** Any of the flags (none for an empty list; every case past the standard stay when no list is given). */
function anyFlag(flags: readonly StayFlag[] | null | undefined, now: Date): SqlFragment[] {
  if (!flags) return [];
  const conditions = [...new Set(flags)].map((flag) => stayFlagCondition(flag, now));
  if (conditions.length === 0) return [{ sql: 'false', params: [] }];
  return [{ sql: conditions.map((condition) => `(${condition.sql})`).join(' or '), params: conditions.flatMap((condition) => condition.params) }];
}

/** The stays the caller sees (the case and its person both visible) that meet every condition: one visibility for the lists and the pages. */
function visibleStays(caller: Caller, now: Date, ...conditions: SqlFragment[]): SqlFragment {
  return sqlAllOf(pastStandardStay(now), ...conditions, visibleCaseSql(caller));
}

/** A long-stay person with no settlement under way or in force: eligible to be proposed. */
const noActiveSettlement: SqlFragment = {
  sql: `not exists (select 1 from settlement st where st.person_id = rc.person_id and st.status in (?))`,
  params: [[...ACTIVE_SETTLEMENT_STATUSES]],
};

/** Each order's keyset (the intake, then the id). */
const KEYSETS: Record<StayOrder, SqlKeysetOrder<RescueCase>> = {
  LONGEST_FIRST: { property: 'intakeAt', column: 'rc.intake_at', direction: 'asc' },
  SHORTEST_FIRST: { property: 'intakeAt', column: 'rc.intake_at', direction: 'desc' },
};

interface StayPageRequest extends PageArgs {
  order?: StayOrder | null;
}

function stayPage(em: EntityManager, where: SqlFragment, args: StayPageRequest): Promise<KeysetPage<RescueCase>> {
  const order = args.order ?? 'LONGEST_FIRST';
  return sqlKeysetPage(em, { select: 'rc.*', from: CASE_ROWS, id: 'rc.id', where }, (row) => viewFromRow(em, RescueCase, row), {
    order,
    keyset: KEYSETS[order],
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
}

/** One page of the open cases the caller sees past the standard stay, optionally of some flags; what she may not see is absent from the page and the count alike. */
export function findCasesPastStandardStayPage(em: EntityManager, caller: Caller, args: StayPageRequest & { flags?: readonly StayFlag[] | null }, now = new Date()): Promise<KeysetPage<RescueCase>> {
  return stayPage(em, visibleStays(caller, now, ...anyFlag(args.flags, now)), args);
}

/** One page of the settlement candidates the caller sees: long-stay cases of persons with no active settlement (none to a caller without a work jurisdiction). */
export function findSettlementCandidatesPage(em: EntityManager, caller: Caller, args: StayPageRequest, now = new Date()): Promise<KeysetPage<RescueCase>> {
  const where = workPrefix(caller) === null ? { sql: 'false', params: [] } : visibleStays(caller, now, stayFlagCondition('LONG_STAY', now), noActiveSettlement);
  return stayPage(em, where, args);
}

/**
 * Open cases in care past the standard stay, longest first, optionally of one flag: the old capped
 * list, the first page of `findCasesPastStandardStayPage` (its `first` checked the same way, 1 to 100).
 */
export async function findCasesPastStandardStay(em: EntityManager, caller: Caller, flag: StayFlag | null | undefined, first: number | null | undefined, now = new Date()): Promise<RescueCase[]> {
  const page = await findCasesPastStandardStayPage(em, caller, { flags: flag ? [flag] : null, order: 'LONGEST_FIRST', first }, now);
  return page.edges.map((edge) => edge.node);
}

/** Long-stay unidentified persons in care with no active settlement, longest first: the old capped list, the first page of `findSettlementCandidatesPage`. */
export async function findSettlementCandidates(em: EntityManager, caller: Caller, first: number | null | undefined, now = new Date()): Promise<RescueCase[]> {
  const page = await findSettlementCandidatesPage(em, caller, { order: 'LONGEST_FIRST', first }, now);
  return page.edges.map((edge) => edge.node);
}
