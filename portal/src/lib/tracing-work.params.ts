/**
 * The family-tracing work list lives in the URL (`/tracing?overdue=true&station=…&name=…&order=…&after=…`),
 * so a shift can bookmark its view, share it, page with the back button and export exactly what it
 * shows. This module turns untrusted URL parameters into `tracingWorkListConnection` arguments and
 * back. With no order the list shows the most clocks run out first (the work most late).
 */
import type { TracingWorkOrder } from '@/gql/graphql';
import { listHref, pageArguments, readPageCursor, type PageCursor } from './list-page.params';
import { firstParam, type SearchParams } from './search-params.reader';
import { pickEnum } from './vocabulary';

/** Persons per page of the work list. */
export const TRACING_PAGE_SIZE = 25;

/** The longest name search the list applies (civil affairs' limit: a full ID number with room to spare). */
export const MAX_TRACING_NAME_SEARCH = 40;

/** The orders staff can sort the list by; the first is the default. */
export const TRACING_ORDERS = ['MOST_OVERDUE_FIRST', 'LONGEST_IN_CARE_FIRST'] as const satisfies readonly TracingWorkOrder[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TracingWorkView extends PageCursor {
  /** Only persons with a clock run out. */
  overdueOnly: boolean;
  /** Only persons in care at this station. */
  stationId?: string;
  /** Only persons whose name (characters, pinyin, initials) or whole ID number matches. */
  name?: string;
  order: (typeof TRACING_ORDERS)[number];
}

/** Reads the view from URL parameters, dropping anything malformed (`show=overdue` is the old bookmark of overdue only). */
export function parseTracingWorkView(params: SearchParams): TracingWorkView {
  const overdue = firstParam(params, 'overdue') ?? (firstParam(params, 'show') === 'overdue' ? 'true' : undefined);
  const view: TracingWorkView = { overdueOnly: overdue === 'true', order: pickEnum(TRACING_ORDERS, firstParam(params, 'order')) ?? 'MOST_OVERDUE_FIRST', ...readPageCursor(params) };
  const stationId = firstParam(params, 'station');
  if (stationId && UUID.test(stationId)) view.stationId = stationId.toLowerCase();
  const name = firstParam(params, 'name');
  if (name && [...name].length <= MAX_TRACING_NAME_SEARCH) view.name = name;
  return view;
}

/** The connection's arguments for a view: its filters, order and page (without the purpose). */
export function tracingWorkArguments(view: TracingWorkView, pageSize = TRACING_PAGE_SIZE) {
  return {
    overdueOnly: view.overdueOnly,
    stationId: view.stationId ?? null,
    search: view.name ?? null,
    order: view.order,
    ...pageArguments(view, pageSize),
  };
}

/** The URL of a view under `path` (parameters in a stable order, defaults left out), at its cursor unless `at` says another. */
export function tracingWorkHref(view: TracingWorkView, path = '/tracing', at: PageCursor = view): string {
  return listHref(path, {
    overdue: view.overdueOnly ? 'true' : undefined,
    station: view.stationId,
    name: view.name,
    order: view.order === 'MOST_OVERDUE_FIRST' ? undefined : view.order,
    after: at.after,
    before: at.before,
  });
}
