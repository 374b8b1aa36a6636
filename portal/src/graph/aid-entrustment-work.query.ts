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
        ...PersonRef
      }
      versions {
        number
        totalCap { amountFen yuan }
        validFrom
        validUntil
        reason
        createdAt
        createdBy
        items {
          kind
          cap { amountFen yuan }
        }
      }
      deliveries {
        id
        kind
        quantity
        amount { amountFen yuan }
        deliveredOn
        receiptNumber
        deliveredBy
        recordedAt
      }
      remaining {
        totalCap { amountFen yuan }
        delivered { amountFen yuan }
        remaining { amountFen yuan }
        items {
          kind
          cap { amountFen yuan }
          delivered { amountFen yuan }
          remaining { amountFen yuan }
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
      ...UserErrorFields
      ... on AidEntrustmentVersionConflict { currentVersion }
    }
  }
`);

export const AmendAidEntrustmentMutation = graphql(`
  mutation AmendAidEntrustment($input: AmendAidEntrustmentInput!) {
    amendAidEntrustment(input: $input) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ...UserErrorFields
      ... on AidEntrustmentVersionConflict { currentVersion }
    }
  }
`);

export const AcceptAidEntrustmentMutation = graphql(`
  mutation AcceptAidEntrustment($id: ID!) {
    acceptAidEntrustment(entrustmentId: $id) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ...UserErrorFields
      ... on AidEntrustmentVersionConflict { currentVersion }
    }
  }
`);

export const RevokeAidEntrustmentMutation = graphql(`
  mutation RevokeAidEntrustment($id: ID!, $reason: String!) {
    revokeAidEntrustment(entrustmentId: $id, reason: $reason) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ...UserErrorFields
      ... on AidEntrustmentVersionConflict { currentVersion }
    }
  }
`);

export const CloseAidEntrustmentMutation = graphql(`
  mutation CloseAidEntrustment($id: ID!, $reason: String!) {
    closeAidEntrustment(entrustmentId: $id, reason: $reason) {
      __typename
      ... on AidEntrustmentChanged { aidEntrustment { id } }
      ...UserErrorFields
      ... on AidEntrustmentVersionConflict { currentVersion }
    }
  }
`);

export const RecordAidDeliveryMutation = graphql(`
  mutation RecordAidDelivery($input: RecordAidDeliveryInput!) {
    recordAidDelivery(input: $input) {
      __typename
      ... on AidDeliveryRecorded { delivery { id } }
      ...UserErrorFields
      ... on AidCapExceeded { kind remaining { amountFen yuan } }
    }
  }
`);
