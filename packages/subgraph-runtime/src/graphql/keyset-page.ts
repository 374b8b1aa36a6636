/**
 * One page of a list read in one of several orders, each a keyset of a timestamp property and the
 * id (so the order is total and a page never repeats or skips a record), with the count of all that
 * match: two statements whatever the page size or depth, forward (`first` after `after`) or back
 * (`last` before `before`: read in the reverse order, then turned round, so a page always lists in
 * the order's own direction). The lists' resolvers name their orders and filters; this does the
 * paging the same way for all of them, over the ORM's conditions (`keysetPage`) or over raw SQL
 * where rows are scoped by a hand-written fragment (`sqlKeysetPage`).
 */
import { type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { afterKeyset, decodeOrderedCursor, encodeOrderedCursor, pageInfoOf, pageWindow, readDirection, windowRows, type KeysetCursor, type PageArgs, type PageInfo, type PageWindow } from './connection';
import { findViews } from '../database/entity-rows';

/** The keyset of one order: the timestamp property it sorts by, and the direction. */
export interface KeysetOrder<T> {
  property: keyof T & string;
  direction: 'asc' | 'desc';
}

/** A Relay connection's page, as the SDL's `…Connection` types answer it. */
export interface KeysetPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

export const EMPTY_PAGE: KeysetPage<never> = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };

/**
 * What a list asks for: the order's name (kept in the cursors), its keyset, and the connection's
 * paging arguments (`first`/`after` forward, `last`/`before` back) as the field received them.
 */
export interface KeysetRequest<TKeyset> extends PageArgs {
  order: string;
  keyset: TKeyset;
  /** The largest page (100 unless a deprecated whole list, answered as its connection's first page, needs more). */
  maxSize?: number;
  /**
   * `views` when the page's records are only read and answered: read views of the rows
   * (`findViews`) instead of managed entities. Entities by default.
   */
  readAs?: 'entities' | 'views';
}

/** The page's direction, size and cursor, all checked before any statement runs. */
function windowOf(page: KeysetRequest<unknown>): PageWindow<KeysetCursor> {
  return pageWindow(page, (cursor) => decodeOrderedCursor(cursor, page.order), page.maxSize);
}

/** The page from up to `limit + 1` rows read from the cursor in the window's direction (the extra one says more lie that way). */
function pageOf<T extends { id: string }>(found: T[], window: PageWindow<KeysetCursor>, order: string, property: keyof T & string, totalCount: number): KeysetPage<T> {
  const { rows, more } = windowRows(found, window);
  const edges = rows.map((node) => ({ node, cursor: encodeOrderedCursor(order, { at: node[property] as Date, id: node.id }) }));
  return { edges, pageInfo: pageInfoOf(edges, window, more), totalCount };
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
  const window = windowOf(page);
  const { property } = page.keyset;
  const direction = readDirection(page.keyset.direction, window);
  const { cursor, limit } = window;
  const condition = cursor ? ({ $and: [where(), afterKeyset(property, cursor, direction)] } as FilterQuery<T>) : where();
  const orderBy = { [property]: direction, id: direction } as QueryOrderMap<T>;
  const [rows, totalCount] = await Promise.all([
    page.readAs === 'views' ? findViews(em, entity, condition, orderBy, limit + 1) : em.find(entity, condition, { orderBy: orderBy as never, limit: limit + 1 }),
    em.count(entity, where()),
  ]);
  return pageOf(rows, window, page.order, property, totalCount);
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
 * the same statement: the page (`limit + 1` rows beyond the cursor in the direction read, a row
 * comparison on the keyset's column and the id, so an index on both serves it, either way) and
 * the count. `rows` and the keyset's column are the code's own SQL, never input; `toNode` turns a
 * row into the record.
 */
export async function sqlKeysetPage<T extends { id: string }>(
  em: EntityManager,
  rows: SqlRows,
  toNode: (row: Record<string, unknown>) => T,
  page: KeysetRequest<SqlKeysetOrder<T>>,
): Promise<KeysetPage<T>> {
  const window = windowOf(page);
  const { property, column } = page.keyset;
  const direction = readDirection(page.keyset.direction, window);
  const { cursor, limit } = window;
  // Beyond the cursor in the direction read: after it forward, before it back.
  const beyond = cursor ? { sql: ` and (${column}, ${rows.id}) ${direction === 'asc' ? '>' : '<'} (?, ?)`, params: [cursor.at, cursor.id] } : { sql: '', params: [] };
  const connection = em.getConnection();
  const [found, counted] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select ${rows.select} from ${rows.from} where (${rows.where.sql})${beyond.sql} order by ${column} ${direction}, ${rows.id} ${direction} limit ?`,
      [...rows.where.params, ...beyond.params, limit + 1],
    ),
    connection.execute<Array<{ total: string | number }>>(`select count(*) as total from ${rows.from} where ${rows.where.sql}`, rows.where.params),
  ]);
  return pageOf(found.map(toNode), window, page.order, property, Number(counted[0]?.total ?? 0));
}
