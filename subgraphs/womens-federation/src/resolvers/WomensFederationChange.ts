/**
 * The women's federation's change feed (`womensFederationChanges`): shelter referrals and their
 * referral-out services as they are created and changed, each listed only when the caller may read
 * it by id now.
 */
import { agencyChangeFeed } from '@lifeline/subgraph-runtime';
import { type WomensFederationRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

/** The feed, its webhooks and their Query and Mutation fields (spread into the resolver map). */
export const feed = agencyChangeFeed({
  field: 'womensFederationChanges',
  byIdFields: { ShelterReferral: 'shelterReferral', ReferralService: 'referralService' },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

export const WomensFederationRecord: WomensFederationRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as 'ShelterReferral' | 'ReferralService',
};
