/**
 * One page of a list read in one of several orders, each a keyset of a timestamp property and the
 * id (so the order is total and a page never repeats or skips a record), with the count of all that
 * match: two statements whatever the page size or depth. The lists' resolvers name their orders
 * and filters; this does the paging the same way for all of them, over the ORM's conditions
 * (`keysetPage`) or over raw SQL where rows are scoped by a hand-written fragment (`sqlKeysetPage`).
 */
import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { afterKeyset, decodeOrderedCursor, encodeOrderedCursor, pageSize, type KeysetCursor } from './connection';

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

/** What a list asks for: the order's name (kept in the cursors), its keyset, the page size and the cursor to continue after. */
export interface KeysetRequest<TKeyset> {
  order: string;
  keyset: TKeyset;
  first: number | null | undefined;
  after: string | null | undefined;
}

/** The page size and the position to continue after, both checked before any statement runs. */
function startOf(page: KeysetRequest<unknown>): { limit: number; cursor: KeysetCursor | null } {
  return { limit: pageSize(page.first), cursor: page.after ? decodeOrderedCursor(page.after, page.order) : null };
}

/** The page from up to `limit + 1` rows read in keyset order (the extra one says a page follows). */
function pageOf<T extends { id: string }>(rows: T[], limit: number, order: string, property: keyof T & string, totalCount: number): KeysetPage<T> {
  const edges = rows.slice(0, limit).map((node) => ({ node, cursor: encodeOrderedCursor(order, { at: node[property] as Date, id: node.id }) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/**
 * Reads a page of `entity` matching `where` in `order` (a name, kept in the cursors) by `keyset`.
 * `where` is called once per statement: a condition holding a raw SQL fragment (the protection
 * scope) may serve one query only.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  page: KeysetRequest<KeysetOrder<T>>,
): Promise<KeysetPage<T>> {
  const { limit, cursor } = startOf(page);
  const { property, direction } = page.keyset;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, cursor ? ({ $and: [where(), afterKeyset(property, cursor, direction)] } as FilterQuery<T>) : where(), {
      orderBy: { [property]: direction, id: direction } as never,
      limit: limit + 1,
    }),
    em.count(entity, where()),
  ]);
  return pageOf(rows, limit, page.order, property, totalCount);
}

/** A condition in raw SQL, with its parameters in order. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** Every condition at once (`true` when none is given): a list's caller scope and filters as one `where`. */
export function sqlAllOf(...conditions: SqlCondition[]): SqlCondition {
  if (conditions.length === 0) return { sql: 'true', params: [] };
  return { sql: conditions.map((condition) => `(${condition.sql})`).join(' and '), params: conditions.flatMap((condition) => condition.params) };
}

/**
 * A list filter "the column holds one of these values" (`column` is the code's own SQL, never
 * input): none when no list is given, and no row at all for an empty list (`in ()` is no SQL).
 */
export function sqlOneOf(column: string, values: readonly unknown[] | null | undefined): SqlCondition[] {
  if (!values) return [];
  return [values.length ? { sql: `${column} in (?)`, params: [[...new Set(values)]] } : { sql: 'false', params: [] }];
}

/** The keyset of one order over raw SQL: the property the cursor reads, and the column it sorts by (with the table's alias). */
export interface SqlKeysetOrder<T> extends KeysetOrder<T> {
  column: string;
}

/** The rows of a raw-SQL list: what to select, the from clause with its joins, the id column, and the condition (the caller's scope and the filters). */
export interface SqlRows {
  select: string;
  from: string;
  id: string;
  where: SqlCondition;
}

/**
 * `keysetPage` over raw SQL, for lists whose rows are scoped by a hand-written fragment joined in
 * the same statement: the page (`limit + 1` rows after the cursor, a row comparison on the
 * keyset's column and the id, so an index on both serves it) and the count. `rows` and the
 * keyset's column are the code's own SQL, never input; `toNode` turns a row into the record.
 */
export async function sqlKeysetPage<T extends { id: string }>(
  em: EntityManager,
  rows: SqlRows,
  toNode: (row: Record<string, unknown>) => T,
  page: KeysetRequest<SqlKeysetOrder<T>>,
): Promise<KeysetPage<T>> {
  const { limit, cursor } = startOf(page);
  const { property, column, direction } = page.keyset;
  const after = cursor ? { sql: ` and (${column}, ${rows.id}) ${direction === 'asc' ? '>' : '<'} (?, ?)`, params: [cursor.at, cursor.id] } : { sql: '', params: [] };
  const connection = em.getConnection();
  const [found, counted] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select ${rows.select} from ${rows.from} where (${rows.where.sql})${after.sql} order by ${column} ${direction}, ${rows.id} ${direction} limit ?`,
      [...rows.where.params, ...after.params, limit + 1],
    ),
    connection.execute<Array<{ total: string | number }>>(`select count(*) as total from ${rows.from} where ${rows.where.sql}`, rows.where.params),
  ]);
  return pageOf(found.map(toNode), limit, page.order, property, Number(counted[0]?.total ?? 0));
}
