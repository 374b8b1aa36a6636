import { EMPTY_PAGE, findViews, isUuid, keysetPage, pageSize, type KeysetOrder } from '@lifeline/subgraph-runtime';
import { type QueryResolvers, type ShelterReferralOrder } from '../__generated__/resolvers-types';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { shelterReferralScope } from '../domain/access';
import { referralTrend } from '../domain/referral-trend';
import { REFERRAL_FILE_STATUSES, type ReferralFileStatus } from '../domain/vocabulary';

const isFileStatus = (status: string): status is ReferralFileStatus => (REFERRAL_FILE_STATUSES as readonly string[]).includes(status);

/** Each order's keyset (a timestamp, then the id). */
const KEYSETS: Record<ShelterReferralOrder, KeysetOrder<ShelterReferral>> = {
  NEWEST_FIRST: { property: 'submittedAt', direction: 'desc' },
  OLDEST_FIRST: { property: 'submittedAt', direction: 'asc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export const Query: QueryResolvers = {
  shelterReferral: (_, { id }, { loaders }) => (isUuid(id) ? loaders.shelterReferralById.load(id) : null),
  // A service tells that its referral exists (a victim's status): each read is a read of the referral.
  referralService: async (_, { id }, { loaders, audit }) => {
    const service = isUuid(id) ? await loaders.serviceById.load(id) : null;
    if (service) audit.record({ operation: 'READ', recordType: 'ShelterReferral', recordId: service.referral.id, fields: ['services'], outcome: 'ALLOWED' });
    return service;
  },
  shelterReferrals: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const scope = shelterReferralScope(caller);
    if (scope === null) return [];
    // The filter is on the caseworker's side of the file; the shelter's answers are civil affairs' records.
    if (status && !isFileStatus(status)) return [];
    return findViews(em, ShelterReferral, { $and: [scope, status ? { status: status as ReferralFileStatus } : {}] }, { submittedAt: 'desc', id: 'desc' }, limit);
  },
  referralTrend: (_, { months, until }, { em, caller }) => referralTrend(em, caller, months, until),
  shelterReferralsConnection: async (_, { statuses, updatedSince, updatedBefore, order, first, after, last, before }, { em, caller }) => {
    if (shelterReferralScope(caller) === null) return EMPTY_PAGE;
    // The filter is on the caseworker's side of the file: another status matches nothing.
    const fileStatuses = statuses ? [...new Set(statuses)].filter(isFileStatus) : null;
    const where = () => ({
      $and: [shelterReferralScope(caller)!, fileStatuses ? { status: { $in: fileStatuses } } : {}, updatedSince ? { updatedAt: { $gte: updatedSince as Date } } : {}, updatedBefore ? { updatedAt: { $lt: updatedBefore as Date } } : {}],
    });
    return keysetPage(em, ShelterReferral, where, { order, keyset: KEYSETS[order], first, after, last, before, readAs: 'views' });
  },
};
