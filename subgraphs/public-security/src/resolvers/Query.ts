import { pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { IdentityCheck } from '../entities/identity-check.entity';
import { identityCheckScope } from '../domain/identity-check-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Query: QueryResolvers = {
  identityCheck: (_, { id }, { loaders }) => (UUID.test(id) ? loaders.identityCheckById.load(id) : null),
  identityChecks: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const scope = identityCheckScope(caller);
    if (scope === null) return [];
    return em.find(IdentityCheck, { $and: [scope, status ? { status } : {}] }, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit });
  },
};
