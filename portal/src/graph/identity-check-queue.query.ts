/** The police identity-check queue: open checks by due date, one check's record, and the police's changes. */
import { graphql } from '@/gql';

export const IdentityCheckChangeResultFragment = graphql(`
  fragment IdentityCheckChangeResult on IdentityCheckResult {
    __typename
    ... on IdentityCheckChanged {
      identityCheck {
        id
        version
      }
    }
    ...UserErrorFields
    ... on IdentityCheckRefused {
      currentStatus
      currentVersion
    }
  }
`);

export const IdentityCheckQueueRowFragment = graphql(`
  fragment IdentityCheckQueueRow on IdentityCheck {
    id
    status
    reason
    requestedAt
    resultDueAt
    overdue
    requestingStation {
      id
      name
    }
    person {
      ...PersonRef
    }
  }
`);

/** One page of the queue, in the order and with the filters of the URL (`lib/check-queue.params`). */
export const IdentityCheckQueueQuery = graphql(`
  query IdentityCheckQueue($statuses: [IdentityCheckStatus!], $overdue: Boolean, $personIds: [ID!], $order: IdentityCheckOrder, $first: Int, $after: String, $purpose: String) {
    identityChecksConnection(statuses: $statuses, overdue: $overdue, personIds: $personIds, order: $order, first: $first, after: $after, purpose: $purpose) {
      edges {
        node {
          ...IdentityCheckQueueRow
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

/** The persons a name search of the queue finds (civil affairs decides whom the user may find). */
export const CheckQueuePersonsQuery = graphql(`
  query CheckQueuePersons($search: String!, $first: Int!) {
    persons(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const IdentityCheckDetailQuery = graphql(`
  query IdentityCheckDetail($id: ID!) {
    identityCheck(id: $id) {
      id
      status
      reason
      requestedAt
      concludedAt
      resultDueAt
      overdue
      version
      verifiedName
      householdRegistration
      requestingStation {
        id
        name
      }
      person {
        ...PersonRef
      }
      samples {
        id
        kind
        sampleCode
        collectedBy
        collectedAt
      }
      events {
        fromStatus
        toStatus
        at
        actor
        note
      }
    }
  }
`);

export const RecordSampleMutation = graphql(`
  mutation RecordSample($input: RecordSampleInput!) {
    recordSample(input: $input) {
      ...IdentityCheckChangeResult
    }
  }
`);

export const StartComparisonMutation = graphql(`
  mutation StartComparison($identityCheckId: ID!, $expectedVersion: Int!) {
    startComparison(identityCheckId: $identityCheckId, expectedVersion: $expectedVersion) {
      ...IdentityCheckChangeResult
    }
  }
`);

export const RecordIdentityResultMutation = graphql(`
  mutation RecordIdentityResult($input: RecordIdentityResultInput!) {
    recordIdentityResult(input: $input) {
      ...IdentityCheckChangeResult
    }
  }
`);
