/** The foreign-affairs office's notifications from the police (legal status confirmed), and acknowledging one. */
import { graphql } from '@/gql';

export const ForeignAffairsNotificationsQuery = graphql(`
  query ForeignAffairsNotifications($acknowledged: Boolean, $order: ForeignAffairsNotificationOrder, $first: Int, $after: String) {
    foreignAffairsNotificationsConnection(acknowledged: $acknowledged, order: $order, first: $first, after: $after) {
      edges {
        node {
          id
          status
          nationality
          notifiedAt
          acknowledged
          acknowledgedAt
          acknowledgedBy
          acknowledgementNote
          person {
            ...PersonRef
          }
          statusCheck {
            id
            passportNumber
          }
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

export const AcknowledgeForeignAffairsNotificationMutation = graphql(`
  mutation AcknowledgeForeignAffairsNotification($id: ID!, $note: String) {
    acknowledgeForeignAffairsNotification(id: $id, note: $note) {
      __typename
      ...UserErrorFields
    }
  }
`);
