import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { seesAidEntrustments } from '../domain/aid-entrustment-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  aidEntrustment: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.aidEntrustmentById.load(id) : null),
  aidEntrustments: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    if (!seesAidEntrustments(caller)) return [];
    return em.find(AidEntrustment, status ? { status } : {}, { orderBy: { issuedAt: 'desc', id: 'desc' }, limit });
  },
};
