/** Escorts home: a page of escorts (by default the cross-province requests awaiting the center, oldest first), and the center's decision. */
import { graphql } from '@/gql';

export const EscortApprovalsQuery = graphql(`
  query EscortApprovals($statuses: [EscortStatus!], $crossProvince: Boolean, $order: EscortOrder, $first: Int, $after: String) {
    escortsConnection(statuses: $statuses, crossProvince: $crossProvince, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageOnInfo
      }
      edges {
        node {
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
              ...PersonRef
            }
          }
        }
      }
    }
  }
`);

export const DecideEscortMutation = graphql(`
  mutation DecideEscort($input: DecideEscortInput!) {
    decideEscort(input: $input) {
      ...EscortOutcome
    }
  }
`);

export const RequestEscortMutation = graphql(`
  mutation RequestEscort($input: RequestEscortInput!) {
    requestEscort(input: $input) {
      ...EscortOutcome
    }
  }
`);

/** What a change of an escort answers: the escort as it now stands, or why nothing was stored. */
export const EscortOutcomeFragment = graphql(`
  fragment EscortOutcome on EscortResult {
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
`);
