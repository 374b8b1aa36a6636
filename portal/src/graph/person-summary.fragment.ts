/**
 * A person as the search results, the profile and the tracing comparison describe them: name
 * (characters and pinyin), sex, age (birth date or estimate), identity status, and each rescue
 * case's status, intake and station (the latest case first).
 */
import { graphql } from '@/gql';

export const PersonSummaryFragment = graphql(`
  fragment PersonSummary on Person {
    id
    displayName
    name
    namePinyin
    sex
    birthDate
    estimatedAgeMin
    estimatedAgeMax
    identityStatus
    rescueCases {
      id
      status
      intakeAt
      station {
        id
        name
      }
    }
  }
`);
