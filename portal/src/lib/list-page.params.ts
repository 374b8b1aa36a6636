/**
 * Paging a server-rendered list through its URL: the cursor parameters, a list's URL with its
 * filters, and the footer's links from a graph connection. A list pages on with `after` (an
 * `endCursor`); one whose document also asks for `startCursor` and `hasPreviousPage` pages back
 * with `before` (a `startCursor`) as well.
 */
import { firstParam, type SearchParams } from './search-params.reader';

/** The longest cursor a page accepts from its URL (anything longer is not one of the graph's). */
const MAX_CURSOR_LENGTH = 512;

/** The URL parameters that hold a page's cursor: a filter or an order change drops them (a cursor holds in one view only). */
export const PAGE_CURSOR_PARAMS = ['after', 'before'] as const;

/** Where a page starts: after a cursor (paging on), before one (paging back), or at the first page (neither). */
export interface PageCursor {
  after?: string;
  before?: string;
}

function cursorParam(params: SearchParams, name: (typeof PAGE_CURSOR_PARAMS)[number]): string | undefined {
  const cursor = firstParam(params, name);
  return cursor && cursor.length <= MAX_CURSOR_LENGTH ? cursor : undefined;
}

/** The page's cursor (`after`), dropped when it is implausibly long. */
export function readAfter(params: SearchParams): string | undefined {
  return cursorParam(params, 'after');
}

/** The cursor of a list paged both ways: `after`, else `before` (one only; implausibly long ones dropped). */
export function readPageCursor(params: SearchParams): PageCursor {
  const after = cursorParam(params, 'after');
  if (after) return { after };
  const before = cursorParam(params, 'before');
  return before ? { before } : {};
}

/** A connection's paging arguments for a page of `size` at `cursor`: the `size` before `before`, else the `size` after `after` (the first `size` when neither). */
export function pageArguments(cursor: PageCursor, size: number): { first: number | null; after: string | null; last: number | null; before: string | null } {
  return cursor.before
    ? { first: null, after: null, last: size, before: cursor.before }
    : { first: size, after: cursor.after ?? null, last: null, before: null };
}

/** `path` with the given parameters (empty ones left out, in the order given). */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return query.size > 0 ? `${path}?${query}` : path;
}

/** What a list page reads of a graph connection (`startCursor` and `hasPreviousPage` where it pages back too). */
export interface ListConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null; hasPreviousPage?: boolean; startCursor?: string | null };
  edges: ReadonlyArray<{ node: Node }>;
}

/** The footer's links of a page: the count of all, and where the first, the previous and the next page are (absent where there is none). */
export interface ListPaging {
  totalCount: number;
  firstHref: string | undefined;
  previousHref?: string | undefined;
  nextHref: string | undefined;
}

/**
 * A connection's rows and the footer's links: the next page where there is one; the previous
 * page where the list pages back and this is not its first page; the first page when this is not
 * it. `href` writes the list's URL (its filters kept) at a cursor, or at the first page.
 */
export function connectionPage<Node>(connection: ListConnection<Node>, cursor: PageCursor, href: (cursor: PageCursor) => string): { rows: Node[]; paging: ListPaging } {
  const { hasNextPage, endCursor, hasPreviousPage, startCursor } = connection.pageInfo;
  const pagedAway = Boolean(cursor.after ?? cursor.before);
  const paging: ListPaging = {
    totalCount: connection.totalCount,
    // Paging back ends at the first page: the graph says exactly when nothing lies before it.
    firstHref: pagedAway && hasPreviousPage !== false ? href({}) : undefined,
    nextHref: hasNextPage && endCursor ? href({ after: endCursor }) : undefined,
  };
  if (startCursor !== undefined) paging.previousHref = hasPreviousPage && startCursor ? href({ before: startCursor }) : undefined;
  return { rows: connection.edges.map((edge) => edge.node), paging };
}

/** The view of a list filtered by one status (`?status=`) and paged on (`?after=`), read from its URL. */
export interface StatusListView<Status extends string> {
  status: Status | undefined;
  /** The connection's arguments: the status (all when none), the page size and the cursor. */
  variables: { statuses: Status[] | null; first: number; after: string | null };
  /** The page's rows and footer links from the connection the graph answered (`undefined` when it did not). */
  page: <Node>(connection: ListConnection<Node> | undefined) => { rows: Node[]; paging: ListPaging } | undefined;
}

/** Reads a status list's view at `path` from its URL parameters: the status among `statuses` (malformed ones dropped) and the cursor. */
export function readStatusListView<Status extends string>(path: string, params: SearchParams, statuses: readonly Status[], pageSize: number): StatusListView<Status> {
  const asked = firstParam(params, 'status');
  const status = statuses.find((candidate) => candidate === asked);
  const after = readAfter(params);
  return {
    status,
    variables: { statuses: status ? [status] : null, first: pageSize, after: after ?? null },
    page: (connection) => connection && connectionPage(connection, { after }, (at) => listHref(path, { status, ...at })),
  };
}
