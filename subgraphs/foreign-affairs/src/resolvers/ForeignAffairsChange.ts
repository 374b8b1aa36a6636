/**
 * The foreign-affairs change feed (`foreignAffairsChanges`): entrustments and deliveries as they
 * are created and changed, each listed only when the caller may read it by id now.
 */
import { agencyChangeFeed } from '@lifeline/subgraph-runtime';
import { type ForeignAffairsRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

/** The feed, its webhooks and their Query and Mutation fields (spread into the resolver map). */
export const feed = agencyChangeFeed({
  field: 'foreignAffairsChanges',
  byIdFields: { AidEntrustment: 'aidEntrustment', AidDelivery: 'aidDelivery' },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

export const ForeignAffairsRecord: ForeignAffairsRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as 'AidEntrustment' | 'AidDelivery',
};
