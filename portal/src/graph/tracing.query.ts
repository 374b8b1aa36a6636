/** Family tracing: the work list with its clocks, a person's explained candidates, and confirming a match. */
import { graphql } from '@/gql';

export const TracingWorkListQuery = graphql(`
  query TracingWorkList($overdueOnly: Boolean) {
    tracingWorkList(overdueOnly: $overdueOnly) {
      person {
        id
        displayName
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
  }
`);

export const TracingCandidatesQuery = graphql(`
  query TracingCandidates($personId: ID!) {
    person(id: $personId) {
      id
      displayName
      name
      namePinyin
      sex
      birthDate
      estimatedAgeMin
      estimatedAgeMax
      dialectRegion
      features
      identityStatus
      rescueCases {
        id
        status
        intakeAt
        station {
          id
          name
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
