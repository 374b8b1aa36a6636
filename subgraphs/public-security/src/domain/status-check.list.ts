/**
 * The foreign-national status checks a caller may see, as cursor pages: the police queue (oldest
 * request first), the newest first, and a partner's sync (least recently changed first, from
 * `updatedSince`). Every status check on a page is a read the audit trail records.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { type QueryForeignNationalStatusChecksConnectionArgs } from '../__generated__/resolvers-types';
import { ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { statusCheckScope } from './access';
import { auditedPage } from './foreign-national-audit';

export function findStatusChecksPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryForeignNationalStatusChecksConnectionArgs,
): Promise<KeysetPage<ForeignNationalStatusCheck>> {
  const filters: Array<FilterQuery<ForeignNationalStatusCheck>> = [];
  if (args.statuses) filters.push({ status: { $in: [...new Set(args.statuses)] } });
  if (args.requestingStationId) filters.push({ requestingStationId: args.requestingStationId });
  if (args.updatedSince) filters.push({ updatedAt: { $gte: args.updatedSince as Date } });
  if (args.updatedBefore) filters.push({ updatedAt: { $lt: args.updatedBefore as Date } });
  return auditedPage(em, audit, 'ForeignNationalStatusCheck', ForeignNationalStatusCheck, () => statusCheckScope(caller), filters, 'requestedAt', args);
}
