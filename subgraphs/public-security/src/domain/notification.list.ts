/**
 * The notifications to the foreign-affairs office a caller may see, as cursor pages: the office's
 * queue (oldest first), the newest first, and a partner's sync (least recently changed first).
 * Every notification on a page is a read the audit trail records.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { type QueryForeignAffairsNotificationsConnectionArgs } from '../__generated__/resolvers-types';
import { ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { notificationScope } from './access';
import { auditedPage } from './foreign-national-audit';

export function findNotificationsPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryForeignAffairsNotificationsConnectionArgs,
): Promise<KeysetPage<ForeignAffairsNotification>> {
  const filters: Array<FilterQuery<ForeignAffairsNotification>> = [];
  if (args.acknowledged === true) filters.push({ acknowledgedAt: { $ne: null } });
  if (args.acknowledged === false) filters.push({ acknowledgedAt: null });
  if (args.updatedSince) filters.push({ updatedAt: { $gte: args.updatedSince as Date } });
  if (args.updatedBefore) filters.push({ updatedAt: { $lt: args.updatedBefore as Date } });
  return auditedPage(em, audit, 'ForeignAffairsNotification', ForeignAffairsNotification, () => notificationScope(caller), filters, 'notifiedAt', args);
}
