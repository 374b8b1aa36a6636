/** Paging a server-rendered list through its URL: the cursor parameter, and a list's URL with its filters. */
import { firstParam, type SearchParams } from './search-params.reader';

/** The page's cursor (`after`), dropped when it is implausibly long. */
export function readAfter(params: SearchParams): string | undefined {
  const after = firstParam(params, 'after');
  return after && after.length <= 512 ? after : undefined;
}

/** `path` with the given parameters (empty ones left out, in the order given). */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return query.size > 0 ? `${path}?${query}` : path;
}

/** What a list page reads of a graph connection. */
export interface ListConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: Node }>;
}

/** A connection's rows and the footer's links: the next page where there is one, the first page when this is not it. */
export function connectionPage<Node>(
  connection: ListConnection<Node>,
  after: string | undefined,
  href: (after?: string) => string,
): { rows: Node[]; paging: { totalCount: number; nextHref: string | undefined; firstHref: string | undefined } } {
  const { hasNextPage, endCursor } = connection.pageInfo;
  return {
    rows: connection.edges.map((edge) => edge.node),
    paging: {
      totalCount: connection.totalCount,
      nextHref: hasNextPage && endCursor ? href(endCursor) : undefined,
      firstHref: after ? href() : undefined,
    },
  };
}
