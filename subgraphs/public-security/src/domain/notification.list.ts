/**
 * The notifications to the foreign-affairs office a caller may see, as cursor pages: the office's
 * queue (oldest first), the newest first, and a partner's sync (least recently changed first).
 * Every notification on a page is a read the audit trail records.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_PAGE, keysetPage, type Caller, type KeysetOrder, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { type ForeignAffairsNotificationOrder, type QueryForeignAffairsNotificationsConnectionArgs } from '../__generated__/resolvers-types';
import { ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { notificationScope } from './access';
import { auditedReads } from './foreign-national-audit';

const KEYSETS: Record<ForeignAffairsNotificationOrder, KeysetOrder<ForeignAffairsNotification>> = {
  OLDEST_FIRST: { property: 'notifiedAt', direction: 'asc' },
  NEWEST_FIRST: { property: 'notifiedAt', direction: 'desc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export async function findNotificationsPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryForeignAffairsNotificationsConnectionArgs,
): Promise<KeysetPage<ForeignAffairsNotification>> {
  if (notificationScope(caller) === null) return EMPTY_PAGE;
  const where = (): FilterQuery<ForeignAffairsNotification> => {
    const conditions: Array<FilterQuery<ForeignAffairsNotification>> = [notificationScope(caller)!];
    if (args.acknowledged === true) conditions.push({ acknowledgedAt: { $ne: null } });
    if (args.acknowledged === false) conditions.push({ acknowledgedAt: null });
    if (args.updatedSince) conditions.push({ updatedAt: { $gte: args.updatedSince as Date } });
    return { $and: conditions };
  };
  const order = args.order ?? 'OLDEST_FIRST';
  const page = await keysetPage(em, ForeignAffairsNotification, where, { order, keyset: KEYSETS[order], first: args.first, after: args.after });
  auditedReads(audit, 'ForeignAffairsNotification', page.edges.map((edge) => edge.node));
  return page;
}
