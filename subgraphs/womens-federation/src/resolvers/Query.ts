import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { shelterReferralScope } from '../domain/shelter-referral-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  shelterReferral: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.shelterReferralById.load(id) : null),
  shelterReferrals: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const scope = shelterReferralScope(caller);
    if (scope === null) return [];
    return em.find(ShelterReferral, { $and: [scope, status ? { status } : {}] }, { orderBy: { submittedAt: 'desc', id: 'desc' }, limit });
  },
};
