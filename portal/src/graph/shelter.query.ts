/** Shelter referrals and the shelter's answers: the documents of the caseworker's and the shelter's pages. */
import { graphql } from '@/gql';

/** A referral's page: the referral as its row shows it, with the victim, the risk, the children, the consent and the services. */
export const ShelterReferralDetailQuery = graphql(`
  query ShelterReferralDetail($id: ID!) {
    shelterReferral(id: $id) {
      ...ShelterReferralRow
      statusReason
      version
      needs
      needsNote
      victim {
        name
        sex
        age
        ageEstimated
        phone
        idNumber
      }
      riskAssessment {
        level
        factors
        assessedBy
        assessedAt
      }
      children {
        ageYears
        sex
      }
      consent {
        givenBy
        method
        at
      }
      services {
        id
        kind
        status
        provider
        outcome
      }
    }
  }
`);

export const ShelterPlacementOfReferralQuery = graphql(`
  query ShelterPlacementOfReferral($id: ID!) {
    shelterReferral(id: $id) {
      id
      placement {
        id
        status
        version
        partySize
        declineReason
        stayUntil
        extensionReason
        endNote
        referralFileStatus
        places {
          room
          placeNumber
          forVictim
        }
      }
    }
    shelters {
      id
      name
      freePlaces
      freeFamilyRooms
    }
  }
`);

/** The shelter's free places and rooms, beside the desk's two lists. */
export const ShelterDeskQuery = graphql(`
  query ShelterDesk {
    shelters {
      id
      name
      totalPlaces
      freePlaces
      freeFamilyRooms
      rooms {
        id
        label
        kind
        places
        freePlaces
      }
    }
  }
`);

/** One page of the referrals waiting for the shelter's answer (`lib/shelter-desk.params`); `purpose: "export"` when it leaves the screen. */
export const ShelterWaitingPageQuery = graphql(`
  query ShelterWaitingPage($order: ShelterWaitingOrder, $first: Int, $after: String, $last: Int, $before: String, $purpose: String) {
    shelterReferralsAwaitingAnswer(order: $order, first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
      edges {
        node {
          id
          victim {
            name
            sex
            age
            ageEstimated
          }
          victimType
          riskLevel
          accompanyingChildren
          referringOrganisation
          submittedAt
        }
      }
      pageInfo {
        ...ListPageInfo
      }
      totalCount
    }
  }
`);

/** One page of the shelter's records of referrals (`lib/shelter-desk.params`); `purpose: "export"` when it leaves the screen. */
export const ShelterPlacementsPageQuery = graphql(`
  query ShelterPlacementsPage($statuses: [ShelterPlacementStatus!], $order: ShelterPlacementOrder, $first: Int, $after: String, $last: Int, $before: String, $purpose: String) {
    shelterPlacementsConnection(statuses: $statuses, order: $order, first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
      edges {
        node {
          id
          referralId
          status
          partySize
          referringOrganisation
          decidedAt
          admittedAt
          stayUntil
          endedAt
          person {
            ...PersonRef
          }
        }
      }
      pageInfo {
        ...ListPageInfo
      }
      totalCount
    }
  }
`);

export const SubmitShelterReferralMutation = graphql(`
  mutation SubmitShelterReferral($input: SubmitShelterReferralInput!) {
    submitShelterReferral(input: $input) {
      ...ReferralOutcome
    }
  }
`);

export const WithdrawShelterReferralMutation = graphql(`
  mutation WithdrawShelterReferral($id: ID!, $version: Int!, $reason: String!) {
    withdrawShelterReferral(referralId: $id, expectedVersion: $version, reason: $reason) {
      ...ReferralOutcome
    }
  }
`);

/** What a change of a referral's file answers: the referral changed, or why nothing was stored. */
export const ReferralOutcomeFragment = graphql(`
  fragment ReferralOutcome on ShelterReferralResult {
    __typename
    ... on ShelterReferralChanged {
      shelterReferral {
        id
      }
    }
    ...UserErrorFields
    ... on ReferralStepRefused {
      currentStatus
    }
    ... on ReferralVersionConflict {
      currentVersion
    }
  }
`);

export const AcceptShelterReferralMutation = graphql(`
  mutation AcceptShelterReferral($input: ShelterReferralAnswerInput!) {
    acceptShelterReferral(input: $input) {
      ...PlacementOutcome
    }
  }
`);

export const DeclineShelterReferralMutation = graphql(`
  mutation DeclineShelterReferral($input: ShelterReferralAnswerInput!, $reason: String!) {
    declineShelterReferral(input: $input, reason: $reason) {
      ...PlacementOutcome
    }
  }
`);

export const AdmitToShelterMutation = graphql(`
  mutation AdmitToShelter($input: AdmitToShelterInput!) {
    admitToShelter(input: $input) {
      ...PlacementOutcome
    }
  }
`);

export const ExtendShelterStayMutation = graphql(`
  mutation ExtendShelterStay($id: ID!, $version: Int!, $until: DateTime!, $reason: String!) {
    extendShelterStay(placementId: $id, expectedVersion: $version, until: $until, reason: $reason) {
      ...PlacementOutcome
    }
  }
`);

export const DischargeFromShelterMutation = graphql(`
  mutation DischargeFromShelter($id: ID!, $version: Int!, $note: String!) {
    dischargeFromShelter(placementId: $id, expectedVersion: $version, note: $note) {
      ...PlacementOutcome
    }
  }
`);

export const CloseShelterPlacementMutation = graphql(`
  mutation CloseShelterPlacement($id: ID!, $version: Int!, $note: String) {
    closeShelterPlacement(placementId: $id, expectedVersion: $version, note: $note) {
      ...PlacementOutcome
    }
  }
`);

export const PlacementOutcomeFragment = graphql(`
  fragment PlacementOutcome on ShelterPlacementResult {
    __typename
    ...UserErrorFields
    ... on PlacementStepRefused {
      currentStatus
    }
    ... on NoCapacity {
      requested
      free
    }
    ... on VersionConflict {
      currentVersion
    }
  }
`);
