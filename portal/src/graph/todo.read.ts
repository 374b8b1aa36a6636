/** Reads what a signed-in user has waiting (server side): one small read per kind of work their roles have, side by side. */
import { checksOverdue, dispatchLate, entrustmentsExpiring, mayBeLateAfter, staysPastStandard, todoKeysOf, tracingOverdue, waiting, type TodoItem, type TodoKey } from '@/lib/todo.items';
import { queryGraph } from './graph-client';
import {
  TodoDispatchQuery,
  TodoEntrustmentsQuery,
  TodoEscortsQuery,
  TodoIdentityChecksQuery,
  TodoNotificationsQuery,
  TodoReferralsQuery,
  TodoStatusChecksQuery,
  TodoStaysQuery,
  TodoTracingQuery,
} from './todo.query';

/**
 * The most board pages (of 100, oldest first) the late count reads. The board has no "late"
 * filter, but it lists the oldest first, so the late reports lead it and the read stops at the
 * first page that reaches a report under 30 minutes old (one page on an ordinary day). Only when
 * more than 500 open reports are over 30 minutes old does it stop at the oldest 500, counting the
 * late among them (the panel shows any count over 99 as "99+").
 */
const DISPATCH_PAGES = 5;

/** A page of the board after `after`; `null` when the graph could not answer. */
async function readBoardPage(after: string | null) {
  const { data } = await queryGraph(TodoDispatchQuery, { after });
  return data?.dispatchBoardConnection ?? null;
}

/** The open reports that may be late: the board's pages read on while they may hold one; `null` when the graph could not answer. */
async function readMaybeLateReports(now: number): Promise<Parameters<typeof dispatchLate>[0] | null> {
  const reports: Array<Parameters<typeof dispatchLate>[0][number]> = [];
  let after: string | null = null;
  for (let page = 0; page < DISPATCH_PAGES; page++) {
    const connection = await readBoardPage(after);
    if (!connection) return null;
    const nodes = connection.edges.map((edge) => edge.node);
    reports.push(...nodes);
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage || !endCursor || !mayBeLateAfter(nodes, now)) break;
    after = endCursor;
  }
  return reports;
}

/** One kind of work read and counted; `null` when the graph could not answer it (the panel leaves it out). */
async function readOne(key: TodoKey, now: number): Promise<TodoItem | null> {
  switch (key) {
    case 'dispatchLate': {
      const reports = await readMaybeLateReports(now);
      return reports ? dispatchLate(reports, now) : null;
    }
    case 'staysPastStandard': {
      const { data } = await queryGraph(TodoStaysQuery, {});
      return data ? staysPastStandard(data.casesPastStandardStay) : null;
    }
    case 'tracingOverdue': {
      const { data } = await queryGraph(TodoTracingQuery, {});
      return data ? tracingOverdue(data.tracingWorkList, now) : null;
    }
    case 'escortsAwaiting': {
      const { data } = await queryGraph(TodoEscortsQuery, {});
      if (!data) return null;
      const connection = data.escortsConnection;
      return waiting('escortsAwaiting', connection.edges.map((edge) => edge.node.createdAt), now, connection.totalCount);
    }
    case 'checksOverdue': {
      const { data } = await queryGraph(TodoIdentityChecksQuery, {});
      if (!data) return null;
      const connection = data.identityChecksConnection;
      return checksOverdue(connection.totalCount, connection.edges[0]?.node.resultDueAt, now);
    }
    case 'statusChecksOpen': {
      const { data } = await queryGraph(TodoStatusChecksQuery, {});
      if (!data) return null;
      const connection = data.foreignNationalStatusChecksConnection;
      return waiting('statusChecksOpen', connection.edges.map((edge) => edge.node.requestedAt), now, connection.totalCount);
    }
    case 'referralsAwaiting': {
      const { data } = await queryGraph(TodoReferralsQuery, {});
      if (!data) return null;
      const connection = data.shelterReferralsConnection;
      return waiting('referralsAwaiting', connection.edges.map((edge) => edge.node.submittedAt), now, connection.totalCount);
    }
    case 'notificationsOpen': {
      const { data } = await queryGraph(TodoNotificationsQuery, {});
      if (!data) return null;
      const connection = data.foreignAffairsNotificationsConnection;
      return waiting('notificationsOpen', connection.edges.map((edge) => edge.node.notifiedAt), now, connection.totalCount);
    }
    case 'entrustmentsExpiring': {
      const { data } = await queryGraph(TodoEntrustmentsQuery, {});
      // The open ones soonest to expire first: those within the warning window are all on this page.
      return data ? entrustmentsExpiring(data.aidEntrustmentsConnection.edges.map((edge) => edge.node), now) : null;
    }
  }
}

/** The to-do items of someone holding `roles`, in the panel's order. */
export async function readTodo(roles: readonly string[], now = Date.now()): Promise<TodoItem[]> {
  const items = await Promise.all(todoKeysOf(roles).map((key) => readOne(key, now)));
  return items.filter((item): item is TodoItem => item !== null);
}
