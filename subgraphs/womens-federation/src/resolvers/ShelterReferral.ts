import { type ShelterReferralResolvers } from '../__generated__/resolvers-types';

export const ShelterReferral: ShelterReferralResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.shelterReferralById.load(reference.id),
  person: (referral) => ({ id: referral.personId }),
};
