/** Family tracing: the work list with its clocks, a person's explained candidates, and confirming a match. */
import { graphql } from '@/gql';

export const TracingWorkRowFragment = graphql(`
  fragment TracingWorkRow on TracingStatus {
    person {
      ...PersonRef
    }
    rescueCase {
      id
      station {
        id
        name
      }
      intakeAt
    }
    noticeDueAt
    noticePublishedAt
    dnaRequestDueAt
    dnaRequestedAt
    policeResultDueAt
    overdue
  }
`);

/** One page of the work list, in the order and with the filters of the URL (`lib/tracing-work.params`); `purpose: "export"` when it leaves the screen. */
export const TracingWorkPageQuery = graphql(`
  query TracingWorkPage(
    $overdueOnly: Boolean
    $stationId: ID
    $search: String
    $order: TracingWorkOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
    $purpose: String
  ) {
    tracingWorkListConnection(
      overdueOnly: $overdueOnly
      stationId: $stationId
      search: $search
      order: $order
      first: $first
      after: $after
      last: $last
      before: $before
      purpose: $purpose
    ) {
      edges {
        node {
          ...TracingWorkRow
        }
      }
      pageInfo {
        ...ListPageInfo
      }
      totalCount
    }
  }
`);

/** The stations the work list can be narrowed to. */
export const TracingStationsQuery = graphql(`
  query TracingStations {
    stations {
      id
      name
    }
  }
`);

export const TracingCandidatesQuery = graphql(`
  query TracingCandidates($personId: ID!) {
    person(id: $personId) {
      ...PersonSummary
      dialectRegion
      features
      rescueCases {
        station {
          jurisdictionName
        }
      }
    }
    tracingCandidates(personId: $personId, first: 5) {
      score
      report {
        id
        name
        namePinyin
        sex
        birthDate
        ageWhenMissing
        lastSeenAt
        lastSeenDivision
        lastSeenPlace
        dialectRegion
        features
        reportedBy
        resolved
      }
      evidence {
        field
        score
        weight
      }
    }
  }
`);

export const ConfirmTracingMatchMutation = graphql(`
  mutation ConfirmTracingMatch($personId: ID!, $missingPersonReportId: ID!) {
    confirmTracingMatch(personId: $personId, missingPersonReportId: $missingPersonReportId) {
      ...RescueCaseChangeResult
    }
  }
`);

export const RecordTracingNoticeMutation = graphql(`
  mutation RecordTracingNotice($personId: ID!) {
    recordTracingNotice(personId: $personId) {
      ...RescueCaseChangeResult
    }
  }
`);

export const RecordDnaRequestMutation = graphql(`
  mutation RecordDnaRequest($personId: ID!) {
    recordDnaRequest(personId: $personId) {
      ...RescueCaseChangeResult
    }
  }
`);
