/** A rescue case with its timeline, and the changes of intake to exit. */
import { graphql } from '@/gql';

export const RescueCaseChangeResultFragment = graphql(`
  fragment RescueCaseChangeResult on RescueCaseResult {
    __typename
    ... on RescueCaseChanged {
      rescueCase {
        id
        version
      }
    }
    ...UserErrorFields
    ... on TransitionRefused {
      currentStatus
    }
    ... on ZoneFull {
      zone
    }
    ... on VersionConflict {
      currentVersion
    }
  }
`);

/** The case's page: the case as its row shows it, with the stay clock, the person, the station's zones, the services and the timeline. */
export const RescueCasePageQuery = graphql(`
  query RescueCasePage($id: ID!) {
    rescueCase(id: $id) {
      ...RescueCaseRow
      stayFlag
      extendedUntil
      version
      person {
        id
        displayName
        sex
        identityStatus
      }
      station {
        careZones {
          id
          kind
          name
          places
          freePlaces
        }
      }
      services {
        id
        kind
        givenAt
        givenBy
        note
      }
      events {
        id
        fromStatus
        toStatus
        at
        actor
        reason
      }
    }
  }
`);

export const IntakeStationsQuery = graphql(`
  query IntakeStations {
    stations {
      id
      name
      level
      kind
      isOpen
    }
  }
`);

export const ReceivePersonMutation = graphql(`
  mutation ReceivePerson($input: ReceivePersonInput!) {
    receivePerson(input: $input) {
      ...RescueCaseChangeResult
    }
  }
`);

export const ScreenRescueCaseMutation = graphql(`
  mutation ScreenRescueCase($input: ScreenRescueCaseInput!) {
    screenRescueCase(input: $input) {
      ...RescueCaseChangeResult
    }
  }
`);

export const ExtendStayMutation = graphql(`
  mutation ExtendStay($input: ExtendStayInput!) {
    extendStay(input: $input) {
      ...RescueCaseChangeResult
    }
  }
`);

export const RecordCareServiceMutation = graphql(`
  mutation RecordCareService($input: RecordCareServiceInput!) {
    recordCareService(input: $input) {
      ...RescueCaseChangeResult
    }
  }
`);

export const ExitRescueCaseMutation = graphql(`
  mutation ExitRescueCase($input: ExitRescueCaseInput!) {
    exitRescueCase(input: $input) {
      ...RescueCaseChangeResult
    }
  }
`);
