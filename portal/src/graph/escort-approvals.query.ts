/** Escorts home: the requests awaiting the center, and its decision. */
import { graphql } from '@/gql';

export const EscortApprovalsQuery = graphql(`
  query EscortApprovals($status: EscortStatus) {
    escorts(status: $status, first: 100) {
      id
      destination
      destinationDivision
      crossProvince
      status
      declineReason
      declineGuidance
      decidedBy
      version
      rescueCase {
        id
        station {
          id
          name
        }
        person {
          id
          displayName
        }
      }
    }
  }
`);

export const DecideEscortMutation = graphql(`
  mutation DecideEscort($input: DecideEscortInput!) {
    decideEscort(input: $input) {
      __typename
      ... on EscortChanged {
        escort {
          id
          status
        }
      }
      ...UserErrorFields
      ... on EscortStepRefused {
        currentStatus
      }
      ... on VersionConflict {
        currentVersion
      }
    }
  }
`);

export const RequestEscortMutation = graphql(`
  mutation RequestEscort($input: RequestEscortInput!) {
    requestEscort(input: $input) {
      __typename
      ... on EscortChanged {
        escort {
          id
          status
        }
      }
      ...UserErrorFields
      ... on EscortStepRefused {
        currentStatus
      }
      ... on VersionConflict {
        currentVersion
      }
    }
  }
`);
