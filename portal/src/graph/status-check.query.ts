/**
 * Foreign-national status checks: a station asks the police whether a suspected foreign national
 * in its care entered or stays legally; the police record the outcome (a legal status notifies the
 * foreign-affairs office, an illegal stay records the hand-over). The list, one check, the changes.
 */
import { graphql } from '@/gql';

export const StatusCheckChangeResultFragment = graphql(`
  fragment StatusCheckChangeResult on ForeignNationalStatusCheckResult {
    __typename
    ... on ForeignNationalStatusCheckChanged {
      statusCheck {
        id
        version
      }
    }
    ...UserErrorFields
    ... on ForeignNationalStatusCheckRefused {
      currentStatus
      currentVersion
    }
  }
`);

/** What the list and the record both show of a check. */
export const StatusCheckSummaryFragment = graphql(`
  fragment StatusCheckSummary on ForeignNationalStatusCheck {
    id
    status
    nationality
    passportNumber
    mrzVerified
    requestedAt
    requestedBy
    concludedAt
    requestingStation {
      id
      name
    }
    person {
      ...PersonRef
    }
  }
`);

export const StatusChecksQuery = graphql(`
  query StatusChecks($statuses: [ForeignNationalStatusCheckStatus!], $order: ForeignNationalStatusCheckOrder, $first: Int, $after: String) {
    foreignNationalStatusChecksConnection(statuses: $statuses, order: $order, first: $first, after: $after) {
      edges {
        node {
          ...StatusCheckSummary
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

export const StatusCheckDetailQuery = graphql(`
  query StatusCheckDetail($id: ID!) {
    foreignNationalStatusCheck(id: $id) {
      ...StatusCheckSummary
      concludedBy
      version
      events {
        fromStatus
        toStatus
        at
        actor
        note
      }
      foreignAffairsNotification {
        id
        notifiedAt
        acknowledged
        acknowledgedAt
        acknowledgedBy
      }
      policeHandOver {
        id
        recordNumber
        policeUnit
        officer
        handedOverAt
      }
    }
  }
`);

/** The person a station asks about, with the stations of the cases it may see (the request names one). */
export const StatusCheckSubjectQuery = graphql(`
  query StatusCheckSubject($id: ID!) {
    person(id: $id) {
      id
      displayName
      rescueCases {
        id
        status
        station {
          id
          name
        }
      }
    }
  }
`);

export const RequestStatusCheckMutation = graphql(`
  mutation RequestForeignNationalStatusCheck($input: RequestForeignNationalStatusCheckInput!) {
    requestForeignNationalStatusCheck(input: $input) {
      ...StatusCheckChangeResult
    }
  }
`);

export const RecordStatusMutation = graphql(`
  mutation RecordForeignNationalStatus($input: RecordForeignNationalStatusInput!) {
    recordForeignNationalStatus(input: $input) {
      ...StatusCheckChangeResult
    }
  }
`);
