import { findViews, isUuid, pageSize, referenceOf } from '@lifeline/subgraph-runtime';
import { type MutationResolvers, type QueryResolvers, type ShelterPlaceHoldResolvers, type ShelterPlacementResolvers, type ShelterReferralResolvers } from '../__generated__/resolvers-types';
import { ShelterPlacement as ShelterPlacementEntity } from '../entities/shelter-placement.entity';
import {
  acceptShelterReferral,
  admitToShelter,
  declineShelterReferral,
  endShelterPlacement,
  extendShelterStay,
} from '../domain/shelter-placement.service';
import { isShelterStaff } from '../domain/access';
import { findShelterPlacementsPage } from '../domain/shelter-placement.list';
import { findShelterWaitingPage } from '../domain/shelter-waiting.list';

/** Civil affairs' field on the women's-federation referral: the shelter's record of it (scoped in the loader). */
export const ShelterReferral: ShelterReferralResolvers = {
  __resolveReference: (representation) => referenceOf(representation),
  placement: (referral, _, { loaders }) => (isUuid(referral.id) ? loaders.placementByReferral.load(referral.id) : null),
};

export const ShelterPlacement: ShelterPlacementResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => (isUuid(reference.id) ? loaders.placementById.load(reference.id) : null),
  // Whether a victim is (or was) in the shelter is itself confidential: every read is in the trail.
  status: (placement, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['status'], outcome: 'ALLOWED' });
    return placement.status;
  },
  // Through the loader: a page of placements reads its shelters in one statement.
  shelter: async (placement, _, { loaders }) => (await loaders.shelterById.load(placement.shelter.id)) ?? placement.shelter,
  places: (placement, _, { loaders }) => loaders.liveHoldsByPlacement.load(placement.id),
  referralFileStatus: async (placement, _, { loaders }) => (await loaders.referralById.load(placement.referralId))?.fileStatus ?? null,
  person: async (placement, _, { loaders, audit }) => {
    if (!placement.person) return null;
    audit.record({ operation: 'READ', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['person'], outcome: 'ALLOWED' });
    return loaders.personById.load(placement.person.id);
  },
  rescueCase: (placement, _, { loaders }) => (placement.rescueCase ? loaders.rescueCaseById.load(placement.rescueCase.id) : null),
};

export const ShelterPlaceHold: ShelterPlaceHoldResolvers = {
  room: (hold) => hold.place.room?.label ?? null,
  placeNumber: (hold) => hold.place.number,
};

export const shelterPlacementQueries: Pick<QueryResolvers, 'shelterPlacements' | 'shelterPlacementsConnection' | 'shelterReferralsAwaitingAnswer' | 'shelterPlacement' | 'shelterRoom'> = {
  shelterPlacement: (_, { id }, { loaders }) => (isUuid(id) ? loaders.placementById.load(id) : null),
  shelterRoom: (_, { id }, { loaders }) => (isUuid(id) ? loaders.roomById.load(id) : null),
  shelterPlacements: async (_, { status, first }, { em, caller }) => {
    if (!isShelterStaff(caller)) return [];
    return findViews(em, ShelterPlacementEntity, status ? { status } : {}, { decidedAt: 'desc', id: 'desc' }, pageSize(first));
  },
  shelterPlacementsConnection: (_, args, { em, caller, audit }) => findShelterPlacementsPage(em, caller, audit, args),
  shelterReferralsAwaitingAnswer: (_, args, { em, caller, audit }) => findShelterWaitingPage(em, caller, audit, args),
};

export const shelterPlacementMutations: Pick<
  MutationResolvers,
  'acceptShelterReferral' | 'declineShelterReferral' | 'admitToShelter' | 'extendShelterStay' | 'dischargeFromShelter' | 'referOutFromShelter' | 'closeShelterPlacement'
> = {
  acceptShelterReferral: (_, { input }, { em, caller, audit }) => acceptShelterReferral({ em, caller, audit }, input),
  declineShelterReferral: (_, { input, reason }, { em, caller, audit }) => declineShelterReferral({ em, caller, audit }, input, reason),
  admitToShelter: (_, { input }, { em, caller, audit }) => admitToShelter({ em, caller, audit }, input),
  extendShelterStay: (_, args, { em, caller, audit }) => extendShelterStay({ em, caller, audit }, args),
  dischargeFromShelter: (_, { placementId, expectedVersion, note }, { em, caller, audit }) => endShelterPlacement({ em, caller, audit }, { placementId, expectedVersion, to: 'DISCHARGED', note }),
  referOutFromShelter: (_, { placementId, expectedVersion, to, note }, { em, caller, audit }) =>
    endShelterPlacement({ em, caller, audit }, { placementId, expectedVersion, to: 'REFERRED_OUT', note, referredOutTo: to }),
  closeShelterPlacement: (_, { placementId, expectedVersion, note }, { em, caller, audit }) => endShelterPlacement({ em, caller, audit }, { placementId, expectedVersion, to: 'CLOSED', note }),
};
