import { type EntityManager } from '@mikro-orm/postgresql';
import { decodeOrderedCursor, encodeOrderedCursor } from './connection';
import { keysetPage, sqlAllOf, sqlKeysetPage, sqlOneOf, type KeysetOrder, type SqlKeysetOrder, type SqlRows } from './keyset-page';

type Row = { id: string; created_at: Date };
type Node = { id: string; createdAt: Date };

/** An EntityManager whose connection answers the page statement with `rows` and the count with `total`, and keeps what it was asked. */
function fakeEm(rows: Row[], total: string) {
  const statements: Array<{ sql: string; params: unknown[] }> = [];
  const em = {
    getConnection: () => ({
      execute: async (sql: string, params: unknown[]) => {
        statements.push({ sql, params });
        return sql.startsWith('select count(*)') ? [{ total }] : rows;
      },
    }),
  } as unknown as EntityManager;
  return { em, statements };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const row = (n: number): Row => ({ id: id(n), created_at: new Date(Date.UTC(2026, 11, 1, 0, 0, n)) });
const toNode = (r: Record<string, unknown>): Node => ({ id: r.id as string, createdAt: r.created_at as Date });
const ROWS: SqlRows = { select: 'x.*', from: 'thing x join owner o on o.id = x.owner_id', id: 'x.id', where: { sql: 'o.region like ? and x.kind = ?', params: ['3799%', 'A'] } };
const NEWEST: SqlKeysetOrder<Node> = { property: 'createdAt', column: 'x.created_at', direction: 'desc' };
const OLDEST: SqlKeysetOrder<Node> = { property: 'createdAt', column: 'x.created_at', direction: 'asc' };

describe('a keyset page over raw SQL', () => {
  it('reads one row more than the page to know a page follows, and counts with the same rows and condition', async () => {
    const { em, statements } = fakeEm([row(9), row(8), row(7), row(6)], '11');
    const page = await sqlKeysetPage(em, ROWS, toNode, { order: 'NEWEST_FIRST', keyset: NEWEST, first: 3, after: null });
    expect(statements).toEqual([
      { sql: 'select x.* from thing x join owner o on o.id = x.owner_id where (o.region like ? and x.kind = ?) order by x.created_at desc, x.id desc limit ?', params: ['3799%', 'A', 4] },
      { sql: 'select count(*) as total from thing x join owner o on o.id = x.owner_id where o.region like ? and x.kind = ?', params: ['3799%', 'A'] },
    ]);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([id(9), id(8), id(7)]);
    expect(page.totalCount).toBe(11);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]!.cursor, endCursor: page.edges[2]!.cursor });
    expect(decodeOrderedCursor(page.pageInfo.endCursor!, 'NEWEST_FIRST')).toEqual({ at: row(7).created_at, id: id(7) });
  });

  it('continues after a cursor by the keyset column and the id, in the order’s direction, and ends when no extra row comes', async () => {
    const cursor = encodeOrderedCursor('OLDEST_FIRST', { at: row(2).created_at, id: id(2) });
    const { em, statements } = fakeEm([row(3), row(4)], '4');
    const page = await sqlKeysetPage(em, ROWS, toNode, { order: 'OLDEST_FIRST', keyset: OLDEST, first: 3, after: cursor });
    expect(statements[0]).toEqual({
      sql: 'select x.* from thing x join owner o on o.id = x.owner_id where (o.region like ? and x.kind = ?) and (x.created_at, x.id) > (?, ?) order by x.created_at asc, x.id asc limit ?',
      params: ['3799%', 'A', row(2).created_at, id(2), 4],
    });
    // The count ignores the cursor: it is the whole list's.
    expect(statements[1]!.params).toEqual(['3799%', 'A']);
    // Read after a cursor, the page has one before it (the cursor's record).
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: page.edges[0]!.cursor, endCursor: page.edges[1]!.cursor });
    expect(page.totalCount).toBe(4);

    const newest = fakeEm([], '4');
    const after = encodeOrderedCursor('NEWEST_FIRST', { at: row(2).created_at, id: id(2) });
    const empty = await sqlKeysetPage(newest.em, ROWS, toNode, { order: 'NEWEST_FIRST', keyset: NEWEST, first: 3, after });
    expect(newest.statements[0]!.sql).toContain('and (x.created_at, x.id) < (?, ?) order by x.created_at desc, x.id desc');
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null }, totalCount: 4 });
  });

  it('reads back from the end in the reverse order, one row more than the page, and lists the page in the order’s own direction', async () => {
    // NEWEST_FIRST read back: oldest first, so the rows come 1, 2, 3 and the page lists 2, 1.
    const { em, statements } = fakeEm([row(1), row(2), row(3)], '11');
    const page = await sqlKeysetPage(em, ROWS, toNode, { order: 'NEWEST_FIRST', keyset: NEWEST, last: 2 });
    expect(statements[0]).toEqual({
      sql: 'select x.* from thing x join owner o on o.id = x.owner_id where (o.region like ? and x.kind = ?) order by x.created_at asc, x.id asc limit ?',
      params: ['3799%', 'A', 3],
    });
    expect(statements).toHaveLength(2);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([id(2), id(1)]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: page.edges[0]!.cursor, endCursor: page.edges[1]!.cursor });
    expect(page.totalCount).toBe(11);
  });

  it('reads back before a cursor by the keyset column and the id, and ends when no extra row comes', async () => {
    const before = encodeOrderedCursor('OLDEST_FIRST', { at: row(5).created_at, id: id(5) });
    const { em, statements } = fakeEm([row(4), row(3)], '9');
    const page = await sqlKeysetPage(em, ROWS, toNode, { order: 'OLDEST_FIRST', keyset: OLDEST, last: 3, before });
    expect(statements[0]).toEqual({
      sql: 'select x.* from thing x join owner o on o.id = x.owner_id where (o.region like ? and x.kind = ?) and (x.created_at, x.id) < (?, ?) order by x.created_at desc, x.id desc limit ?',
      params: ['3799%', 'A', row(5).created_at, id(5), 4],
    });
    expect(statements[1]!.params).toEqual(['3799%', 'A']);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([id(3), id(4)]);
    // Read before a cursor, the page has one after it (the cursor's record).
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]!.cursor, endCursor: page.edges[1]!.cursor });
  });

  it('refuses a cursor of another order, a forged cursor, a page over the cap and forward and back at once with BAD_USER_INPUT before any statement runs', async () => {
    const { em, statements } = fakeEm([], '0');
    const foreign = encodeOrderedCursor('UPDATED', { at: row(1).created_at, id: id(1) });
    const own = encodeOrderedCursor('NEWEST_FIRST', { at: row(1).created_at, id: id(1) });
    for (const request of [
      { after: foreign, first: 3 },
      { after: 'bm90LWEtY3Vyc29y', first: 3 },
      { after: null, first: 101 },
      { before: foreign, last: 3 },
      { last: 0 },
      { first: 3, last: 3 },
      { after: own, before: own },
    ]) {
      await expect(sqlKeysetPage(em, ROWS, toNode, { order: 'NEWEST_FIRST', keyset: NEWEST, ...request })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(statements).toEqual([]);
  });
});

