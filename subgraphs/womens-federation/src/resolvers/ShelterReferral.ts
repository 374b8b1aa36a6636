import { type ShelterReferralResolvers } from '../__generated__/resolvers-types';

export const ShelterReferral: ShelterReferralResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.shelterReferralById.load(reference.id),
  // Every read of a referral is a read of a victim's status: each one leaves a line in the trail.
  id: (referral, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'ShelterReferral', recordId: referral.id, fields: ['id'], outcome: 'ALLOWED' });
    return referral.id;
  },
  person: (referral) => ({ id: referral.personId }),
};
