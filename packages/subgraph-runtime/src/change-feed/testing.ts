/// <reference types="jest" />
/**
 * Test helpers for an agency's change feed (`…Changes`): reading it to its end as one caller, the
 * position a cursor stands at, and a transaction held open while the feed is read.
 */
import { type BaseContext } from '@apollo/server';
import { type Caller } from '../auth/caller';
import { optionalTestEnv } from '../config/test-env';
import { feedNames } from './feed-names';
import { type TestSubgraph } from '../testing';

/** One change as the feed's edge answers it in tests (`record` as the selection asked). */
export interface FeedChange<TRecord extends object = { __typename: string; id: string }> {
  cursor: string;
  node: { recordType: string; recordId: string; operation: string; changedAt: string; record: TRecord };
}

export interface FeedPage<TRecord extends object> {
  edges: Array<FeedChange<TRecord>>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * A reader of the feed `field` (`civilAffairsChanges`, …) of a test subgraph, each change's
 * record read with `recordSelection` (inline fragments on the agency's record types).
 */
export function changeFeedReader<TRecord extends object, TContext extends BaseContext>(subgraph: () => TestSubgraph<TContext>, field: string, recordSelection: string) {
  const typesEnum = feedNames(field).recordTypeEnum;
  const document = `query($after: String, $first: Int, $types: [${typesEnum}!]) {
    ${field}(after: $after, first: $first, types: $types) {
      edges { cursor node { recordType recordId operation changedAt record { __typename ${recordSelection} } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  /** One page as `caller` asks for it (the whole result, errors included). */
  const page = (caller: Caller, variables: { after?: string | null; first?: number; types?: readonly string[] }) =>
    subgraph().execute<Record<string, FeedPage<TRecord>>>(document, variables, caller);
  /**
   * Pages from `after` to the end of the feed; every change listed, the last cursor, and how many
   * pages it took. A feed reads forward only: each page has changes before it exactly when it was
   * read after a cursor, and starts at its first change's cursor.
   */
  const readToEnd = async (caller: Caller, after: string | null, first = 100, types?: readonly string[]) => {
    const changes: Array<FeedChange<TRecord>> = [];
    let cursor = after;
    for (let pages = 1; ; pages += 1) {
      const result = await page(caller, { after: cursor, first, ...(types ? { types } : {}) });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data![field]!;
      expect(pageInfo.hasPreviousPage).toBe(cursor != null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      changes.push(...edges);
      cursor = pageInfo.endCursor ?? cursor;
      if (!pageInfo.hasNextPage) return { changes, end: cursor, pages };
    }
  };
  return { page, readToEnd, edgesOf: (data: Record<string, FeedPage<TRecord>> | null | undefined) => data?.[field]?.edges ?? [] };
}

/** The transaction id and position a feed cursor stands at. */
export function feedPosition(cursor: string): [bigint, bigint] {
  const [, xid, position] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return [BigInt(xid!), BigInt(position!)];
}

/** Whether the cursors stand in feed order: by transaction, then by position, each strictly after the one before. */
export function inFeedOrder(cursors: readonly string[]): boolean {
  const positions = cursors.map(feedPosition);
  return positions.every(([xid, position], i) => i === 0 || xid > positions[i - 1]![0] || (xid === positions[i - 1]![0] && position > positions[i - 1]![1]));
}

/** A cursor of `field` standing where `cursor` of another feed stands (for refusal tests). */
export function cursorOfFeed(field: string, cursor: string): string {
  const [xid, position] = feedPosition(cursor);
  return Buffer.from(`${field}|${xid}|${position}`, 'utf8').toString('base64url');
}

/**
 * Runs `work` while another transaction that has already made `slowChange` is still open, then
 * commits that transaction. Answers null (and says the test is skipped) on the embedded database,
 * which runs one transaction at a time.
 */
export async function whileTransactionRuns<T, TContext extends BaseContext>(
  subgraph: TestSubgraph<TContext>,
  slowChange: [sql: string, params: unknown[]],
  work: (commitElsewhere: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<T>,
): Promise<T | null> {
  if (!optionalTestEnv('DATABASE_URL')) {
    console.warn('skipped: the embedded database runs one transaction at a time, so no change can commit while another is still running');
    return null;
  }
  const knex = subgraph.orm.em.getConnection().getKnex();
  const slow = await knex.transaction();
  try {
    await slow.raw(slowChange[0], slowChange[1] as never);
    const result = await work((sql, params) => knex.raw(sql, params as never));
    await slow.commit();
    return result;
  } catch (error) {
    await slow.rollback();
    throw error;
  }
}
