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

export const DispatchBoardQuery = graphql(`
  query DispatchBoard($from: DateTime!, $to: DateTime!) {
    dispatchBoard {
      ...StreetReportRow
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
  }
`);

export const AdvanceStreetReportMutation = graphql(`
  mutation AdvanceStreetReport($input: AdvanceStreetReportInput!) {
    advanceStreetReport(input: $input) {
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
  }
`);
