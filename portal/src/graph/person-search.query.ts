import { graphql } from '@/gql';

/** One page of the person search, with each person's latest rescue case. */
export const PersonSearchQuery = graphql(`
  query PersonSearch($filter: PersonFilter, $first: Int, $after: String) {
    persons(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageOnInfo
      }
      edges {
        cursor
        node {
          ...PersonSummary
          idNumber
        }
      }
    }
  }
`);
