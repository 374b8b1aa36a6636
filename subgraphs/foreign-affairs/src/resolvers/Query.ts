import { type FilterQuery } from '@mikro-orm/core';
import { EMPTY_PAGE, keysetPage, pageSize, type KeysetOrder } from '@lifeline/subgraph-runtime';
import { type AidEntrustmentOrder, type QueryResolvers } from '../__generated__/resolvers-types';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { visibleEntrustments } from '../domain/access';
import { aidSpendTrend } from '../domain/aid-spend-trend';
import { isId } from '../domain/aid-entrustment.service';
import { OPEN_STATUSES, type AidEntrustmentStatus } from '../domain/vocabulary';

/** The rows whose status, as read at `now`, is `status` (an open one past its window is EXPIRED). */
function inStatus(status: AidEntrustmentStatus, now: Date): FilterQuery<AidEntrustment> {
  if (status === 'EXPIRED') return { $or: [{ status: 'EXPIRED' }, { status: { $in: [...OPEN_STATUSES] }, validUntil: { $lte: now } }] };
  if (OPEN_STATUSES.includes(status)) return { status, validUntil: { $gt: now } };
  return { status };
}

/** Each order's keyset (a timestamp, then the id). */
const KEYSETS: Record<AidEntrustmentOrder, KeysetOrder<AidEntrustment>> = {
  NEWEST_FIRST: { property: 'issuedAt', direction: 'desc' },
  EXPIRING_FIRST: { property: 'validUntil', direction: 'asc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export const Query: QueryResolvers = {
  aidEntrustment: (_, { id }, { loaders }) => (isId(id) ? loaders.aidEntrustmentById.load(id) : null),
  aidDelivery: (_, { id }, { loaders }) => (isId(id) ? loaders.deliveryById.load(id) : null),
  aidEntrustments: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const now = new Date();
    const scope = visibleEntrustments(caller, now);
    if (scope === null) return [];
    return em.find(AidEntrustment, status ? { $and: [scope, inStatus(status, now)] } : scope, { orderBy: { issuedAt: 'desc', id: 'desc' }, limit });
  },
  aidSpendTrend: (_, { months, until }, { em, caller }) => aidSpendTrend(em, caller, months, until),
  aidEntrustmentsConnection: async (_, { statuses, updatedSince, updatedBefore, order, first, after, last, before }, { em, caller }) => {
    const now = new Date();
    if (visibleEntrustments(caller, now) === null) return EMPTY_PAGE;
    const where = (): FilterQuery<AidEntrustment> => ({
      $and: [
        visibleEntrustments(caller, now)!,
        statuses ? { $or: [...new Set(statuses)].map((status) => inStatus(status, now)) } : {},
        updatedSince ? { updatedAt: { $gte: updatedSince as Date } } : {},
        updatedBefore ? { updatedAt: { $lt: updatedBefore as Date } } : {},
      ],
    });
    return keysetPage(em, AidEntrustment, where, { order, keyset: KEYSETS[order], first, after, last, before, readAs: 'views' });
  },
};
