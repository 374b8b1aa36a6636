/**
 * The public-security change feed (`publicSecurityChanges`): identity checks, biometric samples,
 * foreign-national status checks, police hand-overs and notifications to the foreign-affairs office
 * as they are created and changed, each listed only when the caller may read it by id now.
 */
import { agencyChangeFeed } from '@lifeline/subgraph-runtime';
import { type PublicSecurityRecordResolvers } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

/** The feed, its webhooks and their Query and Mutation fields (spread into the resolver map). */
export const feed = agencyChangeFeed({
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

type PublicSecurityRecordTypeName = 'IdentityCheck' | 'BiometricSample' | 'ForeignNationalStatusCheck' | 'PoliceHandOver' | 'ForeignAffairsNotification';

export const PublicSecurityRecord: PublicSecurityRecordResolvers = {
  __resolveType: (record) => feed.resolveRecordType(record) as PublicSecurityRecordTypeName,
};
