import { disclose } from '@lifeline/subgraph-runtime';
import { type ReferralServiceResolvers, type ShelterReferralResolvers } from '../__generated__/resolvers-types';
import { type ShelterReferral as ShelterReferralEntity } from '../entities/shelter-referral.entity';
import { referralStatus } from '../domain/shelter-referral.workflow';
import { type ShelterPlacementStatus } from '../domain/vocabulary';

/**
 * The shelter's status of each referral this request resolved, as the gateway passed it in
 * (`@requires(fields: "placement { status }")`); kept beside the entity, never stored.
 */
const placementStatuses = new WeakMap<ShelterReferralEntity, ShelterPlacementStatus | null>();

export const ShelterReferral: ShelterReferralResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: async (reference, { loaders }) => {
    const referral = await loaders.shelterReferralById.load(reference.id);
    const placement = (reference as { placement?: { status?: ShelterPlacementStatus } | null }).placement;
    if (referral && placement !== undefined) placementStatuses.set(referral, placement?.status ?? null);
    return referral;
  },
  // Every read of a referral is a read of a victim's status: each one leaves a line in the trail.
  id: (referral, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'ShelterReferral', recordId: referral.id, fields: ['id'], outcome: 'ALLOWED' });
    return referral.id;
  },
  person: (referral) => (referral.personId ? { id: referral.personId } : null),
  status: (referral) => referralStatus(referral.status, placementStatuses.get(referral)),
  // The sensitivity middleware notes `victim` and each of its fields read in the referral's audit line.
  victim: (referral, _, { caller }) => {
    const own = { ownRecord: referral.referringCaseworker === caller.id };
    return {
      referralId: referral.id,
      name: referral.victimName,
      sex: referral.victimSex,
      age: referral.victimAge,
      ageEstimated: referral.victimAgeEstimated,
      phone: referral.victimPhone && disclose(caller, 'PHONE', referral.victimPhone, own),
      idNumber: referral.victimIdNumber && disclose(caller, 'RESIDENT_ID', referral.victimIdNumber, own),
    };
  },
  riskAssessment: (referral) => ({ level: referral.riskLevel, factors: referral.riskFactors, assessedBy: referral.riskAssessedBy, assessedAt: referral.riskAssessedAt }),
  children: (referral, _, { loaders }) => loaders.childrenByReferral.load(referral.id),
  needs: (referral) => referral.needs,
  consent: (referral) => (referral.consentGivenBy && referral.consentMethod && referral.consentAt ? { givenBy: referral.consentGivenBy, method: referral.consentMethod, at: referral.consentAt } : null),
  services: (referral, _, { loaders }) => loaders.servicesByReferral.load(referral.id),
};

export const ReferralService: ReferralServiceResolvers = {};
