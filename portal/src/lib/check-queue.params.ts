/**
 * The police check queue lives in the URL (`/check-queue?status=…&overdue=…&name=…&order=…&after=…`), so a
 * shift can bookmark its view, share it, page with the back button and export exactly what it
 * shows. This module turns untrusted URL parameters into `identityChecksConnection` arguments and
 * back. With no status the queue shows the open checks (the work still to do).
 */
import type { IdentityCheckOrder, IdentityCheckStatus } from '@/gql/graphql';
import { readAfter } from './list-page.params';
import { firstParam, type SearchParams } from './search-params.reader';
import { IDENTITY_CHECK_STATUSES, pickEnum } from './vocabulary';

/** Checks per page of the queue. */
export const CHECK_QUEUE_PAGE_SIZE = 50;

/** The longest name search the queue applies (a full ID number with room to spare). */
export const MAX_NAME_SEARCH = 40;

/** The statuses of checks still waiting for a result: the queue's default. */
export const OPEN_CHECK_STATUSES: readonly IdentityCheckStatus[] = ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'];

/** The orders staff can sort the queue by; the first is the default. */
export const CHECK_QUEUE_ORDERS = ['DUE_FIRST', 'NEWEST_FIRST', 'OLDEST_FIRST'] as const satisfies readonly IdentityCheckOrder[];

/** Which checks the queue shows: the open ones (default), all, or one status. */
export type CheckQueueStatus = 'OPEN' | 'ALL' | IdentityCheckStatus;

export interface CheckQueueView {
  status: CheckQueueStatus;
  overdue?: boolean;
  /** Only checks of persons whose name (characters, pinyin, initials) or ID number matches. */
  name?: string;
  order: (typeof CHECK_QUEUE_ORDERS)[number];
  /** Cursor of the page's start (an `endCursor` of the previous page, in the same order). */
  after?: string;
}

/** Reads the view from URL parameters, dropping anything malformed. */
export function parseCheckQueueView(params: SearchParams): CheckQueueView {
  const rawStatus = firstParam(params, 'status');
  const status: CheckQueueStatus = rawStatus === 'ALL' ? 'ALL' : (pickEnum(IDENTITY_CHECK_STATUSES, rawStatus) ?? 'OPEN');
  const view: CheckQueueView = { status, order: pickEnum(CHECK_QUEUE_ORDERS, firstParam(params, 'order')) ?? 'DUE_FIRST' };
  const overdue = firstParam(params, 'overdue');
  if (overdue === 'true' || overdue === 'false') view.overdue = overdue === 'true';
  const name = firstParam(params, 'name')?.trim();
  if (name && name.length <= MAX_NAME_SEARCH) view.name = name;
  const after = readAfter(params);
  if (after) view.after = after;
  return view;
}

/** The connection's arguments for a view (without the page size and purpose). */
export function checkQueueArguments(view: CheckQueueView): { statuses: IdentityCheckStatus[] | null; overdue: boolean | null; order: IdentityCheckOrder; after: string | null } {
  const statuses = view.status === 'ALL' ? null : view.status === 'OPEN' ? [...OPEN_CHECK_STATUSES] : [view.status];
  return { statuses, overdue: view.overdue ?? null, order: view.order, after: view.after ?? null };
}

/** The URL search of a view under `path` (parameters in a stable order, defaults left out). */
export function checkQueueHref(view: CheckQueueView, path = '/check-queue'): string {
  const params = new URLSearchParams();
  if (view.status !== 'OPEN') params.set('status', view.status);
  if (view.overdue !== undefined) params.set('overdue', String(view.overdue));
  if (view.name) params.set('name', view.name);
  if (view.order !== 'DUE_FIRST') params.set('order', view.order);
  if (view.after) params.set('after', view.after);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
