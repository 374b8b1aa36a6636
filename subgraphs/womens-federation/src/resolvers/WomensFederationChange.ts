/**
 * The women's federation's change feed (`womensFederationChanges`): shelter referrals and their
 * referral-out services as they are created and changed, each listed only when the caller may read
 * it by id now.
 */
import { changeFeed, webhookResolvers } from '@lifeline/subgraph-runtime';
import { type WomensFederationRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

export const feed = changeFeed({
  field: 'womensFederationChanges',
  byIdFields: { ShelterReferral: 'shelterReferral', ReferralService: 'referralService' },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

/** The feed's webhook subscriptions, managed by each integrating system for itself. */
export const webhooks = webhookResolvers('womensFederationChanges', feed.recordTypes);

export const WomensFederationRecord: WomensFederationRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as 'ShelterReferral' | 'ReferralService',
};
