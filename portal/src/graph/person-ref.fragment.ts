/**
 * A person as another record names them (a check's, a referral's, a settlement's person): the id,
 * for the link to the profile (`components/person-link`) or a row's key, and the name shown.
 */
import { graphql } from '@/gql';

export const PersonRefFragment = graphql(`
  fragment PersonRef on Person {
    id
    displayName
  }
`);
