/**
 * The family-tracing work list as cursor pages: unidentified persons in care the caller sees, with
 * their clocks, most overdue first (as the portal's work list shows it) or longest in care first,
 * the case's id breaking ties; forward, or back from the end. Which clocks have run out is the
 * tracing clock's answer (working days, public holidays), not SQL's, so the list is ordered here:
 * its rows are the open cases of unidentified persons in care, bounded by the places in care, read
 * narrow in one statement; the page's cases and persons in one more. Three statements with the
 * holidays, whatever the page size. A station and a name search narrow the first statement (the
 * name as the person search reads it). The old whole list is the first 500 of the same reading.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  decodeOrderedCursor,
  encodeOrderedCursor,
  pageInfoOf,
  badUserInput,
  pageWindow,
  readPurpose,
  recordExports,
  windowRows,
  type Caller,
  type KeysetCursor,
  type KeysetPage,
  type PageArgs,
  type PageWindow,
  type RequestAudit,
} from '@lifeline/subgraph-runtime';
import { type TracingWorkOrder } from '../__generated__/resolvers-types';
import { RescueCase } from '../entities/rescue-case.entity';
import { visibleCaseSql } from './access';
import { personSearchSql } from './person-directory';
import { tracingClocks, type TracingClocks } from './tracing-clock';
import { holidays, type TracingStatusView } from './tracing.service';

/** One row of the list before its page is read: the case, its intake and the clocks. */
interface WorkEntry extends TracingClocks {
  caseId: string;
  intakeAt: Date;
  noticePublishedAt: Date | null;
  dnaRequestedAt: Date | null;
}

/** An entry's place in an order: the clocks run out (in MOST_OVERDUE_FIRST), the intake, the case's id. */
interface WorkKey {
  overdue: number;
  at: Date;
  id: string;
}

const keyOf = (entry: WorkEntry): WorkKey => ({ overdue: entry.overdue.length, at: entry.intakeAt, id: entry.caseId });

