import { graphql } from '@/gql';

/** A person's foreign-national status checks, as choices for an entrustment (by date and outcome, never by id). */
export const StatusCheckPickQuery = graphql(`
  query StatusCheckPick($personId: ID!) {
    person(id: $personId) {
      id
      displayName
      foreignNationalStatusChecks {
        id
        status
        nationality
        requestedAt
        concludedAt
        requestingStation {
          id
          name
        }
      }
    }
  }
`);
