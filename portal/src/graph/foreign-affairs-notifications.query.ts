/** The foreign-affairs office's notifications from the police (legal status confirmed), and acknowledging one. */
import { graphql } from '@/gql';

export const ForeignAffairsNotificationsQuery = graphql(`
  query ForeignAffairsNotifications($acknowledged: Boolean, $first: Int) {
    foreignAffairsNotifications(acknowledged: $acknowledged, first: $first) {
      id
      status
      nationality
      notifiedAt
      acknowledged
      acknowledgedAt
      acknowledgedBy
      acknowledgementNote
      person {
        id
        displayName
      }
      statusCheck {
        id
        passportNumber
      }
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
