/** Settlement: eligible long-stay persons, settlements by status, and the changes of the station and the center. */
import { graphql } from '@/gql';

/**
 * Eligible persons and the proposals awaiting the center (the longest waiting first, 50 of each),
 * with each person's police re-checks. The page's lists are sized by what the gateway charges: a
 * list's cost grows with its size, and the whole page must stay well inside one caller's budget a
 * minute when staff reload it (at 100 a list, a dozen reloads spent it).
 */
export const SettlementProposalsQuery = graphql(`
  query SettlementProposals {
    settlementCandidates(first: 50) {
      id
      version
      intakeAt
      stayDays
      person {
        ...PersonRef
      }
      station {
        id
        name
      }
    }
    proposed: settlementsConnection(statuses: [PROPOSED], order: OLDEST_FIRST, first: 50) {
      totalCount
      edges {
        node {
          ...SettlementRow
          person {
            id
            displayName
            identityChecks {
              id
              reason
              status
              concludedAt
            }
          }
        }
      }
    }
  }
`);

/** The first 20 settlements in one status and how many there are (the gateway's cost limit keeps each list its own operation). */
export const SettlementsByStatusQuery = graphql(`
  query SettlementsByStatus($status: SettlementStatus!, $order: SettlementOrder) {
    settlementsConnection(statuses: [$status], order: $order, first: 20) {
      totalCount
      edges {
        node {
          ...SettlementRow
        }
      }
    }
  }
`);

export const SettlementRowFragment = graphql(`
  fragment SettlementRow on Settlement {
    id
    status
    version
    proposedAt
    proposedBy
    proposalNote
    decidedBy
    decidedAt
    declineReason
    recheckStatement
    identityRecheck {
      id
      status
      concludedAt
    }
    institutionLevel
    institutionName
    householdRegistrationRef
    settledAt
    revokedAt
    revokeReason
    identityFoundBy
    goingHomeArrangement
    escort {
      id
      status
    }
    person {
      ...PersonRef
    }
    rescueCase {
      id
      stayDays
      station {
        id
        name
      }
    }
  }
`);

export const ProposeSettlementMutation = graphql(`
  mutation ProposeSettlement($input: ProposeSettlementInput!) {
    proposeSettlement(input: $input) {
      ...SettlementOutcome
    }
  }
`);

export const DecideSettlementMutation = graphql(`
  mutation DecideSettlement($input: DecideSettlementInput!) {
    decideSettlement(input: $input) {
      ...SettlementOutcome
    }
  }
`);

export const SettlePersonMutation = graphql(`
  mutation SettlePerson($input: SettlePersonInput!) {
    settlePerson(input: $input) {
      ...SettlementOutcome
    }
  }
`);

export const RevokeSettlementMutation = graphql(`
  mutation RevokeSettlement($input: RevokeSettlementInput!) {
    revokeSettlement(input: $input) {
      ...SettlementOutcome
    }
  }
`);

/** What a settlement step answers: the settlement changed, or why nothing was stored. */
export const SettlementOutcomeFragment = graphql(`
  fragment SettlementOutcome on SettlementResult {
    __typename
    ... on SettlementChanged { settlement { id } }
    ...UserErrorFields
    ... on NotEligibleForSettlement { reason }
    ... on SettlementStepRefused { currentStatus }
    ... on VersionConflict { currentVersion }
  }
`);
