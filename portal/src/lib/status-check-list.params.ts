/**
 * The status-check list lives in the URL (`/status-checks?status=…&order=…&after=…`). The open
 * checks (REQUESTED) are worked oldest first, so that is their default order; any other view is
 * read newest first unless the URL says otherwise.
 */
import type { ForeignNationalStatusCheckOrder, ForeignNationalStatusCheckStatus } from '@/gql/graphql';
import { STATUS_CHECK_STATUSES } from './rescue-operations.vocabulary';
import { readAfter } from './list-page.params';
import { firstParam, type SearchParams } from './search-params.reader';
import { pickEnum } from './vocabulary';

/** Status checks per page. */
export const STATUS_CHECK_PAGE_SIZE = 50;

/** The orders staff can sort the list by. */
export const STATUS_CHECK_ORDERS = ['OLDEST_FIRST', 'NEWEST_FIRST'] as const satisfies readonly ForeignNationalStatusCheckOrder[];

export interface StatusCheckListView {
  status?: ForeignNationalStatusCheckStatus;
  order: (typeof STATUS_CHECK_ORDERS)[number];
  after?: string;
}

/** The order a view has when the URL names none. */
export function defaultStatusCheckOrder(status: ForeignNationalStatusCheckStatus | undefined): StatusCheckListView['order'] {
  return status === 'REQUESTED' ? 'OLDEST_FIRST' : 'NEWEST_FIRST';
}

/** Reads the view from URL parameters, dropping anything malformed. */
export function parseStatusCheckListView(params: SearchParams): StatusCheckListView {
  const status = pickEnum(STATUS_CHECK_STATUSES, firstParam(params, 'status'));
  const view: StatusCheckListView = { order: pickEnum(STATUS_CHECK_ORDERS, firstParam(params, 'order')) ?? defaultStatusCheckOrder(status) };
  if (status) view.status = status;
  const after = readAfter(params);
  if (after) view.after = after;
  return view;
}

/** The `/status-checks` URL of a view (defaults left out). */
export function statusCheckListHref(view: StatusCheckListView): string {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.order !== defaultStatusCheckOrder(view.status)) params.set('order', view.order);
  if (view.after) params.set('after', view.after);
  const query = params.toString();
  return query ? `/status-checks?${query}` : '/status-checks';
}
