import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { ShelterReferral } from '../entities/shelter-referral.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  shelterReferral: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.shelterReferralById.load(id) : null),
  shelterReferrals: (_, { status, first }, { em }) =>
    em.find(ShelterReferral, status ? { status } : {}, { orderBy: { submittedAt: 'desc', id: 'desc' }, limit: pageSize(first) }),
};
