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
