/** One entrustment with everything the office and the center work with, and the changes they make. */
import { graphql } from '@/gql';

export const AidEntrustmentDetailQuery = graphql(`
  query AidEntrustmentDetail($id: ID!) {
    aidEntrustment(id: $id) {
      ...AidEntrustmentRow
      beneficiaryName
      mrzVerified
      entryStatus
      statusReason
      acceptedAt
      version
      person {
        id
        displayName
      }
      versions {
        number
        totalCapFen
        validFrom
        validUntil
        reason
        createdAt
        createdBy
        items {
          kind
          capFen
        }
      }
      deliveries {
        id
        kind
        quantity
        amountFen
        deliveredOn
        receiptNumber
        deliveredBy
        recordedAt
      }
      remaining {
        totalCapFen
        deliveredFen
        remainingFen
        items {
          kind
          capFen
          deliveredFen
          remainingFen
        }
      }
      events {
        action
        fromStatus
        toStatus
        at
        actor
        reason
      }
    }
  }
`);


export const IssueAidEntrustmentMutation = graphql(`
  mutation IssueAidEntrustment($input: IssueAidEntrustmentInput!) {
    issueAidEntrustment(input: $input) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidEntrustmentVersionConflict { currentVersion message }
      ... on AidRecordNotFound { message }
    }
  }
`);

export const AmendAidEntrustmentMutation = graphql(`
  mutation AmendAidEntrustment($input: AmendAidEntrustmentInput!) {
    amendAidEntrustment(input: $input) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidEntrustmentVersionConflict { currentVersion message }
      ... on AidRecordNotFound { message }
    }
  }
`);

export const AcceptAidEntrustmentMutation = graphql(`
  mutation AcceptAidEntrustment($id: ID!) {
    acceptAidEntrustment(entrustmentId: $id) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidEntrustmentVersionConflict { currentVersion message }
      ... on AidRecordNotFound { message }
    }
  }
`);

export const RevokeAidEntrustmentMutation = graphql(`
  mutation RevokeAidEntrustment($id: ID!, $reason: String!) {
    revokeAidEntrustment(entrustmentId: $id, reason: $reason) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidEntrustmentVersionConflict { currentVersion message }
      ... on AidRecordNotFound { message }
    }
  }
`);

export const CloseAidEntrustmentMutation = graphql(`
  mutation CloseAidEntrustment($id: ID!, $reason: String!) {
    closeAidEntrustment(entrustmentId: $id, reason: $reason) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidEntrustmentVersionConflict { currentVersion message }
      ... on AidRecordNotFound { message }
    }
  }
`);

export const RecordAidDeliveryMutation = graphql(`
  mutation RecordAidDelivery($input: RecordAidDeliveryInput!) {
    recordAidDelivery(input: $input) {
      __typename
      ... on AidDeliveryRecorded { delivery { id } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { code message }
      ... on AidCapExceeded { kind remainingFen message }
      ... on AidRecordNotFound { message }
    }
  }
`);
