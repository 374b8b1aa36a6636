/**
 * The foreign-affairs change feed (`foreignAffairsChanges`): entrustments and deliveries as they
 * are created and changed, each listed only when the caller may read it by id now.
 */
import { changeFeed, webhookResolvers } from '@lifeline/subgraph-runtime';
import { type ForeignAffairsRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

export const feed = changeFeed({
  field: 'foreignAffairsChanges',
  byIdFields: { AidEntrustment: 'aidEntrustment', AidDelivery: 'aidDelivery' },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

/** The feed's webhook subscriptions, managed by each integrating system for itself. */
export const webhooks = webhookResolvers('foreignAffairsChanges', feed.recordTypes);


export const ForeignAffairsRecord: ForeignAffairsRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as 'AidEntrustment' | 'AidDelivery',
};
