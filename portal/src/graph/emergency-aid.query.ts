/** Emergency aid: events with their temporary points and the people helped per point per day, and the changes staff make. */
import { graphql } from '@/gql';

export const EmergencyEventsQuery = graphql(`
  query EmergencyEvents($first: Int, $after: String) {
    emergencyEventsConnection(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageOnInfo
      }
      edges {
        node {
          id
          kind
          name
          description
          districts
          startedAt
          endedAt
          state
          peopleHelped
          version
          points {
            id
            state
            openedAt
            closedAt
            closeReason
            peopleHelped
            version
            station {
              id
              name
              address
              jurisdiction
            }
          }
          dailyHelpCounts {
            day
            peopleHelped
            food
            lodging
            clothing
            point {
              id
            }
          }
        }
      }
    }
    stations {
      id
      name
      kind
      jurisdiction
      isOpen
    }
  }
`);


export const DeclareEmergencyEventMutation = graphql(`
  mutation DeclareEmergencyEvent($input: DeclareEmergencyEventInput!) {
    declareEmergencyEvent(input: $input) {
      __typename
      ... on EmergencyEventChanged { event { id } }
      ...UserErrorFields
      ... on EmergencyStepRefused { currentState }
    }
  }
`);

export const EndEmergencyEventMutation = graphql(`
  mutation EndEmergencyEvent($input: EndEmergencyEventInput!) {
    endEmergencyEvent(input: $input) {
      __typename
      ... on EmergencyEventChanged { event { id } }
      ...UserErrorFields
      ... on EmergencyStepRefused { currentState }
    }
  }
`);

export const OpenEmergencyPointMutation = graphql(`
  mutation OpenEmergencyPoint($input: OpenEmergencyPointInput!) {
    openEmergencyPoint(input: $input) {
      __typename
      ... on EmergencyPointChanged { point { id } }
      ...UserErrorFields
      ... on EmergencyStepRefused { currentState }
    }
  }
`);

export const CloseEmergencyPointMutation = graphql(`
  mutation CloseEmergencyPoint($input: CloseEmergencyPointInput!) {
    closeEmergencyPoint(input: $input) {
      __typename
      ... on EmergencyPointChanged { point { id } }
      ...UserErrorFields
      ... on EmergencyStepRefused { currentState }
    }
  }
`);

export const RecordEmergencyHelpMutation = graphql(`
  mutation RecordEmergencyHelp($input: RecordEmergencyHelpInput!) {
    recordEmergencyHelp(input: $input) {
      __typename
      ... on EmergencyHelpRecorded { help { id } }
      ...UserErrorFields
      ... on EmergencyStepRefused { currentState }
    }
  }
`);
