import { isUuid, pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { shelterReferralScope } from '../domain/access';
import { REFERRAL_FILE_STATUSES, type ReferralFileStatus } from '../domain/vocabulary';

const isFileStatus = (status: string): status is ReferralFileStatus => (REFERRAL_FILE_STATUSES as readonly string[]).includes(status);

export const Query: QueryResolvers = {
  shelterReferral: (_, { id }, { loaders }) => (isUuid(id) ? loaders.shelterReferralById.load(id) : null),
  shelterReferrals: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const scope = shelterReferralScope(caller);
    if (scope === null) return [];
    // The filter is on the caseworker's side of the file; the shelter's answers are civil affairs' records.
    if (status && !isFileStatus(status)) return [];
    return em.find(ShelterReferral, { $and: [scope, status ? { status: status as ReferralFileStatus } : {}] }, { orderBy: { submittedAt: 'desc', id: 'desc' }, limit });
  },
};
