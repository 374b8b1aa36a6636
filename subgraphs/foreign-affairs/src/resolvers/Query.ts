import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { AidEntrustment } from '../entities/aid-entrustment.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  aidEntrustment: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.aidEntrustmentById.load(id) : null),
  aidEntrustments: (_, { status, first }, { em }) =>
    em.find(AidEntrustment, status ? { status } : {}, { orderBy: { issuedAt: 'desc', id: 'desc' }, limit: pageSize(first) }),
};
