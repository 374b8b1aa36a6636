import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { IdentityCheck } from '../entities/identity-check.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  identityCheck: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.identityCheckById.load(id) : null),
  identityChecks: (_, { status, first }, { em }) =>
    em.find(IdentityCheck, status ? { status } : {}, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: pageSize(first) }),
};
