/** The dispatch board: open street reports with their clocks, the 30-minute figures, and the loop's changes. */
import { graphql } from '@/gql';

export const StreetReportRowFragment = graphql(`
  fragment StreetReportRow on StreetReport {
    id
    source
    description
    latitude
    longitude
    address
    district
    status
    reportedAt
    acceptedAt
    dispatchedAt
    onSceneAt
    verifiedAt
    closedAt
    closure
    dispatchedTo {
      id
      name
    }
    dispatchDistanceMeters
    minutesToScene
    missedThirtyMinutes
    version
  }
`);

/** A page of the board (oldest first, paged either way) with how many are open in all, and the 30-minute figures. */
export const DispatchBoardQuery = graphql(`
  query DispatchBoard($first: Int, $after: String, $last: Int, $before: String, $from: DateTime!, $to: DateTime!) {
    dispatchBoardConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...StreetReportRow
        }
      }
    }
    dispatchPerformance(from: $from, to: $to) {
      group
      name
      reports
      onSceneWithin30
      share
    }
  }
`);

export const ReportStreetSightingMutation = graphql(`
  mutation ReportStreetSighting($input: ReportStreetSightingInput!) {
    reportStreetSighting(input: $input) {
      ...StreetReportOutcome
    }
  }
`);

export const AdvanceStreetReportMutation = graphql(`
  mutation AdvanceStreetReport($input: AdvanceStreetReportInput!) {
    advanceStreetReport(input: $input) {
      ...StreetReportOutcome
    }
  }
`);

/** What a change of a street report answers: the report changed, or why nothing was stored. */
export const StreetReportOutcomeFragment = graphql(`
  fragment StreetReportOutcome on StreetReportResult {
    __typename
    ... on StreetReportChanged {
      streetReport {
        id
      }
    }
    ...UserErrorFields
    ... on DispatchStepRefused {
      currentStatus
    }
    ... on VersionConflict {
      currentVersion
    }
  }
`);
