/**
 * One page of a list read in one of several orders, each a keyset of a timestamp property and the
 * id (so the order is total and a page never repeats or skips a record), with the count of all that
 * match: two statements whatever the page size or depth. The lists' resolvers name their orders
 * and filters; this does the paging the same way for all of them.
 */
import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { afterKeyset, decodeOrderedCursor, encodeOrderedCursor, pageSize } from './connection';

/** The keyset of one order: the timestamp property it sorts by, and the direction. */
export interface KeysetOrder<T> {
  property: keyof T & string;
  direction: 'asc' | 'desc';
}

/** A Relay connection's page, as the SDL's `…Connection` types answer it. */
export interface KeysetPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const EMPTY_PAGE: KeysetPage<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/**
 * Reads a page of `entity` matching `where` in `order` (a name, kept in the cursors) by `keyset`.
 * `where` is called once per statement: a condition holding a raw SQL fragment (the protection
 * scope) may serve one query only.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  page: { order: string; keyset: KeysetOrder<T>; first: number | null | undefined; after: string | null | undefined },
): Promise<KeysetPage<T>> {
  const limit = pageSize(page.first);
  const { property, direction } = page.keyset;
  const cursor = page.after ? decodeOrderedCursor(page.after, page.order) : null;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, cursor ? ({ $and: [where(), afterKeyset(property, cursor, direction)] } as FilterQuery<T>) : where(), {
      orderBy: { [property]: direction, id: direction } as never,
      limit: limit + 1,
    }),
    em.count(entity, where()),
  ]);
  const edges = rows.slice(0, limit).map((node) => ({ node, cursor: encodeOrderedCursor(page.order, { at: node[property] as Date, id: node.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
