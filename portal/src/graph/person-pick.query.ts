import { graphql } from '@/gql';

/** Persons whose name (characters, pinyin or initials) or ID number matches, as choices for a form. */
export const PersonPickQuery = graphql(`
  query PersonPick($filter: PersonFilter, $first: Int) {
    persons(filter: $filter, first: $first) {
      edges {
        node {
          ...PersonChoice
        }
      }
    }
  }
`);

/** The person a form was opened for (`?personId=`), to show by name. */
export const PersonChoiceQuery = graphql(`
  query PersonChoiceById($id: ID!) {
    person(id: $id) {
      ...PersonChoice
    }
  }
`);

export const PersonChoiceFragment = graphql(`
  fragment PersonChoice on Person {
    id
    displayName
    sex
    birthDate
    estimatedAgeMin
    estimatedAgeMax
    rescueCases {
      id
      status
      station {
        id
        name
      }
    }
  }
`);