describe('a keyset page over the ORM', () => {
  /** An EntityManager whose `find` answers `rows` and `count` answers `total`, and keeps what it was asked. */
  function fakeOrm(rows: Node[], total: number) {
    const calls: Array<{ where: unknown; options?: unknown }> = [];
    const em = {
      find: async (_entity: unknown, where: unknown, options: unknown) => {
        calls.push({ where, options });
        return rows;
      },
      count: async (_entity: unknown, where: unknown) => {
        calls.push({ where });
        return total;
      },
    } as unknown as EntityManager;
    return { em, calls };
  }
  const node = (n: number): Node => ({ id: id(n), createdAt: row(n).created_at });
  const OLDEST_ORM: KeysetOrder<Node> = { property: 'createdAt', direction: 'asc' };

  it('reads back before a cursor in the reverse order, one more than the page, and counts the whole list', async () => {
    const before = encodeOrderedCursor('OLDEST_FIRST', { at: row(5).created_at, id: id(5) });
    const { em, calls } = fakeOrm([node(4), node(3), node(2)], 7);
    const page = await keysetPage(em, 'Thing', () => ({ kind: 'A' }) as never, { order: 'OLDEST_FIRST', keyset: OLDEST_ORM, last: 2, before });
    expect(calls).toEqual([
      {
        where: { $and: [{ kind: 'A' }, { $or: [{ createdAt: { $lt: row(5).created_at } }, { createdAt: row(5).created_at, id: { $lt: id(5) } }] }] },
        options: { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 3 },
      },
      { where: { kind: 'A' } },
    ]);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([id(3), id(4)]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: page.edges[0]!.cursor, endCursor: page.edges[1]!.cursor });
    expect(page.totalCount).toBe(7);
  });

  it('reads forward after a cursor in the order’s own direction', async () => {
    const after = encodeOrderedCursor('OLDEST_FIRST', { at: row(2).created_at, id: id(2) });
    const { em, calls } = fakeOrm([node(3)], 3);
    const page = await keysetPage(em, 'Thing', () => ({}), { order: 'OLDEST_FIRST', keyset: OLDEST_ORM, first: 2, after });
    expect(calls[0]!.options).toEqual({ orderBy: { createdAt: 'asc', id: 'asc' }, limit: 3 });
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: page.edges[0]!.cursor, endCursor: page.edges[0]!.cursor });
  });
});

describe('conditions of a raw-SQL list', () => {
  it('joins every condition with its parameters in order, and is true for none', () => {
    expect(sqlAllOf({ sql: 'a = ?', params: [1] }, { sql: 'b in (?) or c', params: [[2, 3]] })).toEqual({ sql: '(a = ?) and (b in (?) or c)', params: [1, [2, 3]] });
    expect(sqlAllOf()).toEqual({ sql: 'true', params: [] });
  });

  it('filters by a list of values once each, matches nothing for an empty list, and does not filter without one', () => {
    expect(sqlOneOf('x.status', ['A', 'B', 'A'])).toEqual([{ sql: 'x.status in (?)', params: [['A', 'B']] }]);
    expect(sqlOneOf('x.status', [])).toEqual([{ sql: 'false', params: [] }]);
    expect(sqlOneOf('x.status', null)).toEqual([]);
    expect(sqlOneOf('x.status', undefined)).toEqual([]);
  });
});
