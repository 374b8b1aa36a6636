/**
 * The foreign-national status checks a caller may see, as cursor pages: the police queue (oldest
 * request first), the newest first, and a partner's sync (least recently changed first, from
 * `updatedSince`). Every status check on a page is a read the audit trail records.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_PAGE, keysetPage, type Caller, type KeysetOrder, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { type ForeignNationalStatusCheckOrder, type QueryForeignNationalStatusChecksConnectionArgs } from '../__generated__/resolvers-types';
import { ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { statusCheckScope } from './access';
import { auditedReads } from './foreign-national-audit';

const KEYSETS: Record<ForeignNationalStatusCheckOrder, KeysetOrder<ForeignNationalStatusCheck>> = {
  OLDEST_FIRST: { property: 'requestedAt', direction: 'asc' },
  NEWEST_FIRST: { property: 'requestedAt', direction: 'desc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export async function findStatusChecksPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryForeignNationalStatusChecksConnectionArgs,
): Promise<KeysetPage<ForeignNationalStatusCheck>> {
  if (statusCheckScope(caller) === null) return EMPTY_PAGE;
  const where = (): FilterQuery<ForeignNationalStatusCheck> => {
    const conditions: Array<FilterQuery<ForeignNationalStatusCheck>> = [statusCheckScope(caller)!];
    if (args.statuses) conditions.push({ status: { $in: [...new Set(args.statuses)] } });
    if (args.requestingStationId) conditions.push({ requestingStationId: args.requestingStationId });
    if (args.updatedSince) conditions.push({ updatedAt: { $gte: args.updatedSince as Date } });
    return { $and: conditions };
  };
  const order = args.order ?? 'OLDEST_FIRST';
  const page = await keysetPage(em, ForeignNationalStatusCheck, where, { order, keyset: KEYSETS[order], first: args.first, after: args.after });
  auditedReads(audit, 'ForeignNationalStatusCheck', page.edges.map((edge) => edge.node));
  return page;
}
