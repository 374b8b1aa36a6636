/**
 * The identity checks a caller may see, as cursor pages in one of four orders: the police work
 * queue (due first), newest or oldest request first, and a partner's sync (least recently changed
 * first, from `updatedSince`). Every order ends with the id, so paging to the end yields each
 * visible check once. The count and the page are two statements whatever the page size.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { afterKeyset, decodeOrderedCursor, encodeOrderedCursor, errorCode, isBadText, pageSize, type Caller, type RequestAudit } from '@lifeline/subgraph-runtime';
import { GraphQLError } from 'graphql';
import { type IdentityCheckOrder, type QueryIdentityChecksConnectionArgs } from '../__generated__/resolvers-types';
import { IdentityCheck } from '../entities/identity-check.entity';
import { identityCheckScope } from './access';
import { OPEN_CHECK_STATUSES } from './vocabulary';

/** Each order's keyset: the timestamp property it sorts by, and the direction. */
const KEYSETS: Record<IdentityCheckOrder, { property: 'resultDueAt' | 'requestedAt' | 'updatedAt'; direction: 'asc' | 'desc' }> = {
  DUE_FIRST: { property: 'resultDueAt', direction: 'asc' },
  NEWEST_FIRST: { property: 'requestedAt', direction: 'desc' },
  OLDEST_FIRST: { property: 'requestedAt', direction: 'asc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export interface IdentityCheckPage {
  edges: Array<{ cursor: string; node: IdentityCheck }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT') } });

export async function findIdentityChecksPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryIdentityChecksConnectionArgs,
  now: Date,
): Promise<IdentityCheckPage> {
  const limit = pageSize(args.first);
  const order = args.order ?? 'DUE_FIRST';
  const keyset = KEYSETS[order];
  const cursor = args.after ? decodeOrderedCursor(args.after, order) : null;
  const purpose = args.purpose?.trim() || null;
  if (args.purpose != null && (!purpose || isBadText(purpose, 200))) throw badInput('purpose must be 1 to 200 characters of plain text');
  if (identityCheckScope(caller) === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

  // Built afresh for each statement: the scope's protection test is a raw SQL fragment, which
  // MikroORM lets one query use only once.
  const where = (): FilterQuery<IdentityCheck> => {
    const conditions: Array<FilterQuery<IdentityCheck>> = [identityCheckScope(caller)!];
    if (args.statuses) conditions.push({ status: { $in: [...new Set(args.statuses)] } });
    if (args.requestingStationId) conditions.push({ requestingStationId: args.requestingStationId });
    if (args.overdue === true) conditions.push({ status: { $in: [...OPEN_CHECK_STATUSES] }, resultDueAt: { $lt: now } });
    if (args.overdue === false) conditions.push({ $or: [{ status: { $nin: [...OPEN_CHECK_STATUSES] } }, { resultDueAt: { $gte: now } }] });
    if (args.updatedSince) conditions.push({ updatedAt: { $gte: args.updatedSince as Date } });
    return { $and: conditions };
  };

  const [rows, totalCount] = await Promise.all([
    em.find(IdentityCheck, cursor ? { $and: [where(), afterKeyset(keyset.property, cursor, keyset.direction) as FilterQuery<IdentityCheck>] } : where(), {
      orderBy: { [keyset.property]: keyset.direction, id: keyset.direction },
      limit: limit + 1,
    }),
    em.count(IdentityCheck, where()),
  ]);
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeOrderedCursor(order, { at: node[keyset.property], id: node.id }) }));
  if (purpose) {
    for (const { node } of edges) audit.record({ operation: 'EXPORT', recordType: 'IdentityCheck', recordId: node.id, fields: ['status', 'reason', 'requestedAt', 'resultDueAt'], purpose, outcome: 'ALLOWED' });
  }
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
