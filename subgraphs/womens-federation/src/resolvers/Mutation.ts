import { type MutationResolvers } from '../__generated__/resolvers-types';
import { advanceReferralService, changeReferralFile, requestReferralService, submitShelterReferral } from '../domain/shelter-referral.service';

export const Mutation: MutationResolvers = {
  submitShelterReferral: (_, { input }, { em, caller, audit }) => submitShelterReferral({ em, caller, audit }, input),
  withdrawShelterReferral: (_, { referralId, expectedVersion, reason }, { em, caller, audit }) =>
    changeReferralFile({ em, caller, audit }, { referralId, expectedVersion, reason, to: 'WITHDRAWN' }),
  closeShelterReferral: (_, { referralId, expectedVersion, reason }, { em, caller, audit }) =>
    changeReferralFile({ em, caller, audit }, { referralId, expectedVersion, reason, to: 'CLOSED' }),
  requestReferralService: (_, args, { em, caller, audit }) => requestReferralService({ em, caller, audit }, args),
  startReferralService: (_, { serviceId, expectedVersion }, { em, caller, audit }) => advanceReferralService({ em, caller, audit }, { serviceId, expectedVersion, to: 'IN_PROGRESS' }),
  recordReferralServiceOutcome: (_, { serviceId, expectedVersion, outcome }, { em, caller, audit }) =>
    advanceReferralService({ em, caller, audit }, { serviceId, expectedVersion, to: 'OUTCOME_RECORDED', outcome }),
};