/** Negative when `a` comes before `b` in `order`. */
function compare(order: TracingWorkOrder, a: WorkKey, b: WorkKey): number {
  const byClocks = order === 'MOST_OVERDUE_FIRST' ? b.overdue - a.overdue : 0;
  return byClocks || a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The cursor keeps the order's name and, in MOST_OVERDUE_FIRST, how many clocks had run out
 * (`MOST_OVERDUE_FIRST/2`), so a page continues after the position even when the person it points
 * at has left the list since.
 */
const cursorOrder = (order: TracingWorkOrder, overdue: number) => (order === 'MOST_OVERDUE_FIRST' ? `${order}/${overdue}` : order);
const CLOCKS = [0, 1, 2];

/** The position a page starts after or ends before; a malformed cursor, or one of another order, is refused with BAD_USER_INPUT. */
function decodeWorkCursor(after: string, order: TracingWorkOrder): WorkKey {
  let refusal: unknown;
  for (const overdue of order === 'MOST_OVERDUE_FIRST' ? CLOCKS : [0]) {
    try {
      const cursor: KeysetCursor = decodeOrderedCursor(after, cursorOrder(order, overdue));
      return { overdue, ...cursor };
    } catch (error) {
      refusal = error;
    }
  }
  throw refusal;
}

/** The open cases of unidentified persons in care the caller sees (case and person both visible), at the station and matching the search when given, with their clocks at `now`. */
async function workEntries(em: EntityManager, caller: Caller, filter: WorkListFilter, now: Date): Promise<WorkEntry[]> {
  const visible = visibleCaseSql(caller);
  const search = personSearchSql(caller, filter.search);
  const narrowed = [...(filter.stationId ? [{ sql: 'rc.station_id = ?', params: [filter.stationId] }] : []), ...(search ? [search] : [])];
  const [rows, days] = await Promise.all([
    em.getConnection().execute<Array<{ id: string; intake_at: Date | string; confidential: boolean; notice_published_at: Date | string | null; dna_requested_at: Date | string | null }>>(
      `select rc.id, rc.intake_at, p.confidential, tr.notice_published_at, tr.dna_requested_at
         from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id left join tracing_record tr on tr.person_id = p.id
        where p.identity_status = 'UNIDENTIFIED' and rc.status in ('RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE') and ${visible.sql}${narrowed.map((part) => ` and ${part.sql}`).join('')}`,
      [...visible.params, ...narrowed.flatMap((part) => part.params)],
    ),
    holidays(em),
  ]);
  const at = (value: Date | string | null) => (value == null ? null : new Date(value));
  return rows.map((row) => {
    const entry = { caseId: row.id, intakeAt: new Date(row.intake_at), noticePublishedAt: at(row.notice_published_at), dnaRequestedAt: at(row.dna_requested_at) };
    return { ...entry, ...tracingClocks({ ...entry, confidential: row.confidential }, days, now) };
  });
}

/** Which persons the work list holds, and in which order. */
interface WorkListFilter {
  overdueOnly?: boolean | null;
  order?: TracingWorkOrder | null;
  /** Only persons in care at this station. */
  stationId?: string | null;
  /** Only persons whose name or whole ID number matches (as the person search finds them). */
  search?: string | null;
}

/** What a page of the work list asks for; with a purpose, each person's tracing record on the page is an export in the audit trail. */
export interface TracingWorkPageRequest extends WorkListFilter, PageArgs {
  purpose?: string | null;
}

/** The longest search the work list takes (a full ID number with room to spare, as the portal's lists). */
export const MAX_TRACING_SEARCH = 40;

/** The page of the work list a window reads, and the count of the whole list: the pages' and the old list's one reading. */
async function readWorkPage(em: EntityManager, caller: Caller, filter: WorkListFilter, window: PageWindow<WorkKey>, now: Date): Promise<KeysetPage<TracingStatusView>> {
  const order = filter.order ?? 'MOST_OVERDUE_FIRST';
  const entries = (await workEntries(em, caller, filter, now)).filter((entry) => !filter.overdueOnly || entry.overdue.length > 0).sort((a, b) => compare(order, keyOf(a), keyOf(b)));
  const { cursor, limit } = window;
  // The entries beyond the cursor in the window's direction, nearest first, and one more to tell whether more lie that way.
  const beyond = cursor ? entries.filter((entry) => (window.backward ? compare(order, keyOf(entry), cursor) < 0 : compare(order, keyOf(entry), cursor) > 0)) : entries;
  const { rows: onPage, more } = windowRows(window.backward ? beyond.slice(-(limit + 1)).reverse() : beyond.slice(0, limit + 1), window);
  const cases = new Map(onPage.length ? (await em.find(RescueCase, { id: { $in: onPage.map((entry) => entry.caseId) } }, { populate: ['person'] })).map((c) => [c.id, c]) : []);
  const edges = onPage.flatMap((entry) => {
    const rescueCase = cases.get(entry.caseId);
    if (!rescueCase) return [];
    const { caseId: _caseId, intakeAt: _intakeAt, ...clocks } = entry;
    const node: TracingStatusView = { person: rescueCase.person, rescueCase, ...clocks };
    return [{ node, cursor: encodeOrderedCursor(cursorOrder(order, entry.overdue.length), { at: entry.intakeAt, id: entry.caseId }) }];
  });
  return { edges, pageInfo: pageInfoOf(edges, window, more), totalCount: entries.length };
}

/** One page of the tracing work list the caller sees; what she may not see is absent from the page and the count alike. */
export async function findTracingWorkPage(em: EntityManager, caller: Caller, audit: RequestAudit, args: TracingWorkPageRequest, now = new Date()): Promise<KeysetPage<TracingStatusView>> {
  const order = args.order ?? 'MOST_OVERDUE_FIRST';
  // All checked before any statement runs.
  const window = pageWindow(args, (cursor) => decodeWorkCursor(cursor, order));
  const purpose = readPurpose(args.purpose);
  const search = args.search?.trim();
  if (search && [...search].length > MAX_TRACING_SEARCH) throw badUserInput(`search takes at most ${MAX_TRACING_SEARCH} characters`);
  const page = await readWorkPage(em, caller, { overdueOnly: args.overdueOnly, order, stationId: args.stationId, search }, window, now);
  recordExports(audit, purpose, 'TracingRecord', page.edges.map(({ node }) => node.person.id), ['noticeDueAt', 'noticePublishedAt', 'dnaRequestDueAt', 'dnaRequestedAt', 'policeResultDueAt']);
  return page;
}

/** The most persons the old whole list answers. */
const OLD_LIST_CAP = 500;

/** The old whole work list: unidentified persons in care the caller sees with their clocks, most overdue first, at most 500 (the pages' first 500). */
export async function tracingWorkList(em: EntityManager, caller: Caller, overdueOnly: boolean, now = new Date()): Promise<TracingStatusView[]> {
  const page = await readWorkPage(em, caller, { overdueOnly, order: 'MOST_OVERDUE_FIRST' }, { backward: false, limit: OLD_LIST_CAP, cursor: null }, now);
  return page.edges.map((edge) => edge.node);
}
