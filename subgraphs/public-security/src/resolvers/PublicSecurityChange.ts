/**
 * The public-security change feed (`publicSecurityChanges`): identity checks, biometric samples,
 * foreign-national status checks, police hand-overs and notifications to the foreign-affairs office
 * as they are created and changed, each listed only when the caller may read it by id now.
 */
import { changeFeed, webhookResolvers } from '@lifeline/subgraph-runtime';
import { type PublicSecurityRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

export const feed = changeFeed({
  field: 'publicSecurityChanges',
  byIdFields: {
    IdentityCheck: 'identityCheck',
    BiometricSample: 'biometricSample',
    ForeignNationalStatusCheck: 'foreignNationalStatusCheck',
    PoliceHandOver: 'policeHandOver',
    ForeignAffairsNotification: 'foreignAffairsNotification',
  },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

/** The feed's webhook subscriptions, managed by each integrating system for itself. */
export const webhooks = webhookResolvers('publicSecurityChanges', feed.recordTypes);

type PublicSecurityRecordTypeName = 'IdentityCheck' | 'BiometricSample' | 'ForeignNationalStatusCheck' | 'PoliceHandOver' | 'ForeignAffairsNotification';

export const PublicSecurityRecord: PublicSecurityRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as PublicSecurityRecordTypeName,
};
