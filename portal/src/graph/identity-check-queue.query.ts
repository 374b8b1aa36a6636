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

export const IdentityCheckQueueQuery = graphql(`
  query IdentityCheckQueue($status: IdentityCheckStatus) {
    identityChecks(status: $status, first: 100) {
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
        id
        displayName
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
        id
        displayName
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
